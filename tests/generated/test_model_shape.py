"""The generated models as SDK users see them: names, presence, the pydantic-style methods,
computed accessors, lenient enums and unions, and depth bounds (`_runtime/model.py`)."""

from __future__ import annotations

import copy
import json
import keyword
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
from integrations_openai_api import events, unions
from integrations_openai_api._runtime.dispatch import LazyUnion, pick_variant
from integrations_openai_api._runtime.lenient import UnknownVariant, dumps, to_json
from integrations_openai_api._runtime.model import MAX_DEPTH, REPR_DEPTH, ApiModel
from integrations_openai_api.models import (
    ChatCompletionResponseMessage,
    CompletionUsage,
    CompoundFilter,
    CreateChatCompletionResponse,
    CreateSpeechRequest,
    FunctionObject,
    ResponseObject,
)

MODELS = Path(__file__).resolve().parents[2] / "generated" / "integrations_openai_api" / "models"
FIELD_ROW = re.compile(r'^        \("(\w+)", "([^"]+)"\),$', re.MULTILINE)


def chat_body() -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "logprobs": None,
                "message": {"role": "assistant", "content": "Hi", "refusal": None},
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
    }


# -- names -------------------------------------------------------------------------------


def test_attributes_carry_the_api_names_only_keywords_keep_an_underscore() -> None:
    rows = [row for path in MODELS.glob("*.py") for row in FIELD_ROW.findall(path.read_text())]
    assert len(rows) > 4000
    names = {name for name, _ in rows}
    assert {"type", "object", "input", "format", "bytes"} <= names
    stray = [name for name in names if name.endswith("_") and not keyword.iskeyword(name[:-1])]
    assert stray == []


def test_slash_names_become_underscores_like_the_sdk() -> None:
    from integrations_openai_api.models import CreateModerationResponseResultsItemCategories

    names = {name for name, _ in CreateModerationResponseResultsItemCategories._fields_}
    assert {"harassment_threatening", "self_harm_intent", "violence_graphic"} <= names
    assert dict(CreateModerationResponseResultsItemCategories._fields_)["self_harm_intent"] == (
        "self-harm/intent"
    )


def test_builtin_named_fields_are_plain_attributes() -> None:
    chat = CreateChatCompletionResponse.from_dict(chat_body())
    assert chat.object == "chat.completion"
    assert not hasattr(chat, "object_")
    speech = CreateSpeechRequest(model="tts-1", input="hi", voice="alloy")
    assert speech.input == "hi"
    assert speech.to_dict()["input"] == "hi"


# -- presence ----------------------------------------------------------------------------


def test_absent_fields_read_none_and_are_not_in_fields_set() -> None:
    chat = CreateChatCompletionResponse.from_dict(chat_body())
    assert chat.system_fingerprint is None
    assert chat.service_tier is None
    assert "system_fingerprint" not in chat.model_fields_set
    assert {"id", "choices", "usage", "object"} <= chat.model_fields_set


def test_explicit_null_is_present_and_round_trips() -> None:
    body = chat_body()
    message = CreateChatCompletionResponse.from_dict(body).choices[0].message
    assert isinstance(message, ChatCompletionResponseMessage)
    assert message.refusal is None
    assert "refusal" in message.model_fields_set
    assert message.to_dict() == body["choices"][0]["message"]
    assert CreateChatCompletionResponse.from_dict(body).to_dict() == body


def test_missing_required_field_reads_none_and_stays_absent() -> None:
    body = chat_body()
    del body["created"]
    chat = CreateChatCompletionResponse.from_dict(body)
    assert chat.created is None
    assert "created" not in chat.model_fields_set
    assert chat.to_dict() == body


def test_absent_required_array_reads_empty_and_is_not_sent_back() -> None:
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    parsed = events.parse_chat_completion_chunk(chunk)
    assert parsed.choices == []
    assert "choices" not in parsed.model_fields_set
    assert parsed.to_dict() == chunk
    assert "choices" not in parsed.model_dump(exclude_unset=True)
    assert parsed.model_dump()["choices"] == []
    empty = events.parse_chat_completion_chunk({**chunk, "choices": []})
    assert empty.to_dict()["choices"] == []


