"""Chat completion and Responses accumulators on plain dicts."""

from __future__ import annotations

from typing import Any

import pytest

from integrations_openai.errors import StreamError
from integrations_openai.stream import ChatCompletionAccumulator, ResponseAccumulator


def chunk(choices: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-x",
        "choices": choices or [],
        **extra,
    }


def test_chat_content_role_finish_usage() -> None:
    acc: ChatCompletionAccumulator[dict[str, Any]] = ChatCompletionAccumulator()
    lp = {"content": [{"token": "Hel", "logprob": -0.1}], "refusal": None}
    acc.handle(chunk([{"index": 0, "delta": {"role": "assistant", "content": ""}}]))
    events = acc.handle(chunk([{"index": 0, "delta": {"content": "Hel"}, "logprobs": lp}]))
    assert [(e.type, e.delta, e.snapshot) for e in events] == [
        ("content.delta", "Hel", "Hel"),
        ("logprobs.content.delta", None, None),
    ]
    assert events[1].logprobs == lp["content"] and events[1].logprobs_snapshot == lp["content"]
    more = acc.handle(chunk([{"index": 0, "delta": {"content": "lo"}, "logprobs": lp}]))
    assert len(more[1].logprobs_snapshot or ()) == 2  # every entry so far
    done = acc.handle(chunk([{"index": 0, "delta": {}, "finish_reason": "stop"}]))
    assert [(e.type, e.snapshot) for e in done] == [
        ("content.done", "Hello"),
        ("logprobs.content.done", None),
    ]
    assert done[1].logprobs == lp["content"] * 2
    again = acc.handle(chunk([{"index": 0, "delta": {}, "finish_reason": "stop"}]))
    assert again == []  # each done event once
    acc.handle(chunk(usage={"total_tokens": 3}, system_fingerprint="fp", service_tier="default"))
    final = acc.final()
    assert final["object"] == "chat.completion"
    assert final["usage"] == {"total_tokens": 3}
    assert final["system_fingerprint"] == "fp"
    (choice,) = final["choices"]
    assert choice["message"] == {"role": "assistant", "content": "Hello", "refusal": None}
    assert choice["finish_reason"] == "stop"
    assert len(choice["logprobs"]["content"]) == 2


def test_chat_usage_is_present_as_null_until_a_usage_chunk() -> None:
    acc: ChatCompletionAccumulator[dict[str, Any]] = ChatCompletionAccumulator()
    acc.handle(chunk([{"index": 0, "delta": {"role": "assistant", "content": "hi"}}]))
    assert "usage" in acc.final() and acc.final()["usage"] is None
    acc.handle(chunk(usage={"total_tokens": 3}))
    acc.handle(chunk())  # a later chunk without usage keeps the one received
    assert acc.final()["usage"] == {"total_tokens": 3}


def test_chat_empty_first_piece_is_a_delta_but_empty_content_is_not_done() -> None:
    # As the SDK: content "" opens the stream with a content.delta; a refusal stream whose
    # content stayed "" reports refusal.done only.
    acc: ChatCompletionAccumulator[dict[str, Any]] = ChatCompletionAccumulator()
    opened = acc.handle(chunk([{"index": 0, "delta": {"role": "assistant", "content": ""}}]))
    assert [(e.type, e.delta, e.snapshot) for e in opened] == [("content.delta", "", "")]
    acc.handle(chunk([{"index": 0, "delta": {"refusal": "I can't"}}]))
    done = acc.handle(chunk([{"index": 0, "delta": {}, "finish_reason": "stop"}]))
    assert [(e.type, e.snapshot) for e in done] == [("refusal.done", "I can't")]


