"""The stream layer with the generated typed parsers (integrations_openai_api.events)."""

from __future__ import annotations

import json
from typing import Any

import httpx
from integrations_openai_api import events as typed
from integrations_openai_api.models import ResponseObject

from integrations_openai.stream import ChatCompletionAccumulator, ResponseAccumulator, Stream
from tests.support.faultserver import FaultServer, SSEEvent, sse

RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "status": "in_progress",
    "model": "gpt-x",
    "output": [],
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "tools": [],
}
MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "status": "in_progress",
    "content": [],
}
PART = {"type": "output_text", "text": "", "annotations": []}


def response_events() -> list[dict[str, Any]]:
    done_message = {
        **MESSAGE,
        "status": "completed",
        "content": [{**PART, "text": "Hello!"}],
    }
    common = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": RESPONSE},
        {"type": "response.output_item.added", "output_index": 0, "item": MESSAGE},
        {"type": "response.content_part.added", **common, "part": PART},
        {"type": "response.output_text.delta", **common, "delta": "Hel", "logprobs": []},
        {"type": "response.output_text.delta", **common, "delta": "lo!", "logprobs": []},
        {"type": "response.output_text.done", **common, "text": "Hello!", "logprobs": []},
        {"type": "response.output_item.done", "output_index": 0, "item": done_message},
        {
            "type": "response.completed",
            "response": {**RESPONSE, "status": "completed", "output": [done_message]},
        },
    ]
    for i, event in enumerate(events):
        event["sequence_number"] = i
    return events


def test_responses_stream_typed_and_accumulated(fault_server: FaultServer) -> None:
    events = response_events()
    fault_server.enqueue(
        sse([SSEEvent(json.dumps(e), event=e["type"]) for e in events], done=False)
    )
    acc = ResponseAccumulator(parse=ResponseObject.from_dict)
    texts = []
    with httpx.Client(base_url=fault_server.url) as client:
        response = client.send(client.build_request("POST", "/v1/responses"), stream=True)
        with Stream(response, parse=typed.parse_response_stream_event) as stream:
            for event in stream:
                assert type(event).__name__.startswith("Response"), type(event)
                texts += [d.snapshot for d in acc.handle(event) if d.type == "output_text.delta"]
    assert texts == ["Hel", "Hello!"]
    final = acc.final()
    assert isinstance(final, ResponseObject)
    assert final.to_dict()["output"][0]["content"][0]["text"] == "Hello!"


def test_chat_stream_typed_chunks_accumulate(fault_server: FaultServer) -> None:
    chunks = [
        {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": t}, "finish_reason": None}],
        }
        for t in ("a", "b")
    ]
    fault_server.enqueue(sse(chunks))
    acc: ChatCompletionAccumulator[dict[str, Any]] = ChatCompletionAccumulator()
    with httpx.Client(base_url=fault_server.url) as client:
        response = client.send(client.build_request("POST", "/v1/chat"), stream=True)
        with Stream(response, parse=typed.parse_chat_completion_chunk) as stream:
            for chunk in stream:
                acc.handle(chunk)
    assert acc.final()["choices"][0]["message"]["content"] == "ab"


def test_assistant_events_typed_by_event_name(fault_server: FaultServer) -> None:
    fault_server.enqueue(
        sse(
            [
                SSEEvent(
                    json.dumps(
                        {"id": "thread_1", "object": "thread", "created_at": 1, "metadata": {}}
                    ),
                    event="thread.created",
                ),
                SSEEvent("[DONE]", event="done"),
            ],
            done=False,
        )
    )
    with httpx.Client(base_url=fault_server.url) as client:
        response = client.send(client.build_request("POST", "/v1/threads/runs"), stream=True)
        with Stream(response, parse=typed.parse_assistant_stream_event) as stream:
            (event,) = list(stream)
    assert event.to_dict()["event"] == "thread.created"