def test_request_side_omitted_is_not_sent_explicit_none_is_null() -> None:
    omitted = FunctionObject(name="f")
    assert omitted.to_dict() == {"name": "f"}
    assert omitted.model_fields_set == {"name"}
    nulled = FunctionObject(name="f", description=None)
    assert nulled.to_dict() == {"name": "f", "description": None}
    assert nulled.description is None


def test_a_field_assigned_after_construction_is_sent() -> None:
    tool = FunctionObject(name="f")
    tool.description = "later"
    assert tool.to_dict() == {"name": "f", "description": "later"}


# -- pydantic-style methods ---------------------------------------------------------------


def test_model_dump_lists_every_field_under_attribute_names() -> None:
    usage = CompletionUsage.from_dict(
        {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}
    )
    dumped = usage.model_dump()
    assert dumped["prompt_tokens_details"] is None  # absent: None, like pydantic
    assert usage.model_dump(exclude_unset=True) == usage.to_dict()
    assert "prompt_tokens_details" not in usage.model_dump(exclude_none=True)
    assert usage.model_dump(include={"total_tokens"}) == {"total_tokens": 3}
    assert "total_tokens" not in usage.model_dump(exclude={"total_tokens"})


def test_by_name_dumps_also_list_a_received_key_that_differs_from_its_name() -> None:
    """As the SDK's parser, which keeps such a key as an extra key next to the field."""
    from integrations_openai_api.models import CreateModerationResponseResultsItemCategories

    body = {"harassment": False, "harassment/threatening": True, "self-harm": None}
    categories = CreateModerationResponseResultsItemCategories.from_dict(body)
    dumped = categories.model_dump()
    assert dumped["harassment_threatening"] is True and dumped["harassment/threatening"] is True
    assert dumped["self_harm"] is None and "self-harm" in dumped
    assert "hate/threatening" not in dumped  # only keys the body had
    assert list(dumped)[-2:] == ["harassment/threatening", "self-harm"]  # after the fields
    assert "self-harm" not in categories.model_dump(exclude_none=True)
    assert set(categories.model_dump(by_alias=True, exclude_unset=True)) <= set(dumped)
    assert categories.to_dict() == body  # the body as received, once per key
    assert categories.model_dump(exclude_unset=True) == {
        "harassment": False,
        "harassment_threatening": True,
        "self_harm": None,
        "harassment/threatening": True,
        "self-harm": None,
    }


def test_dump_nested_models_and_extras() -> None:
    body = chat_body()
    body["brand_new"] = {"x": [1, 2]}
    chat = CreateChatCompletionResponse.from_dict(body)
    dumped = chat.model_dump(mode="json")
    assert dumped["choices"][0]["message"]["content"] == "Hi"
    assert dumped["choices"][0]["message"]["audio"] is None
    assert dumped["brand_new"] == {"x": [1, 2]}
    assert chat.model_extra == {"brand_new": {"x": [1, 2]}}
    assert chat["brand_new"] == {"x": [1, 2]}  # extra keys by item, as before
    assert chat.additional_properties is chat.model_extra


def test_to_dict_and_to_json_follow_the_sdk_defaults() -> None:
    body = chat_body()
    chat = CreateChatCompletionResponse.from_dict(body)
    assert chat.to_dict() == body
    assert json.loads(chat.to_json()) == body
    assert chat.to_json().startswith('{\n  "id": "chatcmpl-1"')  # indent=2 by default
    assert "\n" not in chat.to_json(indent=None)
    assert "system_fingerprint" in chat.to_dict(exclude_unset=False)
    no_null = chat.to_dict(exclude_none=True)
    assert "logprobs" not in no_null["choices"][0]


def test_model_dump_json_is_compact() -> None:
    usage = CompletionUsage(completion_tokens=2, prompt_tokens=1, total_tokens=3)
    text = usage.model_dump_json(exclude_unset=True)
    assert text == '{"completion_tokens":2,"prompt_tokens":1,"total_tokens":3}'
    assert json.loads(usage.model_dump_json())["prompt_tokens_details"] is None


