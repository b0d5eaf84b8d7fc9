"""The SDK's display data (class names, field order): its derivation and the generator rule."""

from __future__ import annotations

import ast
import json
from collections.abc import Mapping
from typing import Annotated, Any, Literal, Union

import pydantic
import pytest
from integrations_openai_api._runtime.model import FreeFormModel
from integrations_openai_api.models import _MODULES
from integrations_openai_api.models.create_chat_completion_response import (
    CreateChatCompletionResponse,
)
from integrations_openai_api.models.create_chat_completion_response_choices_item import (
    CreateChatCompletionResponseChoicesItem,
)
from integrations_openai_api.models.metadata_2 import Metadata2
from integrations_openai_api.models.model import Model

from scripts.codegen import template_globals
from scripts.codegen.sdk_types import derive_display, display


class SdkText(pydantic.BaseModel):
    type: Literal["output_text"]
    text: str


class SdkRefusal(pydantic.BaseModel):
    type: Literal["refusal"]
    refusal: str


class SdkMessage(pydantic.BaseModel):
    content: list[Annotated[Union[SdkText, SdkRefusal], "discriminator"]] | None = None  # noqa: UP007
    id: str


def test_sdk_annotations_name_their_models_through_unions_and_lists() -> None:
    annotation = SdkMessage.model_fields["content"].annotation
    assert derive_display._sdk_models(annotation, []) == [SdkText, SdkRefusal]
    assert derive_display._sdk_models(int | None, []) == []


def test_our_fields_name_their_models_from_the_rendered_types() -> None:
    models = {n: object() for n in ("CreateChatCompletionResponseChoicesItem", "CompletionUsage")}
    found = derive_display._our_models(CreateChatCompletionResponse, "choices", models)
    assert found == ["CreateChatCompletionResponseChoicesItem"]
    assert derive_display._our_models(CreateChatCompletionResponse, "id", models) == []


class OursText:
    _const_values_ = {"type": ("output_text",)}
    _known_keys_ = frozenset({"type", "text", "annotations"})


class OursRefusal:
    _const_values_ = {"type": ("refusal",)}
    _known_keys_ = frozenset({"type", "refusal"})


def test_a_field_pairs_one_to_one_or_by_constants_and_shape() -> None:
    models: dict[str, Any] = {"OursText": OursText, "OursRefusal": OursRefusal}
    pairs = derive_display._pair_field([SdkText, SdkRefusal], ["OursText", "OursRefusal"], models)
    assert pairs == [(SdkText, "OursText"), (SdkRefusal, "OursRefusal")]
    assert derive_display._pair_field([SdkText], ["OursText"], models) == [(SdkText, "OursText")]
    # One on each side but the constants disagree: not the same thing.
    assert derive_display._pair_field([SdkText], ["OursRefusal"], models) == []


def test_the_pick_prefers_plain_names_then_routes_and_keeps_ours_on_a_tie() -> None:
    beta = type("BetaResponse", (), {})
    plain = type("Response", (), {})
    best, named = derive_display._pick("ResponseObject", {beta: {"a", "b"}, plain: {"a", "b"}})
    assert best is plain and named
    delta = type("FunctionToolCallDelta", (), {})
    call = type("FunctionToolCall", (), {})
    assert derive_display._pick("ToolCallObject", {delta: {"a"}, call: {"b"}}) == (call, True)
    more = type("Choice", (), {})
    assert derive_display._pick("ChoicesItem", {more: {"a", "b"}, call: {"c"}}) == (more, True)
    create = type("ContainerCreateResponse", (), {})
    get = type("ContainerRetrieveResponse", (), {})
    _best, named = derive_display._pick("ContainerResource", {create: {"a"}, get: {"b"}})
    assert not named  # the SDK splits one class by use: our own name stays
    assert derive_display._stray_words("BetaToolChoiceShell", "SpecificShellParam") == 1
    assert derive_display._stray_words("ToolChoiceShell", "SpecificShellParam") == 0


