"""Realistic streamed payloads parse through the entry points in `integrations_openai_api.events`.

Chat chunks carry `finish_reason: null`, `usage: null` and tool-call deltas; Responses
events include `response.created` whose `response.usage` is `null`. Each parsed event is
typed and gives back its exact input from `to_dict()`.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from integrations_openai_api import events
from integrations_openai_api._runtime.lenient import UnknownVariant
from integrations_openai_api.models.chat_completion_message_tool_call_chunk import (
    ChatCompletionMessageToolCallChunk,
)
from integrations_openai_api.models.create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse,
)
from integrations_openai_api.models.response_completed_event import ResponseCompletedEvent
from integrations_openai_api.models.response_created_event import ResponseCreatedEvent
from integrations_openai_api.models.response_function_call_arguments_delta_event import (
    ResponseFunctionCallArgumentsDeltaEvent,
)
from integrations_openai_api.models.response_object import ResponseObject
from integrations_openai_api.models.response_output_item_added_event import (
    ResponseOutputItemAddedEvent,
)
from integrations_openai_api.models.response_text_delta_event import ResponseTextDeltaEvent

CHAT_STREAM = """\
{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null}
{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_weather","arguments":""}}]},"logprobs":null,"finish_reason":null}],"usage":null}
{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\\"city\\": \\"Pa"}}]},"logprobs":null,"finish_reason":null}],"usage":null}
{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"tool_calls"}],"usage":null}
{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini","system_fingerprint":"fp_1","choices":[],"usage":{"prompt_tokens":20,"completion_tokens":9,"total_tokens":29,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}}
"""


def test_chat_chunks_parse_typed_and_round_trip() -> None:
    chunks = []
    for line in CHAT_STREAM.splitlines():
        data = json.loads(line)
        chunk = events.parse_chat_completion_chunk(copy.deepcopy(data))
        assert isinstance(chunk, CreateChatCompletionStreamResponse)
        assert chunk.to_dict() == data
        chunks.append(chunk)
    first, call, args, finish, usage = chunks
    assert first.choices[0].finish_reason is None
    assert first.usage is None
    assert first.choices[0].delta.role == "assistant"
    tool_call = call.choices[0].delta.tool_calls[0]
    assert isinstance(tool_call, ChatCompletionMessageToolCallChunk)
    assert tool_call.function.name == "get_weather"
    assert args.choices[0].delta.tool_calls[0].function.arguments == '{"city": "Pa'
    assert finish.choices[0].finish_reason == "tool_calls"
    assert usage.choices == []
    assert usage.usage.total_tokens == 29


def response(status: str, usage: Any) -> dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "status": status,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "max_output_tokens": None,
        "model": "gpt-4.1-2025-04-14",
        "output": [],
        "parallel_tool_calls": True,
        "previous_response_id": None,
        "reasoning": {"effort": None, "summary": None},
        "store": True,
        "temperature": 1.0,
        "text": {"format": {"type": "text"}},
        "tool_choice": "auto",
        "tools": [],
        "top_p": 1.0,
        "truncation": "disabled",
        "usage": usage,
        "user": None,
        "metadata": {},
    }


USAGE = {
    "input_tokens": 12,
    "input_tokens_details": {"cached_tokens": 0},
    "output_tokens": 5,
    "output_tokens_details": {"reasoning_tokens": 0},
    "total_tokens": 17,
}

RESPONSES_STREAM: list[dict[str, Any]] = [
    {"type": "response.created", "sequence_number": 0, "response": response("in_progress", None)},
    {
        "type": "response.output_item.added",
        "sequence_number": 1,
        "output_index": 0,
        "item": {
            "type": "function_call",
            "id": "fc_1",
            "call_id": "call_1",
            "name": "get_weather",
            "arguments": "",
            "status": "in_progress",
        },
    },
    {
        "type": "response.function_call_arguments.delta",
        "sequence_number": 2,
        "item_id": "fc_1",
        "output_index": 0,
        "delta": '{"city":',
    },
    {
        "type": "response.output_text.delta",
        "sequence_number": 3,
        "item_id": "msg_1",
        "output_index": 1,
        "content_index": 0,
        "delta": "Hel",
        "logprobs": [],
    },
    {"type": "response.quantum_leap", "sequence_number": 4, "payload": {"x": 1}},
    {"type": "response.completed", "sequence_number": 5, "response": response("completed", USAGE)},
]


def test_responses_events_parse_typed_and_round_trip() -> None:
    parsed = []
    for data in RESPONSES_STREAM:
        event = events.parse_response_stream_event(copy.deepcopy(data))
        assert event.to_dict() == data
        parsed.append(event)
    created, added, args, text, unknown, completed = parsed
    assert isinstance(created, ResponseCreatedEvent)
    assert isinstance(created.response, ResponseObject)
    assert created.response.usage is None
    assert isinstance(added, ResponseOutputItemAddedEvent)
    assert added.item.name == "get_weather"
    assert isinstance(args, ResponseFunctionCallArgumentsDeltaEvent)
    assert isinstance(text, ResponseTextDeltaEvent)
    assert text.delta == "Hel"
    assert isinstance(unknown, UnknownVariant)
    assert unknown.type == "response.quantum_leap"
    assert isinstance(completed, ResponseCompletedEvent)
    assert completed.response.usage.total_tokens == 17


def test_assistant_events_dispatch_on_the_sse_event_name() -> None:
    data = {
        "event": "thread.message.delta",
        "data": {
            "id": "msg_1",
            "object": "thread.message.delta",
            "delta": {"content": [{"index": 0, "type": "text", "text": {"value": "Hi"}}]},
        },
    }
    event = events.parse_assistant_stream_event(copy.deepcopy(data))
    assert type(event).__qualname__ == "MessageStreamEventThreadMessageDelta"
    assert type(event).__name__ == "ThreadMessageDelta"  # the SDK's name, as it prints
    assert event.to_dict() == data
    done = events.parse_assistant_stream_event({"event": "done", "data": "[DONE]"})
    assert type(done).__name__ == "DoneEvent"
    future = events.parse_assistant_stream_event({"event": "thread.future", "data": {}})
    assert isinstance(future, UnknownVariant)


def test_realtime_server_event() -> None:
    data = {
        "type": "response.output_text.delta",
        "event_id": "ev_1",
        "response_id": "r",
        "item_id": "i",
        "output_index": 0,
        "content_index": 0,
        "delta": "x",
    }
    event = events.parse_realtime_server_event(copy.deepcopy(data))
    assert not isinstance(event, UnknownVariant)
    assert event.to_dict() == data
