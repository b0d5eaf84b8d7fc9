"""Fields the official SDK knows beyond the pinned spec read, print and dump as the SDK's.

Bodies are parsed by our class and by the SDK's (`model_construct`, as the SDK builds its
results from a response) and compared: without the SDK-only keys, `repr`, `model_dump()`
and `model_dump_json()` are equal (the keys print as None in the SDK's position); with
them, the attribute holds the value and the output order is the SDK's. `to_dict()` gives
back exactly the body received, and every parsed value fits its annotation.
"""

from __future__ import annotations

import copy
import json
import typing
from typing import Any

import pytest
from integrations_openai_api._runtime.model import ApiModel, FreeFormModel
from integrations_openai_api.models.completion_usage import CompletionUsage
from integrations_openai_api.models.create_chat_completion_response import (
    CreateChatCompletionResponse,
)
from integrations_openai_api.models.create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse,
)
from integrations_openai_api.models.model import Model
from integrations_openai_api.models.response_object import ResponseObject
from openai.types import CompletionUsage as SdkCompletionUsage
from openai.types import Model as SdkModel
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.responses import Response as SdkResponse

from tests.generated._truth import hints, lies

USAGE = {
    "prompt_tokens": 1,
    "completion_tokens": 2,
    "total_tokens": 3,
    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
    "completion_tokens_details": {
        "reasoning_tokens": 0,
        "audio_tokens": 0,
        "accepted_prediction_tokens": 0,
        "rejected_prediction_tokens": 0,
    },
}
CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "Hi", "refusal": None, "annotations": []},
        }
    ],
    "usage": USAGE,
    "service_tier": "default",
    "system_fingerprint": "fp_1",
}
CHUNK = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "gpt-4o",
    "choices": [
        {
            "index": 0,
            "delta": {"role": "assistant", "content": "H"},
            "finish_reason": None,
            "logprobs": None,
        }
    ],
}
MODEL = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}
RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "status": "completed",
    "model": "gpt-4o",
    "output": [
        {
            "type": "message",
            "id": "msg_1",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": "Hi", "annotations": [], "logprobs": []}],
        }
    ],
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "tools": [],
    "temperature": 1.0,
    "top_p": 1.0,
    "error": None,
    "incomplete_details": None,
    "instructions": None,
    "metadata": {},
}

CASES: list[tuple[type[ApiModel], Any, dict[str, Any], list[str]]] = [
    (CreateChatCompletionResponse, ChatCompletion, CHAT, ["metadata", "moderation"]),
    (CreateChatCompletionStreamResponse, ChatCompletionChunk, CHUNK, ["moderation", "obfuscation"]),
    (Model, SdkModel, MODEL, ["shutdown_date"]),
    (CompletionUsage, SdkCompletionUsage, USAGE, []),
    (ResponseObject, SdkResponse, RESPONSE, ["moderation", "tool_usage", "prompt_cache_options"]),
]


def _both(ours: type[ApiModel], sdk: Any, body: dict[str, Any]) -> tuple[ApiModel, Any]:
    return ours.from_dict(copy.deepcopy(body)), sdk.model_construct(**copy.deepcopy(body))


@pytest.mark.parametrize(("ours", "sdk", "body", "new"), CASES, ids=[c[1].__name__ for c in CASES])
def test_without_the_keys_output_is_the_sdks(
    ours: type[ApiModel], sdk: Any, body: dict[str, Any], new: list[str]
) -> None:
    mine, theirs = _both(ours, sdk, body)
    assert repr(mine) == repr(theirs)
    assert mine.model_dump() == theirs.model_dump()
    assert list(mine.model_dump()) == list(theirs.model_dump())
    assert mine.model_dump_json() == theirs.model_dump_json()
    assert mine.to_dict() == body  # absent stays absent
    for key in new:
        assert getattr(mine, key) is None and key not in mine.model_fields_set
        assert f"{key}=None" in repr(mine)
    assert mine.model_extra == {} and list(lies(mine)) == []


