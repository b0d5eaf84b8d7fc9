"""Parse speed of generated models: `from_dict` of a ~1 KB chat completion, a Responses object
and Responses stream events (through `events.parse_response_stream_event`), against the
official SDK's own response path (`openai._models.construct_type`, no validation) and its
pydantic validation (`model_validate`).
"""

from __future__ import annotations

import json
from typing import Any

from integrations_openai_api.events import parse_response_stream_event
from integrations_openai_api.models.create_chat_completion_response import (
    CreateChatCompletionResponse,
)
from integrations_openai_api.models.response_object import ResponseObject
from openai._models import construct_type
from openai.types.chat import ChatCompletion
from openai.types.responses import Response, ResponseStreamEvent

from tests.bench._common import Result, best_of

CHAT: dict[str, Any] = {
    "id": "chatcmpl-AbC123xyz",
    "object": "chat.completion",
    "created": 1727000000,
    "model": "gpt-4o-mini-2024-07-18",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "The capital of France is Paris. It is known for the Eiffel Tower, the "
                "Louvre museum, and its cafe culture. Paris has been a major center of finance, "
                "diplomacy, commerce, fashion and science for centuries.",
                "refusal": None,
                "annotations": [],
            },
            "logprobs": None,
            "finish_reason": "stop",
        }
    ],
    "usage": {
        "prompt_tokens": 25,
        "completion_tokens": 48,
        "total_tokens": 73,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    },
    "service_tier": "default",
    "system_fingerprint": "fp_0123456789",
}

RESPONSE: dict[str, Any] = {
    "id": "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b",
    "object": "response",
    "created_at": 1741476542,
    "status": "completed",
    "error": None,
    "incomplete_details": None,
    "instructions": None,
    "max_output_tokens": None,
    "model": "gpt-4.1-2025-04-14",
    "output": [
        {"type": "reasoning", "id": "rs_1", "summary": [], "status": "completed"},
        {
            "type": "function_call",
            "id": "fc_1",
            "call_id": "call_1",
            "name": "get_weather",
            "arguments": '{"city":"Paris"}',
            "status": "completed",
        },
        {
            "type": "message",
            "id": "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b",
            "status": "completed",
            "role": "assistant",
            "content": [
                {
                    "type": "output_text",
                    "text": "In a peaceful grove beneath a silver moon, a unicorn named Lumina "
                    "discovered a hidden pool that reflected the stars.",
                    "annotations": [],
                    "logprobs": [],
                }
            ],
        },
    ],
    "parallel_tool_calls": True,
    "previous_response_id": None,
    "reasoning": {"effort": None, "summary": None},
    "store": True,
    "temperature": 1.0,
    "text": {"format": {"type": "text"}},
    "tool_choice": "auto",
    "tools": [
        {
            "type": "function",
            "name": "get_weather",
            "description": "Get the weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            "strict": True,
        }
    ],
    "top_p": 1.0,
    "truncation": "disabled",
    "usage": {
        "input_tokens": 36,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": 87,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": 123,
    },
    "user": None,
    "metadata": {},
}

TEXT_DELTA: dict[str, Any] = {
    "type": "response.output_text.delta",
    "sequence_number": 3,
    "item_id": "msg_1",
    "output_index": 0,
    "content_index": 0,
    "delta": "Hel",
    "logprobs": [],
}
COMPLETED: dict[str, Any] = {
    "type": "response.completed",
    "sequence_number": 9,
    "response": RESPONSE,
}


def _us(fn: Any, quick: bool) -> float:
    return best_of(fn, repeat=3 if quick else 7, number=200 if quick else 2000) * 1e6


def run(quick: bool) -> list[Result]:
    """Microseconds per parse, ours vs the SDK's unvalidated construct path."""
    assert CreateChatCompletionResponse.from_dict(CHAT).to_dict() == CHAT
    assert ResponseObject.from_dict(RESPONSE).to_dict() == RESPONSE
    rows = []
    cases = [
        (
            f"chat completion ({len(json.dumps(CHAT))} B)",
            CHAT,
            CreateChatCompletionResponse.from_dict,
            ChatCompletion,
        ),
        (
            f"Responses object ({len(json.dumps(RESPONSE))} B)",
            RESPONSE,
            ResponseObject.from_dict,
            Response,
        ),
        (
            "stream event output_text.delta",
            TEXT_DELTA,
            parse_response_stream_event,
            ResponseStreamEvent,
        ),
        (
            "stream event response.completed",
            COMPLETED,
            parse_response_stream_event,
            ResponseStreamEvent,
        ),
    ]
    # Dispatch cost does not grow with the position of the variant in the union (25 members).
    for label, item in (
        (
            "1st",
            {
                "type": "message",
                "id": "m",
                "status": "completed",
                "role": "assistant",
                "content": [],
            },
        ),
        (
            "25th",
            {
                "type": "custom_tool_call_output",
                "id": "c",
                "call_id": "x",
                "output": "ok",
                "status": "completed",
            },
        ),
    ):
        payload = {**RESPONSE, "output": [item]}
        cases.append(
            (
                f"Responses object, {label} OutputItem variant",
                payload,
                ResponseObject.from_dict,
                Response,
            )
        )
    for name, payload, ours, sdk_type in cases:
        mine = _us(lambda p=payload, f=ours: f(p), quick)
        sdk = _us(lambda p=payload, t=sdk_type: construct_type(type_=t, value=p), quick)
        rows.append(Result(f"parse {name}", "us", mine, sdk, note="SDK: construct_type"))
    return rows