def test_order_puts_the_sdk_fields_first_and_keeps_spec_order_for_the_rest() -> None:
    data = {"Thing": {"name": "SdkThing", "order": ["c", "a"]}}
    assert display.ordered("Thing", ["a", "b", "c", "d"], str, data) == ["c", "a", "b", "d"]
    assert display.ordered("Other", ["b", "a"], str, data) == ["b", "a"]
    assert display.display_name("Thing", data) == "SdkThing"
    assert display.display_name("Other", data) == "Other"


def test_the_committed_data_names_real_classes_and_their_keys() -> None:
    data = display.load()
    assert len(data) > 700
    for ours, entry in data.items():
        assert ours in _MODULES, ours
        assert entry["name"].isidentifier()
        assert len(set(entry["order"])) == len(entry["order"])
    common = {
        "CreateChatCompletionResponse": "ChatCompletion",
        "CreateChatCompletionResponseChoicesItem": "Choice",
        "ChatCompletionResponseMessage": "ChatCompletionMessage",
        "CreateChatCompletionStreamResponse": "ChatCompletionChunk",
        "ChatCompletionStreamResponseDelta": "ChoiceDelta",
        "ResponseObject": "Response",
        "OutputMessage": "ResponseOutputMessage",
        "OutputTextContent": "ResponseOutputText",
        "FineTuningJobHyperparameters": "Hyperparameters",
        "OpenAIFile": "FileObject",
        "DeleteModelResponse": "ModelDeleted",
        "DeleteFileResponse": "FileDeleted",
        "FineTuningJobEvent": "FineTuningJobEvent",
        "ContainerResource": "ContainerResource",  # the SDK splits it by use: a tie
        # classes derived from the SDK's (sdk_fields data) print the name they came from,
        # even where the SDK has a twin of another name (`ToolImageGenerationSvg`)
        "SdkChatCompletionModeration": "Moderation",
        "SdkResponseModeration": "Moderation",
        "SdkImageGenerationSvg": "ImageGenerationSvg",
        "SdkCallerProgram": "CallerProgram",
    }
    assert {k: data[k]["name"] for k in common} == common


def test_generated_classes_follow_the_data() -> None:
    """The generator rule: every generated class's `_fields_` starts with the data's order
    (the keys it has), the rest follow; the SDK name is rendered where it differs."""
    import importlib

    data = display.load()
    for ours, entry in data.items():
        cls = getattr(
            importlib.import_module(f"integrations_openai_api.models.{_MODULES[ours]}"), ours
        )
        keys = [key for _, key in cls._fields_]
        assert keys[: len(entry["order"])] == entry["order"], ours
        assert cls._sdk_name_ == entry["name"]
        # `type(x).__name__` prints the SDK's name; the module still holds it by ours
        assert (cls.__name__, cls.__qualname__) == (entry["name"], ours)
    assert Model._sdk_name_ == "Model"


def test_classes_keep_pickling_and_typing_under_their_sdk_name() -> None:
    import pickle
    import typing

    completion = CreateChatCompletionResponse.from_dict({"id": "x", "choices": []})
    assert type(completion).__name__ == "ChatCompletion"
    clone = pickle.loads(pickle.dumps(completion))
    assert type(clone) is CreateChatCompletionResponse and clone.id == "x"
    assert "usage" in typing.get_type_hints(CreateChatCompletionResponse)