def test_the_sdk_only_keys_are_declared_fields() -> None:
    """The check above can fail: before this rule, these keys were no field at all."""
    assert {"metadata", "moderation"} <= CreateChatCompletionResponse._known_keys_
    assert {"obfuscation", "moderation"} <= CreateChatCompletionStreamResponse._known_keys_
    assert "shutdown_date" in Model._known_keys_
    details = typing.get_type_hints(CompletionUsage)  # resolvable like every annotation
    assert "prompt_tokens_details" in details


WITH_KEYS: list[tuple[type[ApiModel], Any, dict[str, Any], dict[str, Any]]] = [
    (
        CreateChatCompletionResponse,
        ChatCompletion,
        {**CHAT, "metadata": {"team": "ml"}},
        {"metadata": {"team": "ml"}},
    ),
    (
        CreateChatCompletionStreamResponse,
        ChatCompletionChunk,
        {**CHUNK, "obfuscation": "aBc1", "moderation": None},
        {"obfuscation": "aBc1", "moderation": None},
    ),
    (Model, SdkModel, {**MODEL, "shutdown_date": "2027-01-01"}, {"shutdown_date": "2027-01-01"}),
    (
        CompletionUsage,
        SdkCompletionUsage,
        {
            **USAGE,
            "prompt_tokens_details": {
                "cached_tokens": 0,
                "audio_tokens": 0,
                "cache_write_tokens": 4,
                "image_tokens": 5,
                "text_tokens": 6,
            },
        },
        {},
    ),
]


@pytest.mark.parametrize(
    ("ours", "sdk", "body", "values"), WITH_KEYS, ids=[c[1].__name__ for c in WITH_KEYS]
)
def test_with_the_keys_values_land_in_the_sdks_position(
    ours: type[ApiModel], sdk: Any, body: dict[str, Any], values: dict[str, Any]
) -> None:
    mine, theirs = _both(ours, sdk, body)
    for key, value in values.items():
        assert getattr(mine, key) == value and key in mine.model_fields_set
    assert repr(mine) == repr(theirs)
    assert mine.model_dump() == theirs.model_dump()
    assert list(mine.model_dump()) == list(theirs.model_dump())
    assert mine.model_dump_json() == theirs.model_dump_json()
    assert mine.to_dict() == body and mine.model_extra == {}
    assert list(lies(mine)) == []


def test_usage_token_details_read_as_the_sdks() -> None:
    body = WITH_KEYS[3][2]
    usage = CompletionUsage.from_dict(body)
    details = usage.prompt_tokens_details
    assert details is not None
    assert (details.cache_write_tokens, details.image_tokens, details.text_tokens) == (4, 5, 6)
    assert details.model_extra == {}
    assert hints(type(details))["text_tokens"] == int | None


def test_object_fields_the_spec_does_not_describe_are_mappings_in_the_sdks_order() -> None:
    """`moderation`, `tool_usage`... have no class in the spec: a free-form mapping holds
    them (it prints as a dict where the SDK prints its class), in the SDK's position."""
    moderation = {"input": None, "output": None}
    body = {**RESPONSE, "moderation": moderation, "tool_usage": {"web_search": {"count": 1}}}
    mine, theirs = _both(ResponseObject, SdkResponse, body)
    assert isinstance(mine.moderation, FreeFormModel) and mine.moderation == moderation
    assert mine.tool_usage is not None and mine.tool_usage["web_search"] == {"count": 1}
    assert list(mine.model_dump()) == list(theirs.model_dump())
    assert mine.model_dump()["moderation"] == theirs.model_dump()["moderation"]
    assert list(json.loads(mine.model_dump_json())) == list(json.loads(theirs.model_dump_json()))
    assert mine.to_dict() == body and mine.model_extra == {}
    assert list(lies(mine)) == []
    chat = {**CHAT, "moderation": {"input": None}}
    parsed = CreateChatCompletionResponse.from_dict(chat)
    assert parsed.moderation == {"input": None} and parsed.to_dict() == chat


def test_a_value_of_another_type_is_kept_raw_and_round_trips() -> None:
    """Lenient as every field: an odd value does not fail the response."""
    body = {**CHUNK, "obfuscation": 7, "moderation": "odd"}
    chunk = CreateChatCompletionStreamResponse.from_dict(body)
    assert chunk.to_dict() == body and chunk.obfuscation == 7