def test_model_copy_shallow_deep_and_update() -> None:
    chat = CreateChatCompletionResponse.from_dict(chat_body())
    shallow = chat.model_copy(update={"model": "other", "new_key": 1})
    assert shallow.model == "other" and chat.model == "gpt-4o"
    assert shallow["new_key"] == 1 and "new_key" not in chat
    assert shallow.choices is chat.choices
    deep = chat.model_copy(deep=True)
    assert deep == chat and deep.choices is not chat.choices
    unset = chat.model_copy(update={"system_fingerprint": None})
    assert unset.to_dict()["system_fingerprint"] is None


def test_copy_is_the_older_name_of_model_copy() -> None:
    chat = CreateChatCompletionResponse.from_dict(chat_body())
    changed = chat.copy(update={"model": "other"})
    assert changed.model == "other" and chat.model == "gpt-4o"
    deep = chat.copy(deep=True)
    assert deep == chat and deep.choices is not chat.choices


def test_exclude_defaults_keeps_required_constants() -> None:
    chat = CreateChatCompletionResponse.from_dict(chat_body())
    dumped = chat.model_dump(exclude_defaults=True)
    assert dumped["object"] == "chat.completion"  # required: a default only for the constructor
    assert "service_tier" not in dumped  # optional and absent: its default, None


def test_model_validate_and_construct() -> None:
    chat = CreateChatCompletionResponse.model_validate(chat_body())
    assert CreateChatCompletionResponse.model_validate(chat) is chat
    with pytest.raises(TypeError):
        CreateChatCompletionResponse.model_validate(["not", "an", "object"])
    built = CompletionUsage.construct(total_tokens=3, surprise=True)
    assert built.total_tokens == 3 and built.prompt_tokens is None
    assert built.model_extra == {"surprise": True}
    assert built.to_dict() == {"total_tokens": 3, "surprise": True}
    fixed = CompletionUsage.model_construct({"total_tokens"}, total_tokens=3, prompt_tokens=1)
    assert fixed.model_fields_set == {"total_tokens"}


def test_equality_compares_fields_and_extras() -> None:
    a = CreateChatCompletionResponse.from_dict(chat_body())
    b = CreateChatCompletionResponse.from_dict(chat_body())
    assert a == b
    b.model = "other"
    assert a != b
    c = CreateChatCompletionResponse.from_dict({**chat_body(), "extra": 1})
    assert a != c


def test_repr_shows_every_field_in_full_as_pydantic_does() -> None:
    chat = CreateChatCompletionResponse.from_dict(chat_body())
    text = repr(chat)
    # The SDK's class names and field order (derived data, sdk_types/display.yaml).
    assert text.startswith(
        "ChatCompletion(id='chatcmpl-1', choices=[Choice(finish_reason='stop', index=0, "
        "logprobs=None, message=ChatCompletionMessage(content="
    )
    assert "usage=CompletionUsage(completion_tokens=" in text
    assert "system_fingerprint=None" in text  # absent fields read None, as the SDK prints them
    assert str(chat) == text
    long = ChatCompletionResponseMessage.from_dict({"role": "assistant", "content": "x" * 10_000})
    assert "x" * 10_000 in repr(long)
    extra = CompletionUsage.from_dict({"completion_tokens": 1, "prompt_tokens": 1,
                                       "total_tokens": 2, "new": {"a": [1, (2,), ()]}})  # fmt: skip
    assert repr(extra).endswith("new={'a': [1, (2,), ()]})")
    assert dict(chat)["id"] == "chatcmpl-1"
    fields = [name for name, _ in chat.__rich_repr__()]
    assert fields[:2] == ["id", "choices"] and "system_fingerprint" in fields


def test_request_id_is_a_private_attribute() -> None:
    chat = CreateChatCompletionResponse.from_dict(chat_body())
    assert chat._request_id is None
    other = CreateChatCompletionResponse.from_dict(chat_body())
    chat._request_id = "req_123"
    assert chat == other
    assert "req_123" not in repr(chat)
    assert "_request_id" not in chat.to_dict() and "_request_id" not in chat.model_dump()
    assert CompletionUsage(completion_tokens=1, prompt_tokens=1, total_tokens=2)._request_id is None


