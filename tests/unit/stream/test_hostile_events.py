"""Server data that cannot serve as a key or discriminator is data, not a crash."""

from __future__ import annotations

import json
from typing import Any

import pytest

from integrations_openai.errors import StreamError
from integrations_openai.stream import ChatCompletionAccumulator, ResponseAccumulator
from integrations_openai.stream._events import EventRouter
from integrations_openai.stream._sse import ServerSentEvent

ODD = [{"k": "v"}, ["response.completed"], 10**30, 1.5, None, True]


@pytest.mark.parametrize("kind", ODD)
def test_router_passes_odd_types_as_data(kind: object) -> None:
    router: EventRouter[Any] = EventRouter()
    payload = {"type": kind, "x": 1}
    assert router.route(ServerSentEvent(json.dumps(payload))) == payload
    assert router.complete is False  # only a string names a terminal event


def test_router_parse_failure_with_odd_type_is_stream_error() -> None:
    def parse(_: dict[str, Any]) -> object:
        raise RecursionError("too deep")

    router: EventRouter[Any] = EventRouter(parse, request_id="req_1")
    with pytest.raises(StreamError, match="could not parse stream event 'message'") as info:
        router.route(ServerSentEvent(json.dumps({"type": ["a"]})))
    assert info.value.request_id == "req_1"


def test_router_error_event_with_odd_fields() -> None:
    router: EventRouter[Any] = EventRouter()
    with pytest.raises(StreamError) as info:
        router.route(ServerSentEvent(json.dumps({"error": {"message": ["x"], "code": {"a": 1}}})))
    assert info.value.message == "An error occurred during streaming"
    assert info.value.code == "{'a': 1}"  # as the SDK's: any code, as text


@pytest.mark.parametrize("kind", ODD)
def test_response_accumulator_ignores_odd_types(kind: object) -> None:
    acc: ResponseAccumulator[Any] = ResponseAccumulator()
    assert acc.handle({"type": kind}) == []


def chunk(**delta: object) -> dict[str, Any]:
    return {"id": "c", "choices": [{"index": 0, "delta": delta}]}


@pytest.mark.parametrize("index", [10**12, -1, "0", 1.0, None, [0], True])
def test_chat_tool_call_index_must_be_a_sane_int(index: object) -> None:
    acc: ChatCompletionAccumulator[Any] = ChatCompletionAccumulator()
    with pytest.raises(StreamError, match="does not fit"):
        acc.handle(chunk(tool_calls=[{"index": index, "function": {"arguments": "{"}}]))


def test_chat_tool_call_small_gap_is_filled() -> None:
    acc: ChatCompletionAccumulator[Any] = ChatCompletionAccumulator()
    acc.handle(chunk(tool_calls=[{"index": 2, "function": {"name": "f", "arguments": "{}"}}]))
    assert acc.snapshot is not None
    calls = acc.snapshot["choices"][0]["message"]["tool_calls"]
    assert [c["function"]["name"] for c in calls] == ["", "", "f"]


@pytest.mark.parametrize("choice_index", [[0], {"a": 1}])
def test_chat_unhashable_choice_index_is_stream_error(choice_index: object) -> None:
    acc: ChatCompletionAccumulator[Any] = ChatCompletionAccumulator()
    with pytest.raises(StreamError):
        acc.handle({"choices": [{"index": choice_index, "delta": {"content": "x"}}]})


def test_response_reasoning_index_is_bounded() -> None:
    acc: ResponseAccumulator[Any] = ResponseAccumulator()
    acc.handle({"type": "response.created", "response": {"output": [{"type": "reasoning"}]}})
    delta = {"type": "response.reasoning_text.delta", "output_index": 0, "delta": "a"}
    with pytest.raises(StreamError):
        acc.handle({**delta, "content_index": 10**15})
    assert acc.handle({**delta, "content_index": 1}) == []
    assert acc.snapshot is not None
    assert acc.snapshot["output"][0]["content"][1]["text"] == "a"


def test_response_snapshot_that_is_not_a_mapping() -> None:
    acc: ResponseAccumulator[Any] = ResponseAccumulator()
    with pytest.raises(StreamError):
        acc.handle({"type": "response.created", "response": ["abc"]})


def test_chat_many_choices_out_of_order_stay_sorted() -> None:
    acc: ChatCompletionAccumulator[Any] = ChatCompletionAccumulator()
    indexes = [*range(5000, 10_000), *range(5000)]
    acc.handle({"choices": [{"index": i, "delta": {"content": "x"}} for i in indexes]})
    assert acc.snapshot is not None
    assert [c["index"] for c in acc.snapshot["choices"]] == list(range(10_000))


def test_response_logprobs_extend_without_touching_event_lists() -> None:
    acc: ResponseAccumulator[Any] = ResponseAccumulator()
    acc.handle({"type": "response.created", "response": {"output": []}})
    item = {"type": "message", "content": []}
    acc.handle({"type": "response.output_item.added", "output_index": 0, "item": item})
    server_list = [{"token": "a"}]
    part = {"type": "output_text", "text": "", "logprobs": server_list}
    acc.handle(
        {"type": "response.content_part.added", "output_index": 0, "content_index": 0, "part": part}
    )
    delta = {"type": "response.output_text.delta", "output_index": 0, "content_index": 0}
    for token in "bcd":
        acc.handle({**delta, "delta": token, "logprobs": [{"token": token}]})
    assert acc.snapshot is not None
    got = acc.snapshot["output"][0]["content"][0]["logprobs"]
    assert [lp["token"] for lp in got] == ["a", "b", "c", "d"]
    assert server_list == [{"token": "a"}]  # the event's own list is left alone


@pytest.mark.parametrize(
    "routed",
    [{"type": "x"}, {"event": ["thread.run.created"], "data": {}}, {"event": "thread.run.x"}, []],
)
def test_assistant_core_ignores_events_it_cannot_name(routed: object) -> None:
    from integrations_openai.stream._assistant_core import AssistantCore

    core = AssistantCore()
    assert core.handle_routed(routed) == []
    assert core.run is None


def test_assistant_core_wrong_shapes_are_stream_errors() -> None:
    from integrations_openai.stream._assistant_core import AssistantCore

    core = AssistantCore()
    with pytest.raises(StreamError, match="does not fit"):
        core.handle_routed({"event": "thread.message.delta", "data": {"id": "missing"}})
    assert core.handle_routed({"event": "thread.run.created", "data": {"id": "run_1"}}) == []
    assert core.run == {"id": "run_1"}
