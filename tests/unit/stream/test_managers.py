"""Stream managers (``chat.completions.stream``, ``responses.stream``) over a real socket,
sync and async: derived events, final parsed results, and resuming a cut background stream."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel

from integrations_openai.errors import (
    ConfigurationError,
    LengthFinishReasonError,
    NotFoundError,
    StreamError,
)
from integrations_openai.structured import pydantic_function_tool
from tests.support.faultserver import FaultServer, error_reply, sse
from tests.unit.stream.test_typed_streams import response_events

# Every sync client here runs on both sync transports (the stdlib pool and httpx's).
pytestmark = pytest.mark.usefixtures("both_sync_transports")

MESSAGES = [{"role": "user", "content": "x"}]


class Answer(BaseModel):
    value: int


class Lookup(BaseModel):
    key: str


def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}  # fmt: skip


CALL = {"index": 0, "id": "call_1", "type": "function",
        "function": {"name": "Lookup", "arguments": '{"key"'}}  # fmt: skip
CHAT = [
    chunk({"role": "assistant", "content": '{"val'}),
    chunk({"content": 'ue": 4}'}),
    chunk({"tool_calls": [CALL]}),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": ': "k"}'}}]}),
    chunk({}, "stop"),
]


async def collect(driver: Any, manager: Any) -> tuple[list[Any], Any]:
    if driver.is_async:
        async with manager as stream:
            events = [e async for e in stream]
            return events, stream
    with manager as stream:
        return list(stream), stream


async def test_chat_stream_yields_chunks_and_derived_events(
    driver: Any, fault_server: FaultServer
) -> None:
    fault_server.enqueue(sse(CHAT))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    manager = client.chat.completions.stream(
        model="m", messages=MESSAGES, response_format=Answer,
        tools=[pydantic_function_tool(Lookup)],
    )  # fmt: skip
    assert fault_server.request_count == 0  # nothing is sent before the block is entered
    events, stream = await collect(driver, manager)
    kinds = [e.type for e in events]
    assert kinds == [
        "chunk", "content.delta", "chunk", "content.delta",
        "chunk", "tool_calls.function.arguments.delta", "content.done",
        "chunk", "tool_calls.function.arguments.delta",
        "chunk", "tool_calls.function.arguments.done",
    ]  # fmt: skip
    assert events[3].snapshot == '{"value": 4}' and events[3].delta == 'ue": 4}'
    assert events[1].parsed == {} and events[3].parsed == {"value": 4}  # partial JSON
    done = events[6]
    assert done.parsed == Answer(value=4)
    assert events[5].parsed_arguments == {}  # the arguments so far, completed best-effort
    assert events[8].parsed_arguments == {"key": "k"}
    assert events[10].parsed_arguments == Lookup(key="k") and events[10].name == "Lookup"
    assert events[0].chunk.id == "chatcmpl-1"
    assert events[0].snapshot is not None  # built when read: the completion as of now
    final = (
        await stream.get_final_completion() if driver.is_async else stream.get_final_completion()
    )
    assert final.choices[0].message.parsed == Answer(value=4)
    assert final.choices[0].message.tool_calls[0].function.parsed_arguments == Lookup(key="k")
    assert stream.current_completion_snapshot.choices[0].message.content == '{"value": 4}'
    sent = fault_server.requests[0].json()
    assert sent["stream"] is True and sent["response_format"]["type"] == "json_schema"
    assert fault_server.requests[0].headers["accept"] == "text/event-stream"


def _with_logprobs(data: dict[str, Any], field: str, token: str) -> dict[str, Any]:
    entry = {"token": token, "logprob": -0.5, "bytes": None, "top_logprobs": []}
    data["choices"][0]["logprobs"] = {field: [entry]}
    return data


async def test_chat_stream_reports_logprobs_as_the_sdk(
    driver: Any, fault_server: FaultServer
) -> None:
    fault_server.enqueue(
        sse(
            [
                _with_logprobs(chunk({"content": "Hi"}), "content", "Hi"),
                _with_logprobs(chunk({"content": "!"}), "content", "!"),
                _with_logprobs(chunk({"refusal": "no"}), "refusal", "no"),
                chunk({}, "stop"),
            ]
        )
    )
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    events, _ = await collect(
        driver, client.chat.completions.stream(model="m", messages=MESSAGES, logprobs=True)
    )
    lp = [e for e in events if e.type.startswith("logprobs.")]
    assert [e.type for e in lp] == [
        "logprobs.content.delta", "logprobs.content.delta", "logprobs.refusal.delta",
        "logprobs.content.done", "logprobs.refusal.done",
    ]  # fmt: skip
    assert [t.token for t in lp[1].content] == ["!"]
    assert [t.token for t in lp[1].snapshot] == ["Hi", "!"]  # typed, built when read
    assert type(lp[1].snapshot[0]).__name__ == "ChatCompletionTokenLogprob"
    assert [t.token for t in lp[2].refusal] == ["no"] and len(lp[2].snapshot) == 1
    assert [t.token for t in lp[3].content] == ["Hi", "!"]
    assert [t.token for t in lp[4].refusal] == ["no"]


async def test_chat_stream_until_done_and_a_cut_answer(
    driver: Any, fault_server: FaultServer
) -> None:
    fault_server.enqueue(sse([chunk({"content": '{"va'}), chunk({}, "length")]))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    manager = client.chat.completions.stream(model="m", messages=MESSAGES, response_format=Answer)
    with pytest.raises(LengthFinishReasonError) as info:
        if driver.is_async:
            async with manager as stream:
                await stream.until_done()
        else:
            with manager as stream:
                stream.until_done()
    # the SDK's: the snapshot so far (no usage while streaming), so no usage in the message
    assert str(info.value) == "Could not parse response content as the length limit was reached"
    assert info.value.completion.choices[0].message.content == '{"va'


def test_chat_stream_without_a_format_and_snapshot_before_any_chunk(
    fault_server: FaultServer,
) -> None:
    from integrations_openai import OpenAIClient

    fault_server.enqueue(sse([chunk({"content": "Hi"}), chunk({"refusal": "No"}, "stop")]))
    client = OpenAIClient(api_key="sk-test-0000", base_url=fault_server.url + "/v1")
    with client.chat.completions.stream(model="m", messages=MESSAGES) as stream:
        with pytest.raises(StreamError, match=r"no chat\.completion\.chunk"):
            _ = stream.current_completion_snapshot
        assert stream.response.status_code == 200
        kinds = [e.type for e in stream]
        final = stream.get_final_completion()
    assert kinds == ["chunk", "content.delta", "chunk", "refusal.delta", "content.done",
                     "refusal.done"]  # fmt: skip
    assert final.choices[0].message.content == "Hi"
    assert final.choices[0].message.parsed is None


def typed_response_events() -> list[dict[str, Any]]:
    events = response_events()
    done = events[-1]["response"]["output"][0]["content"][0]
    for event in events:
        if event["type"] == "response.output_text.delta":
            event["delta"] = '{"value": 1' if event["delta"] == "Hel" else "2}"
        if event["type"] == "response.output_text.done":
            event["text"] = '{"value": 12}'
    done["text"] = '{"value": 12}'
    return events


async def test_responses_stream_text_deltas_and_final_parsed_response(
    driver: Any, fault_server: FaultServer
) -> None:
    fault_server.enqueue(sse(typed_response_events(), done=False))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    manager = client.responses.stream(model="m", input="x", text_format=Answer)
    if driver.is_async:
        async with manager as stream:
            deltas = [d async for d in stream.text_deltas]
            final = await stream.get_final_response()
    else:
        with manager as stream:
            deltas = list(stream.text_deltas)
            final = stream.get_final_response()
    assert deltas == ['{"value": 1', "2}"]
    assert final.output_parsed == Answer(value=12)
    assert stream.response_id == "resp_1"
    sent = fault_server.requests[0].json()
    assert sent["stream"] is True and sent["text"]["format"]["name"] == "Answer"


async def test_responses_stream_events_carry_what_the_sdk_adds(
    driver: Any, fault_server: FaultServer
) -> None:
    fault_server.enqueue(sse(typed_response_events(), done=False))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    events, _ = await collect(
        driver, client.responses.stream(model="m", input="x", text_format=Answer)
    )
    by_type = {e.type: e for e in events}
    deltas = [e for e in events if e.type == "response.output_text.delta"]
    assert [(e.delta, e.snapshot) for e in deltas] == [
        ('{"value": 1', '{"value": 1'),
        ("2}", '{"value": 12}'),
    ]
    assert type(deltas[0]).__name__ == "ResponseTextDeltaEvent"
    assert by_type["response.output_text.done"].parsed == Answer(value=12)
    completed = by_type["response.completed"]
    assert type(completed.response).__name__ == "ParsedResponse"
    assert completed.response.output_parsed == Answer(value=12)
    # the other events are the plain ones
    assert type(by_type["response.created"]).__qualname__ == "ResponseCreatedEvent"


async def test_a_cut_background_stream_resumes_without_duplicates(
    driver: Any, fault_server: FaultServer
) -> None:
    events = response_events()
    # the first connection dies after 4 events; the replay starts one event too early
    fault_server.enqueue(sse(events, done=False, cut_after=4))
    fault_server.enqueue(sse(events[3:], done=False))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    manager = client.responses.stream(model="m", input="x", background=True, resume=True)
    got, stream = await collect(driver, manager)
    assert [e.sequence_number for e in got] == list(range(len(events)))
    final = await stream.get_final_response() if driver.is_async else stream.get_final_response()
    assert final.output[0].content[0].text == "Hello!"
    first, second = fault_server.requests
    assert first.method == "POST" and first.json()["background"] is True
    assert (second.method, second.path, second.query) == (
        "GET", "/v1/responses/resp_1", "stream=true&starting_after=3",
    )  # fmt: skip


async def test_without_resume_a_cut_stream_is_an_error(
    driver: Any, fault_server: FaultServer
) -> None:
    fault_server.enqueue(sse(response_events(), done=False, cut_after=3))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    with pytest.raises(StreamError):
        await collect(driver, client.responses.stream(model="m", input="x"))
    assert fault_server.request_count == 1


async def test_resume_gives_up_after_its_budget(driver: Any, fault_server: FaultServer) -> None:
    events = response_events()
    fault_server.enqueue(sse(events, done=False, cut_after=2))
    for _ in range(6):
        fault_server.enqueue(sse(events[2:], done=False, cut_after=1))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    with pytest.raises(StreamError):
        await collect(driver, client.responses.stream(model="m", input="x", resume=True))
    assert fault_server.request_count == 6  # the first request and 5 resumes


async def test_stream_an_existing_response_by_id(driver: Any, fault_server: FaultServer) -> None:
    fault_server.enqueue(sse(response_events()[5:], done=False))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    manager = client.responses.stream(response_id="resp_1", starting_after=4)
    got, _ = await collect(driver, manager)
    assert [e.sequence_number for e in got] == [5, 6, 7]
    (request,) = fault_server.requests
    assert (request.method, request.query) == ("GET", "stream=true&starting_after=4")


async def test_an_error_status_on_open_is_raised(driver: Any, fault_server: FaultServer) -> None:
    fault_server.enqueue(error_reply(404))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    with pytest.raises(NotFoundError):
        await collect(driver, client.responses.stream(response_id="resp_missing"))


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"response_id": "r", "model": "m"}, "not both"),
        ({"response_id": ""}, "non-empty"),
        ({"response_id": "r", "starting_after": "3"}, "must be an int"),
    ],
)
def test_bad_resume_arguments_are_refused(kwargs: dict[str, Any], needle: str) -> None:
    from integrations_openai import OpenAIClient

    client = OpenAIClient(api_key="sk-test-0000", base_url="http://127.0.0.1:9/v1")
    with pytest.raises(ConfigurationError, match=needle):
        client.responses.stream(**kwargs)


def test_pairs_keep_the_payload_next_to_the_typed_event() -> None:
    from integrations_openai.stream._helper_cores import pair_parser

    assert pair_parser(None)({"a": 1}) == ({"a": 1}, {"a": 1})
    assert pair_parser(json.dumps)({"a": 1}) == ({"a": 1}, '{"a": 1}')