def test_from_dict_reads_the_body_without_changing_or_keeping_it() -> None:
    body = chat_body()
    before = copy.deepcopy(body)
    chat = CreateChatCompletionResponse.from_dict(body)
    assert body == before
    body["choices"][0]["message"].pop("refusal")
    body.pop("usage")
    body["extra"] = 1
    message = chat.choices[0].message
    assert isinstance(message, ChatCompletionResponseMessage)
    assert "refusal" in message.model_fields_set
    assert chat.to_dict() == before
    assert chat.model_extra == {}


def test_bodies_with_the_same_keys_share_one_presence_set_and_copies_stay_apart() -> None:
    first = CreateChatCompletionResponse.from_dict(chat_body())
    second = CreateChatCompletionResponse.from_dict(chat_body())
    assert first._present_ is second._present_
    changed = first.model_copy(update={"system_fingerprint": None})
    assert "system_fingerprint" in changed.model_fields_set
    assert "system_fingerprint" not in second.model_fields_set
    assert changed.to_dict()["system_fingerprint"] is None
    assert "system_fingerprint" not in second.to_dict()


@pytest.mark.parametrize("position", [0, 3, 100])
def test_extra_keys_are_kept_wherever_they_come(position: int) -> None:
    items = list(chat_body().items())
    items.insert(position, ("new_field", {"a": [1]}))
    body = dict(items)
    chat = CreateChatCompletionResponse.from_dict(body)
    assert chat.model_extra == {"new_field": {"a": [1]}}
    assert "new_field" not in chat.model_fields_set
    assert chat.to_dict() == body
    assert CreateChatCompletionResponse.from_dict(chat_body()).model_extra == {}


def test_presence_table_is_bounded_for_bodies_of_ever_new_keys() -> None:
    from integrations_openai_api._runtime.model import SHAPE_LIMIT
    from integrations_openai_api.models import completion_usage

    bodies = [{"prompt_tokens": i, f"new_{i}": i} for i in range(200)]
    parsed = [CompletionUsage.from_dict(body) for body in bodies]
    assert len(completion_usage._SHAPES_) <= SHAPE_LIMIT
    assert [p.to_dict() for p in parsed] == bodies
    assert parsed[150].model_extra == {"new_150": 150}
    assert parsed[150].model_fields_set == {"prompt_tokens"}


def test_free_form_objects_keep_every_key_and_remember_no_shape() -> None:
    from integrations_openai_api._runtime.model import NO_KEYS
    from integrations_openai_api.models import vector_store_file_attributes_2 as module

    parsed = [module.VectorStoreFileAttributes2.from_dict({f"k{i}": i}) for i in range(3)]
    assert not hasattr(module, "_SHAPES_")
    assert [dict(p) for p in parsed] == [{f"k{i}": i} for i in range(3)]
    assert parsed[2].to_dict() == {"k2": 2}
    assert parsed[2]._present_ is NO_KEYS


def test_a_model_field_that_is_not_a_dict_stays_raw_or_parses_as_a_mapping() -> None:
    from types import MappingProxyType

    body = chat_body()
    body["usage"] = "n/a"
    assert CreateChatCompletionResponse.from_dict(body).usage == "n/a"
    body["usage"] = MappingProxyType({"prompt_tokens": 1})
    usage = CreateChatCompletionResponse.from_dict(body).usage
    assert isinstance(usage, CompletionUsage)
    assert usage.prompt_tokens == 1
    body["choices"] = [MappingProxyType(chat_body()["choices"][0]), 7]
    choices = CreateChatCompletionResponse.from_dict(body).choices
    assert choices[0].index == 0
    assert choices[1] == 7


def test_presence_survives_pickle_and_deepcopy() -> None:
    body = chat_body()
    chat = CreateChatCompletionResponse.from_dict(body)
    for clone in (pickle.loads(pickle.dumps(chat)), copy.deepcopy(chat), copy.copy(chat)):
        assert clone.to_dict() == body
        assert clone.model_fields_set == chat.model_fields_set


