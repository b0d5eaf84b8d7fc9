"""The runtime helpers behind the templates, on small hand-made classes."""

from __future__ import annotations

import datetime
import enum
from typing import Any

import pytest
from integrations_openai_api._runtime.dispatch import LazyUnion, _Plan, best_fit, pick_variant
from integrations_openai_api._runtime.lenient import UnknownVariant, to_json
from integrations_openai_api._runtime.wire import multipart_files, query_param
from integrations_openai_api.types import UNSET


def variant(
    name: str, consts: dict[str, tuple[Any, ...]], required: tuple[str, ...], known: set[str]
) -> type[Any]:
    attrs: dict[str, Any] = {
        "_const_values_": consts,
        "_required_keys_": required,
        "_known_keys_": frozenset(known),
    }
    return type(name, (), attrs)


Text = variant("Text", {"type": ("text",)}, ("type", "text"), {"type", "text"})
Image = variant("Image", {"type": ("image",)}, ("type", "url"), {"type", "url", "detail"})
InMsg = variant(
    "InMsg",
    {"type": ("message",), "role": ("user", "system")},
    ("type", "role", "content"),
    {"type", "role", "content"},
)
OutMsg = variant(
    "OutMsg",
    {"type": ("message",), "role": ("assistant",)},
    ("type", "id", "role", "content"),
    {"type", "id", "role", "content", "status"},
)
Loose = variant("Loose", {}, (), {"a", "b"})


def test_discriminated_plan_is_a_lookup_table() -> None:
    plan = _Plan((Text, Image))
    assert plan.key == "type"
    assert plan.table == {"text": (Text,), "image": (Image,)}
    assert pick_variant({"type": "image", "url": "u"}, (Text, Image)) is Image
    assert pick_variant({"type": "video"}, (Text, Image)) is None  # unknown: caller keeps it raw
    assert pick_variant({"type": ["unhashable"]}, (Text, Image)) is None


def test_shared_discriminator_values_are_resolved_by_shape() -> None:
    classes = (InMsg, OutMsg)
    out = {"type": "message", "id": "m", "role": "assistant", "content": [], "status": "done"}
    assert pick_variant(out, classes) is OutMsg
    assert pick_variant({"type": "message", "role": "user", "content": "hi"}, classes) is InMsg


def test_members_without_the_key_are_matched_by_shape() -> None:
    classes = (Text, Image, Loose)
    assert pick_variant({"a": 1}, classes) is Loose
    assert pick_variant({"type": "text", "text": "t"}, classes) is Text


def test_best_fit_rejects_a_different_const() -> None:
    assert best_fit({"type": "image"}, (Text,)) is None
    assert best_fit({"text": "t"}, (Text, Image)) is Text  # missing discriminator: shape decides


def test_best_fit_reads_a_null_const_as_absent() -> None:
    assert best_fit({"type": None, "text": "t"}, (Text, Image)) is Text
    assert best_fit({"type": "image", "text": "t"}, (Text,)) is None


def test_best_fit_picks_the_member_that_can_hold_the_value_shape() -> None:
    simple = variant("Simple", {}, ("role", "content"), {"role", "content"})
    rich = variant("Rich", {"type": ("message",)}, ("role", "content"), {"role", "content", "type"})
    simple._param_types_ = {"role": "str", "content": "str"}  # type: ignore[attr-defined]
    rich._param_types_ = {"role": "str", "content": "str | list[Part]"}  # type: ignore[attr-defined]
    assert best_fit({"role": "user", "content": "hi"}, (simple, rich)) is simple
    assert best_fit({"role": "user", "content": [{"text": "hi"}]}, (simple, rich)) is rich
    assert best_fit({"role": "user", "content": {"text": "hi"}}, (simple, rich)) is rich


def test_an_unknown_discriminator_value_never_picks_a_member_with_an_enum_for_it() -> None:
    search = variant("Search", {"type": ("web_search", "web_search_v2")}, ("type",), {"type"})
    assert best_fit({"type": "new_tool"}, (search, Text), key="type") is None
    assert best_fit({"type": "new_tool"}, (search,)) is search  # not the key: a penalty only
    assert best_fit({"type": "web_search_v2"}, (search, Loose), key="type") is search