def test_repr_dumps_and_to_dict_follow_the_sdk_order() -> None:
    body = {
        "usage": {"total_tokens": 3, "prompt_tokens": 1, "completion_tokens": 2},
        "model": "gpt-4o",
        "object": "chat.completion",
        "created": 1,
        "choices": [{"message": {"role": "assistant", "content": "Hi", "refusal": None},
                     "logprobs": None, "index": 0, "finish_reason": "stop"}],
        "id": "chatcmpl-1",
        "brand_new": True,
    }  # fmt: skip
    chat = CreateChatCompletionResponse.from_dict(body)
    assert repr(chat).startswith(
        "ChatCompletion(id='chatcmpl-1', choices=[Choice(finish_reason='stop', index=0, logprobs"
    )
    wire = chat.to_dict()
    assert wire == body  # exactly the keys received
    assert list(wire) == ["id", "choices", "created", "model", "object", "usage", "brand_new"]
    assert list(wire["choices"][0]) == ["finish_reason", "index", "logprobs", "message"]
    dumped = chat.model_dump()
    assert list(dumped)[:5] == ["id", "choices", "created", "model", "object"]
    # the fields the SDK knows beyond the spec sit where it prints them
    assert list(dumped)[5:8] == ["metadata", "moderation", "service_tier"]
    assert dumped["service_tier"] is None and list(dumped)[-1] == "brand_new"
    assert list(json.loads(chat.model_dump_json())) == list(dumped)
    assert list(json.loads(chat.to_json())) == list(wire)
    assert type(chat.choices[0]) is CreateChatCompletionResponseChoicesItem


def test_free_form_objects_read_compare_and_print_as_dicts() -> None:
    metadata = Metadata2.from_dict({"team": "ml"})
    assert isinstance(metadata, FreeFormModel) and isinstance(metadata, Mapping)
    assert repr(metadata) == "{'team': 'ml'}" and repr(Metadata2()) == "{}"
    assert metadata.model_dump() == {"team": "ml"} == metadata.to_dict()
    assert metadata.get("team") == "ml" and metadata.get("nope") is None
    assert list(metadata) == ["team"] and len(metadata) == 1 and "team" in metadata
    assert dict(metadata) == {"team": "ml"} and list(metadata.items()) == [("team", "ml")]
    assert metadata == {"team": "ml"} and metadata == Metadata2.from_dict({"team": "ml"})
    assert metadata != {"team": "ops"} and metadata != Metadata2() and metadata != 1
    with pytest.raises(TypeError):
        hash(metadata)
    assert not isinstance(Model.from_dict({"id": "m"}), Mapping)


def test_a_free_form_object_types_its_values_when_the_spec_says_a_scalar() -> None:
    assert template_globals.free_form_value("str") == "str"
    assert template_globals.free_form_value("str | bool | float") == "bool | float | str"
    assert template_globals.free_form_value("Any") == "Any"
    assert template_globals.free_form_value("list[str]") == "Any"
    assert template_globals.free_form_value("FunctionObject | str") == "Any"
    assert FreeFormModel[str] in Metadata2.__orig_bases__  # type: ignore[attr-defined]


def test_subclasses_print_their_own_name() -> None:

    class Mine(CreateChatCompletionResponse):
        pass

    assert repr(Mine.from_dict({"id": "x"})).startswith("Mine(id='x'")
    assert Mine.__name__ == "Mine"


@pytest.mark.slow
def test_the_committed_data_is_what_the_derivation_gives() -> None:
    """Rerun the derivation against the installed SDK: the committed file is current."""
    assert derive_display.derive() == display.load()


def test_a_nested_class_gets_the_name_the_sdk_gives_it_where_it_sits() -> None:
    """The SDK names one inline shape by its parent (`ActionSearch` in a web search call):
    the derived data says so per field, and the template renders it as a literal."""
    names = display.field_names("WebSearchToolCall")
    assert names["action"]["WebSearchActionSearch"] == "ActionSearch"
    assert display.field_names("Batch") == {}
    assert template_globals.sdk_field_names("Batch") == ""
    rendered = template_globals.sdk_field_names("WebSearchToolCall")
    assert ast.literal_eval(rendered) == names


def test_a_field_the_sdk_renames_is_derived_and_rendered() -> None:
    """`schema` -> `schema_` (pydantic reserves `schema`): the data and the template's view."""
    assert display.python_names("ResponseFormatJsonSchemaJsonSchema") == {"schema": "schema_"}
    assert template_globals.sdk_python_names("Batch") == {}
    assert template_globals.sdk_python_names("ProjectModelPermissions") == {
        "model_ids": "api_model_ids"
    }