def test_every_model_inherits_the_base() -> None:
    assert issubclass(ResponseObject, ApiModel)
    assert issubclass(CompoundFilter, ApiModel)
    assert ResponseObject.to_dict is ApiModel.to_dict  # defined once, not per model


# -- computed accessors, enums, unknown variants -----------------------------------------


def response_body(*output: dict[str, Any]) -> dict[str, Any]:
    return {"id": "resp_1", "object": "response", "created_at": 1, "output": list(output)}


def message(*parts: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "message",
        "id": "m",
        "role": "assistant",
        "status": "completed",
        "content": list(parts),
    }


def test_output_text_joins_the_output_text_parts_of_messages() -> None:
    text = {"type": "output_text", "text": "Hello ", "annotations": []}
    refusal = {"type": "refusal", "refusal": "no"}
    body = response_body(
        message(text, refusal, {**text, "text": "world"}),
        {"type": "reasoning", "id": "rs", "summary": []},
        {"type": "brand_new_item", "content": [text]},
    )
    response = ResponseObject.from_dict(body)
    assert response.output_text == "Hello world"
    assert response.to_dict() == body
    assert ResponseObject.from_dict(response_body()).output_text == ""


def test_output_text_is_computed_not_read_from_the_body() -> None:
    body = {**response_body(message({"type": "output_text", "text": "a", "annotations": []}))}
    body["output_text"] = "stale"
    response = ResponseObject.from_dict(body)
    assert response.output_text == "a"
    assert response.to_dict() == body  # the key is kept (as an extra key)


def test_unknown_enum_value_is_kept_as_a_string() -> None:
    body = {**chat_body(), "service_tier": "brand_new_tier"}
    chat = CreateChatCompletionResponse.from_dict(body)
    assert chat.service_tier == "brand_new_tier"
    assert "| str" in CreateChatCompletionResponse.__annotations__["service_tier"]


def test_unknown_event_type_narrows_like_the_known_ones() -> None:
    raw = {"type": "response.brand_new.delta", "delta": "x", "sequence_number": 3}
    event = events.parse_response_stream_event(raw)
    assert isinstance(event, UnknownVariant)
    assert event.type == "response.brand_new.delta"
    assert event.delta == "x" and event["sequence_number"] == 3
    with pytest.raises(AttributeError, match="no field 'missing'"):
        _ = event.missing
    assert event.to_dict() == raw
    assert "response.brand_new.delta" in repr(event)
    known = events.parse_response_stream_event(
        {
            "type": "response.output_text.delta",
            "item_id": "m",
            "output_index": 0,
            "content_index": 0,
            "delta": "hi",
            "sequence_number": 1,
            "logprobs": [],
        }
    )
    assert known.type == "response.output_text.delta" and known.delta == "hi"


def test_unknown_variant_copies_and_pickles() -> None:
    event = UnknownVariant({"type": "x.y", "delta": "d"})
    for clone in (copy.copy(event), copy.deepcopy(event), pickle.loads(pickle.dumps(event))):
        assert clone == event and clone.delta == "d"
    blank = UnknownVariant.__new__(UnknownVariant)
    with pytest.raises(AttributeError):
        _ = blank.anything  # no RecursionError on an instance without its data


@pytest.mark.parametrize(
    "value",
    [{"nested": "object"}, ["a", "list"], 10**400, 1.5, True, ""],
    ids=["object", "list", "huge-int", "float", "bool", "empty"],
)
def test_odd_discriminator_values_are_data_not_crashes(value: Any) -> None:
    raw = {"type": value, "delta": "x"}
    event = events.parse_response_stream_event(raw)
    assert isinstance(event, UnknownVariant)
    assert event.type == (value if isinstance(value, str) else "")
    assert event.to_dict() == raw
    output = ResponseObject.from_dict(response_body(raw)).output[0]
    assert isinstance(output, UnknownVariant)
    union = unions.UNIONS["OutputItem"]
    classes = union.members()
    assert pick_variant(raw, classes) is None


