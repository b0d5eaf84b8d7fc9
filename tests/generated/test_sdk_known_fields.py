"""Fields the official SDK knows beyond the pinned spec read, print and dump as the SDK's.

Bodies are parsed by our class and by the SDK's (`model_construct`, as the SDK builds its
results from a response) and compared: without the SDK-only keys, `repr`, `model_dump()`
and `model_dump_json()` are equal (the keys print as None in the SDK's position); with
them, the attribute holds the value and the output order is the SDK's. `to_dict()` gives
back exactly the body received, and every parsed value fits its annotation.
"""

from __future__ import annotations

import copy
import importlib
import json
import typing
from typing import Any

import pydantic
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
from openapi_python_client import strings

from scripts.codegen.normalize.passes.sdk_fields import DATA, load_data
from scripts.codegen.pipeline import class_overrides
from tests.generated._truth import fits, hints, lies
from tests.generated.test_sdk_traffic_truth import SdkBodies

CHAT_SDK = "openai.types.chat.chat_completion.ChatCompletion"
# components the pass leaves as the spec says (request bodies only: no result to read)
REQUEST_ONLY = {"RealtimeTranscriptionSessionCreateRequest"}

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


def test_object_fields_the_spec_does_not_describe_are_models_in_the_sdks_order() -> None:
    """`moderation`, `tool_usage`... have no class in the spec: classes derived from the
    SDK's hold them, printed under the SDK's names, in the SDK's position."""
    moderation = {
        "input": {"type": "error", "code": "timeout", "message": "m"},
        "output": {
            "type": "moderation_result",
            "categories": {"hate": False},
            "category_applied_input_types": {"hate": ["text"]},
            "category_scores": {"hate": 0.01},
            "flagged": False,
            "model": "omni-moderation-latest",
        },
    }
    details = {"image_tokens": 1, "text_tokens": 2}
    image_gen = {"input_tokens": 3, "input_tokens_details": details, "output_tokens": 4}
    tool_usage = {"image_gen": {**image_gen, "total_tokens": 7}, "web_search": {"num_requests": 1}}
    body = {**RESPONSE, "moderation": moderation, "tool_usage": tool_usage}
    mine, theirs = _both(ResponseObject, SdkResponse, body)
    assert isinstance(mine.moderation, ApiModel) and not isinstance(mine.moderation, FreeFormModel)
    assert mine.tool_usage is not None and mine.tool_usage.web_search is not None
    assert mine.tool_usage.web_search.num_requests == 1
    assert mine.tool_usage.image_gen.input_tokens_details.text_tokens == 2
    assert mine.moderation.output.flagged is False  # type: ignore[union-attr]
    assert repr(mine.moderation) == repr(theirs.moderation)
    assert repr(mine.moderation).startswith("Moderation(input=ModerationInputError(")
    assert list(mine.model_dump()) == list(theirs.model_dump())
    assert mine.model_dump()["moderation"] == theirs.model_dump()["moderation"]
    assert list(json.loads(mine.model_dump_json())) == list(json.loads(theirs.model_dump_json()))
    assert mine.to_dict() == body and mine.model_extra == {}
    assert list(lies(mine)) == []
    error = {"type": "error", "code": "timeout", "message": "m"}
    chat = {**CHAT, "moderation": {"input": error, "output": error}}
    parsed, sdk_chat = _both(CreateChatCompletionResponse, ChatCompletion, chat)
    assert parsed.moderation is not None and parsed.to_dict() == chat
    assert repr(parsed) == repr(sdk_chat) and list(lies(parsed)) == []


def _added_object_fields() -> list[tuple[str, str, str]]:
    """`(component, SDK class, key)` for every added field that holds a derived class."""
    out = []
    for component, entry in load_data(DATA).items():
        for key, schema in (entry.get("fields") or {}).items():
            if "/Sdk" in json.dumps(schema):
                out.append((component, entry["sdk"], key))
    return out


OBJECT_FIELDS = _added_object_fields()


def _import(path: str) -> Any:
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


def _our_class(component: str) -> Any:
    name = class_overrides().get(component) or str(strings.ClassName(component, ""))
    return getattr(importlib.import_module("integrations_openai_api.models"), name)


def _same(mine: Any, theirs: Any) -> None:
    """One value as the SDK shows it: repr, dumps (models) and kind (a model of ours)."""
    assert repr(mine) == repr(theirs)
    if isinstance(theirs, list):
        assert len(mine) == len(theirs)
        for a, b in zip(mine, theirs, strict=True):
            _same(a, b)
    elif isinstance(theirs, pydantic.BaseModel):
        assert isinstance(mine, ApiModel) and not isinstance(mine, FreeFormModel)
        assert mine.model_dump() == theirs.model_dump()
        assert mine.model_dump_json() == theirs.model_dump_json()
        assert mine.model_extra == {}


def test_every_added_object_field_is_listed() -> None:
    """The parametrized check below covers every derived class field (57 + 3 lists today)."""
    assert len(OBJECT_FIELDS) >= 60
    assert ("CreateChatCompletionResponse", CHAT_SDK, "moderation") in OBJECT_FIELDS


@pytest.mark.parametrize(
    ("component", "sdk_path", "key"), OBJECT_FIELDS, ids=[f"{c}.{k}" for c, _, k in OBJECT_FIELDS]
)
def test_added_object_fields_read_print_and_dump_as_the_sdks(
    component: str, sdk_path: str, key: str
) -> None:
    """Bodies built from the SDK class's own annotation (every union member, literal and
    null in turn) parse into our models that print and dump as the SDK's."""
    ours, sdk = _our_class(component), _import(sdk_path)
    if key not in ours._known_keys_:  # request-only: the pass keeps the spec's class
        assert component in REQUEST_ONLY
        return
    info = next(i for n, i in sdk.model_fields.items() if (i.alias or n) == key)
    bodies = SdkBodies().bodies(info.annotation)
    assert any(isinstance(b, dict | list) and b for b in bodies)
    for value in bodies:
        body = {key: copy.deepcopy(value)}
        mine, theirs = _both(ours, sdk, body)
        _same(getattr(mine, key), getattr(theirs, key))
        assert mine.to_dict() == body
        assert fits(getattr(mine, key), hints(ours)[key])
        assert list(lies(getattr(mine, key))) == []


def test_a_value_of_another_type_is_kept_raw_and_round_trips() -> None:
    """Lenient as every field: an odd value does not fail the response."""
    body = {**CHUNK, "obfuscation": 7, "moderation": "odd"}
    chunk = CreateChatCompletionStreamResponse.from_dict(body)
    assert chunk.to_dict() == body and chunk.obfuscation == 7