def test_chat_tool_calls_joined_by_index_and_multiple_choices() -> None:
    acc: ChatCompletionAccumulator[dict[str, Any]] = ChatCompletionAccumulator()
    call0 = {
        "index": 0,
        "id": "call_a",
        "type": "function",
        "function": {"name": "get", "arguments": ""},
    }
    call1 = {
        "index": 1,
        "id": "call_b",
        "type": "function",
        "function": {"name": "put", "arguments": '{"'},
    }
    acc.handle(chunk([{"index": 1, "delta": {"refusal": "no"}}]))
    acc.handle(chunk([{"index": 0, "delta": {"role": "assistant", "content": "Let me"}}]))
    started = acc.handle(
        chunk([{"index": 0, "delta": {"role": "assistant", "tool_calls": [call0]}}])
    )
    # as the SDK: the content is done once the first tool call starts
    assert [(e.type, e.snapshot) for e in started] == [
        ("tool_calls.function.arguments.delta", ""),
        ("content.done", "Let me"),
    ]
    events = acc.handle(
        chunk(
            [
                {
                    "index": 0,
                    "delta": {"tool_calls": [{"index": 0, "function": {"arguments": '{"a":'}}]},
                }
            ]
        )
    )
    assert events[0].type == "tool_calls.function.arguments.delta"
    assert (events[0].snapshot, events[0].name, events[0].tool_index) == ('{"a":', "get", 0)
    acc.handle(
        chunk(
            [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "1}"}}]}}]
        )
    )
    # the next call starting closes the previous one
    second = acc.handle(chunk([{"index": 0, "delta": {"tool_calls": [call1]}}]))
    assert [(e.type, e.snapshot, e.tool_index) for e in second] == [
        ("tool_calls.function.arguments.delta", '{"', 1),
        ("tool_calls.function.arguments.done", '{"a":1}', 0),
    ]
    acc.handle(
        chunk(
            [
                {
                    "index": 0,
                    "delta": {"tool_calls": [{"index": 1, "function": {"arguments": 'b":2}'}}]},
                }
            ]
        )
    )
    done = acc.handle(chunk([{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]))
    assert [(e.type, e.snapshot) for e in done] == [
        ("tool_calls.function.arguments.done", '{"b":2}'),
    ]
    refusal_done = acc.handle(chunk([{"index": 1, "delta": {}, "finish_reason": "stop"}]))
    assert [(e.type, e.snapshot, e.index) for e in refusal_done] == [("refusal.done", "no", 1)]
    final = acc.final()
    assert [c["index"] for c in final["choices"]] == [0, 1]
    calls = final["choices"][0]["message"]["tool_calls"]
    assert [(c["id"], c["function"]["name"], c["function"]["arguments"]) for c in calls] == [
        ("call_a", "get", '{"a":1}'),
        ("call_b", "put", '{"b":2}'),
    ]
    assert final["choices"][1]["message"]["refusal"] == "no"


def test_chat_final_through_parse_and_typed_input() -> None:
    class Typed:
        def to_dict(self) -> dict[str, Any]:
            return chunk([{"index": 0, "delta": {"content": "x"}}])

    acc = ChatCompletionAccumulator(parse=lambda d: d["choices"][0]["message"]["content"])
    acc.handle(Typed())
    assert acc.snapshot is not None
    assert acc.final() == "x"


def test_chat_errors() -> None:
    acc: ChatCompletionAccumulator[Any] = ChatCompletionAccumulator()
    with pytest.raises(StreamError, match=r"no chat\.completion\.chunk"):
        acc.final()
    with pytest.raises(StreamError, match="expected a dict"):
        acc.handle(42)
    with pytest.raises(StreamError, match="does not fit"):
        acc.handle(chunk([{"delta": {}}]))  # no index


def response_events() -> list[dict[str, Any]]:
    base = {"id": "resp_1", "object": "response", "status": "in_progress", "output": []}
    msg = {"id": "msg_1", "type": "message", "role": "assistant", "content": []}
    fc = {"id": "fc_1", "type": "function_call", "name": "get", "arguments": "", "call_id": "c"}
    rs = {"id": "rs_1", "type": "reasoning", "summary": []}
    return [
        {"type": "response.created", "response": base},
        {"type": "response.in_progress", "response": base},
        {"type": "response.output_item.added", "output_index": 0, "item": rs},
        {
            "type": "response.reasoning_summary_part.added",
            "output_index": 0,
            "summary_index": 0,
            "part": {"type": "summary_text", "text": ""},
        },
        {
            "type": "response.reasoning_summary_text.delta",
            "output_index": 0,
            "summary_index": 0,
            "delta": "thin",
        },
        {
            "type": "response.reasoning_summary_text.done",
            "output_index": 0,
            "summary_index": 0,
            "text": "think",
        },
        {
            "type": "response.reasoning_text.delta",
            "output_index": 0,
            "content_index": 0,
            "delta": "r",
        },
        {
            "type": "response.reasoning_text.done",
            "output_index": 0,
            "content_index": 0,
            "text": "rr",
        },
        {"type": "response.output_item.added", "output_index": 1, "item": msg},
        {
            "type": "response.content_part.added",
            "output_index": 1,
            "content_index": 0,
            "part": {"type": "output_text", "text": "", "annotations": []},
        },
        {
            "type": "response.output_text.delta",
            "output_index": 1,
            "content_index": 0,
            "delta": "Hi",
            "logprobs": [{"t": 1}],
        },
        {
            "type": "response.output_text.delta",
            "output_index": 1,
            "content_index": 0,
            "delta": " there",
        },
        {
            "type": "response.output_text.annotation.added",
            "output_index": 1,
            "content_index": 0,
            "annotation_index": 0,
            "annotation": {"type": "url_citation"},
        },
        {
            "type": "response.output_text.done",
            "output_index": 1,
            "content_index": 0,
            "text": "Hi there",
        },
        {
            "type": "response.content_part.added",
            "output_index": 1,
            "content_index": 1,
            "part": {"type": "refusal", "refusal": ""},
        },
        {"type": "response.refusal.delta", "output_index": 1, "content_index": 1, "delta": "no"},
        {"type": "response.refusal.done", "output_index": 1, "content_index": 1, "refusal": "nope"},
        {
            "type": "response.content_part.done",
            "output_index": 1,
            "content_index": 1,
            "part": {"type": "refusal", "refusal": "nope"},
        },
        {"type": "response.output_item.added", "output_index": 2, "item": fc},
        {"type": "response.function_call_arguments.delta", "output_index": 2, "delta": '{"a"'},
        {"type": "response.function_call_arguments.delta", "output_index": 2, "delta": ":1}"},
        {
            "type": "response.function_call_arguments.done",
            "output_index": 2,
            "arguments": '{"a":1}',
        },
        {
            "type": "response.output_item.added",
            "output_index": 3,
            "item": {"id": "ct", "type": "custom_tool_call", "input": ""},
        },
        {"type": "response.custom_tool_call_input.delta", "output_index": 3, "delta": "ab"},
        {"type": "response.custom_tool_call_input.done", "output_index": 3, "input": "abc"},
        {"type": "response.web_search_call.searching", "output_index": 3, "item_id": "ct"},
    ]


def test_responses_accumulates_items_parts_and_deltas() -> None:
    acc: ResponseAccumulator[dict[str, Any]] = ResponseAccumulator()
    derived = []
    for event in response_events():
        derived.extend(acc.handle(event))
    snap = acc.snapshot
    assert snap is not None
    reasoning, message, call, custom = snap["output"]
    assert reasoning["summary"][0]["text"] == "think"
    assert reasoning["content"][0]["text"] == "rr"
    text, refusal = message["content"]
    assert text["text"] == "Hi there"
    assert text["annotations"] == [{"type": "url_citation"}]
    assert text["logprobs"] == [{"t": 1}]
    assert refusal["refusal"] == "nope"
    assert call["arguments"] == '{"a":1}'
    assert custom["input"] == "abc"
    assert [(e.type, e.snapshot) for e in derived] == [
        ("output_text.delta", "Hi"),
        ("output_text.delta", "Hi there"),
        ("output_text.done", "Hi there"),
        ("function_call_arguments.delta", '{"a"'),
        ("function_call_arguments.delta", '{"a":1}'),
        ("function_call_arguments.done", '{"a":1}'),
    ]
    with pytest.raises(StreamError, match=r"before response\.completed"):
        acc.final()
    # output_item.done replaces the item with the server's version.
    acc.handle(
        {
            "type": "response.output_item.done",
            "output_index": 2,
            "item": {**call, "status": "completed"},
        }
    )
    assert acc.snapshot is not None and acc.snapshot["output"][2]["status"] == "completed"
    # The completed event without output keeps what was streamed.
    acc.handle(
        {
            "type": "response.completed",
            "response": {"id": "resp_1", "status": "completed", "output": []},
        }
    )
    final = acc.final()
    assert final["status"] == "completed"
    assert len(final["output"]) == 4


def test_responses_final_uses_server_object_and_parse() -> None:
    acc = ResponseAccumulator(parse=lambda d: d["id"])
    acc.handle({"type": "response.created", "response": {"id": "r", "output": []}})
    acc.handle({"type": "response.failed", "response": {"id": "r2", "output": [{"x": 1}]}})
    assert acc.final() == "r2"


def test_responses_inconsistent_events_are_stream_errors() -> None:
    acc: ResponseAccumulator[Any] = ResponseAccumulator()
    with pytest.raises(StreamError):
        acc.handle({"type": "response.output_item.added", "output_index": 0, "item": {}})
    with pytest.raises(StreamError):
        acc.handle(
            {
                "type": "response.output_text.delta",
                "output_index": 0,
                "content_index": 0,
                "delta": "x",
            }
        )
    acc.handle({"type": "response.created", "response": {"id": "r"}})
    with pytest.raises(StreamError):
        acc.handle(
            {
                "type": "response.output_text.delta",
                "output_index": 5,
                "content_index": 0,
                "delta": "x",
            }
        )