def test_lazy_union_keeps_non_object_input_out() -> None:
    union = LazyUnion("U", "type", {}, "integrations_openai_api")
    with pytest.raises(TypeError, match="expected a JSON object"):
        union.parse([1, 2])  # type: ignore[arg-type]


# -- depth bounds ------------------------------------------------------------------------


def nested_filters(depth: int) -> dict[str, Any]:
    leaf: dict[str, Any] = {"type": "eq", "key": "k", "value": "v"}
    for _ in range(depth):
        # The SDK's key order (typed levels serialize in it, raw ones as received).
        leaf = {"filters": [leaf], "type": "and"}
    return leaf


def deep_list(depth: int) -> list[Any]:
    value: list[Any] = ["leaf"]
    for _ in range(depth):
        value = [value]
    return value


def depth_of(value: Any) -> int:
    depth = 0
    while True:
        if isinstance(value, dict) and "filters" in value:
            value = value["filters"][0]
        elif isinstance(value, list) and value and isinstance(value[0], list | dict):
            value = value[0]
        elif isinstance(value, ApiModel):
            value = value.filters[0]  # type: ignore[attr-defined]
        else:
            return depth
        depth += 1


@pytest.mark.parametrize("depth", [MAX_DEPTH + 5, 3000])
def test_deeply_nested_objects_parse_and_serialize(depth: int) -> None:
    body = nested_filters(depth)
    parsed = CompoundFilter.from_dict(body)  # no RecursionError
    typed, node = 0, parsed
    while isinstance(node, CompoundFilter):
        typed += 1
        node = node.filters[0]  # type: ignore[assignment]
    assert typed == MAX_DEPTH  # deeper objects stay raw JSON
    assert isinstance(node, dict)
    out = parsed.to_dict()
    assert depth_of(out) == depth
    assert dumps(out) == dumps(body)
    assert parsed.to_json(indent=None) == dumps(body)
    assert depth_of(parsed.model_dump()) == depth
    # A model and its filters list are two levels each: the repr stops at REPR_DEPTH.
    assert repr(parsed).count("CompoundFilter(") == REPR_DEPTH // 2 + 1


@pytest.mark.parametrize("depth", [500, 5000])
def test_deep_raw_arrays_in_a_result_serialize(depth: int) -> None:
    body = {**chat_body(), "deep": deep_list(depth)}
    chat = CreateChatCompletionResponse.from_dict(body)
    assert depth_of(chat.to_dict()["deep"]) == depth
    assert depth_of(chat.model_dump()["deep"]) == depth
    assert depth_of(to_json(chat)["deep"]) == depth
    text = chat.to_json()
    assert text.count("[") >= depth
    assert depth_of(chat.model_copy(deep=False).to_dict()["deep"]) == depth


def test_iterative_json_matches_the_standard_layout() -> None:
    from integrations_openai_api._runtime.lenient import _dumps_iteratively

    data = {"a": [1, {"b": None, "c": "é"}, []], "d": {}, "e": True}
    for indent in (None, 2):
        separators = (",", ":") if indent is None else (",", ": ")
        expected = json.dumps(data, indent=indent, separators=separators, ensure_ascii=False)
        assert _dumps_iteratively(data, indent, separators) == expected


def test_a_required_field_that_admits_null_may_be_left_out_of_the_constructor() -> None:
    # As the SDK's `Optional[...] = None` fields: test code builds messages by hand.
    from integrations_openai.types.chat import ChatCompletion, ChatCompletionMessage

    message = ChatCompletionMessage(role="assistant", content="hi")
    assert message.refusal is None and "refusal" not in message.model_fields_set
    assert message.to_dict() == {"content": "hi", "role": "assistant"}
    assert message.model_dump()["refusal"] is None
    explicit = ChatCompletionMessage(role="assistant", content="hi", refusal=None)
    assert explicit.to_dict() == {"content": "hi", "refusal": None, "role": "assistant"}
    with pytest.raises(TypeError, match="id"):  # a required field that is never null stays required
        ChatCompletion(choices=[], created=1, model="m")  # type: ignore[call-arg]