def test_lazy_union_imports_on_demand_and_keeps_unknown() -> None:
    union = LazyUnion(
        "Demo",
        "type",
        {"usage": "models.completion_usage:CompletionUsage"},
        "integrations_openai_api",
    )
    parsed = union.parse(
        {"type": "usage", "prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}
    )
    assert type(parsed).__name__ == "CompletionUsage"
    unknown = union.parse({"type": "later", "x": 1})
    assert isinstance(unknown, UnknownVariant)
    assert unknown.to_dict() == {"type": "later", "x": 1}
    with pytest.raises(TypeError, match="Demo: expected a JSON object"):
        union.parse(["not", "an", "object"])  # type: ignore[arg-type]


class Color(enum.Enum):
    RED = "red"


class Model:
    def to_dict(self) -> dict[str, Any]:
        return {"k": "v"}


def test_to_json_handles_typed_and_raw_values() -> None:
    value = {
        "m": Model(),
        "l": [Model(), None, 1],
        "d": datetime.date(2024, 1, 2),
        "e": Color.RED,
        "u": UnknownVariant({"type": "x"}),
    }
    assert to_json(value) == {
        "m": {"k": "v"},
        "l": [{"k": "v"}, None, 1],
        "d": "2024-01-02",
        "e": "red",
        "u": {"type": "x"},
    }


def test_query_param_flattening() -> None:
    params: dict[str, Any] = {}
    query_param(params, "metadata", {"team": "ml", "tags": ["a", "b"]})
    query_param(params, "flag", True)
    query_param(params, "absent", UNSET)
    query_param(params, "none", None)
    query_param(params, "filter", Model())
    assert params == {
        "metadata[team]": "ml",
        "metadata[tags]": ["a", "b"],
        "flag": "true",
        "filter[k]": "v",
    }


@pytest.mark.parametrize("value", [object(), b"raw", {1, 2}])
def test_values_without_a_wire_form_are_refused_not_sent_as_a_repr(value: Any) -> None:
    with pytest.raises(TypeError, match="cannot be sent"):
        query_param({}, "q", value)
    with pytest.raises(TypeError, match="cannot be sent"):
        multipart_files([("f", value)])


def test_multipart_flattening() -> None:
    parts = multipart_files([("obj", {"a": {"b": False}, "list": [1, {"c": None}]}), ("n", None)])
    assert [(name, value[1]) for name, value in parts] == [
        ("obj[a][b]", b"false"),
        ("obj[list][]", b"1"),
    ]


def test_presence_survives_copy_deepcopy_and_pickle() -> None:
    import copy
    import pickle

    from integrations_openai_api.models.completion_usage import CompletionUsage

    wire = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}
    usage = CompletionUsage.from_dict(wire)
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(usage).to_dict() == wire
    assert pickle.loads(pickle.dumps(usage)).to_dict() == wire
    assert copy.deepcopy(usage).model_fields_set == usage.model_fields_set
    assert pickle.loads(pickle.dumps(usage)).prompt_tokens_details is None


def test_constructor_arguments_given_as_dicts_become_models() -> None:
    # as the SDK's pydantic models: fixtures written as plain dicts read as models
    from integrations_openai_api.models.create_chat_completion_response import (
        CreateChatCompletionResponse,
    )
    from integrations_openai_api.models.create_embedding_response import (
        CreateEmbeddingResponse,
    )

    message = {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}  # fmt: skip
    completion = CreateChatCompletionResponse(
        id="x", created=1, model="m", object="chat.completion",
        choices=[{"index": 0, "finish_reason": "stop", "message": message}],
    )  # fmt: skip
    call = completion.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert type(completion.choices[0]).__name__ == "Choice"
    assert (call.id, call.function.name) == ("c", "f")
    assert completion.model_fields_set == {"id", "created", "model", "object", "choices"}
    assert completion.to_dict()["choices"][0]["message"] == message
    usage = {"prompt_tokens": 1, "total_tokens": 1}
    embedding = CreateEmbeddingResponse(data=[], model="m", object="list", usage=usage)  # type: ignore[arg-type]
    assert embedding.usage.prompt_tokens == 1 and embedding.data == []
