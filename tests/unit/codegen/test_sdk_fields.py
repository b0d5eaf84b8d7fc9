"""The `sdk_fields` normalizer pass, its data file and the derivation that makes it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Annotated, Any, Literal, Optional, Union

import pydantic
import pytest

from scripts.codegen.normalize import PASSES, Context
from scripts.codegen.normalize.passes import sdk_fields
from scripts.codegen.normalize.passes.sdk_fields import PASS, load_data
from scripts.codegen.sdk_types.derive_fields import MAX_DEPTH, NewClasses, SchemaOf

NULL = {"type": "null"}
DATA = """
Run:
  sdk: openai.types.Run
  fields:
    note: {type: string}
    moderation: {type: object}
    mode: {type: string, enum: [fast, slow]}
    steps: {type: array, items: {type: object}}
    usage: {$ref: '#/components/schemas/Usage'}
    id: {type: integer}
    verdict: {$ref: '#/components/schemas/SdkVerdict'}
Chunk:
  sdk: openai.types.Chunk
  fields:
    moderation: {type: object}
SdkVerdict:
  sdk: [openai.types.run.Verdict, openai.types.chunk.Verdict]
  schema:
    type: object
    properties:
      type: {type: string, const: verdict, default: verdict}
      level: {type: string, enum: [high, low]}
      reason: {$ref: '#/components/schemas/SdkReason'}
    required: [type]
SdkReason:
  sdk: [openai.types.run.Reason]
  schema:
    type: object
    properties:
      text: {type: string}
SdkUnused:
  sdk: [openai.types.run.Unused]
  schema: {type: object, properties: {x: {type: string}}}
Ask:
  sdk: openai.types.Ask
  fields:
    note: {type: string}
Gone:
  sdk: openai.types.Gone
  fields:
    note: {type: string}
"""


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def fragment() -> dict[str, Any]:
    obj = {"type": "object", "properties": {"id": {"type": "string"}}}
    return {
        "openapi": "3.1.0",
        "paths": {
            "/runs": {
                "post": {
                    "requestBody": json_body(ref("Ask")),
                    "responses": {"200": json_body(ref("Run"))},
                },
                "get": {"responses": {"200": json_body(ref("Chunk"))}},
            }
        },
        "components": {
            "schemas": {
                "Run": copy.deepcopy(obj),
                "Chunk": copy.deepcopy(obj),
                "Ask": copy.deepcopy(obj),
                "Usage": {"type": "object", "properties": {"total": {"type": "integer"}}},
            }
        },
    }


@pytest.fixture
def data_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "sdk_fields.yaml"
    path.write_text(DATA)
    monkeypatch.setattr(sdk_fields, "DATA", path)
    return path


def described(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, NULL], "description": sdk_fields.DESCRIPTION.format(sdk="Run")}


def test_response_classes_gain_optional_nullable_fields(data_file: Path) -> None:
    spec = fragment()
    changes = PASS.run(spec, Context())
    schemas = spec["components"]["schemas"]
    run = schemas["Run"]
    props = run["properties"]
    assert list(props) == ["id", "note", "moderation", "mode", "steps", "usage", "verdict"]
    assert "required" not in run  # optional: absent reads None and stays absent
    assert props["id"] == {"type": "string"}  # a key the spec has is the spec's
    assert props["note"] == described({"type": "string"})
    assert props["usage"] == described(ref("Usage"))  # a paired class: its generated class
    # inline objects and enums are hoisted as `hoist_inline` names them
    assert props["moderation"] == described(ref("ChunkModeration"))
    assert schemas["ChunkModeration"] == {"type": "object"}
    assert props["mode"] == described(ref("RunMode"))
    assert schemas["RunMode"] == {"type": "string", "enum": ["fast", "slow"]}
    assert props["steps"]["anyOf"][0] == {"type": "array", "items": ref("RunStepsItem")}
    # identical new objects under the same key share one class, as `dedupe_hoisted` merges
    # (the first in component order keeps its name)
    assert schemas["Chunk"]["properties"]["moderation"]["anyOf"][0] == ref("ChunkModeration")
    assert "RunModeration" not in schemas
    assert not any("x-codegen-hoisted" in s for s in schemas.values())
    # a request-only class stays as the spec says
    assert schemas["Ask"]["properties"] == {"id": {"type": "string"}}
    assert changes.counts["sdk field added"] == 7
    # a derived SDK class becomes a component (and those it refers to), described, its
    # inline enums hoisted; one no added field reaches is left out
    assert props["verdict"]["anyOf"][0] == ref("SdkVerdict")
    verdict = schemas["SdkVerdict"]
    assert verdict["description"] == sdk_fields.CLASS_DESCRIPTION.format(sdk="Verdict")
    assert verdict["properties"]["level"] == ref("SdkVerdictLevel")
    assert verdict["properties"]["type"]["const"] == "verdict"
    assert schemas["SdkReason"]["properties"] == {"text": {"type": "string"}}
    assert "SdkUnused" not in schemas
    assert changes.counts["sdk class added"] == 2
    assert changes.counts["already in the spec"] == 1
    assert "request-only: kept as the spec says: Ask" in changes.sites
    assert "listed class not an object of the spec: Gone" in changes.sites
    assert "merged: RunModeration -> ChunkModeration" in changes.sites


def test_idempotent(data_file: Path) -> None:
    spec = fragment()
    PASS.run(spec, Context())
    once = copy.deepcopy(spec)
    again = PASS.run(spec, Context())
    assert spec == once
    assert "sdk field added" not in again.counts


def test_a_new_class_named_as_a_spec_component_is_refused(data_file: Path) -> None:
    spec = fragment()
    spec["components"]["schemas"]["SdkReason"] = {"type": "object"}
    with pytest.raises(ValueError, match="SdkReason collides"):
        PASS.run(spec, Context())


def test_registered_after_hoisting_and_merging() -> None:
    names = [p.name for p in PASSES]
    assert names.index("sdk_fields") == names.index("dedupe_hoisted") + 1


def test_the_committed_data_names_the_drop_in_cases() -> None:
    data = load_data(sdk_fields.DATA)
    assert list(data["CreateChatCompletionResponse"]["fields"]) == ["metadata", "moderation"]
    assert set(data["CreateChatCompletionStreamResponse"]["fields"]) == {
        "moderation",
        "obfuscation",
    }
    assert data["Model"]["fields"] == {"shutdown_date": {"type": "string"}}
    assert data["CompletionUsagePromptTokensDetails"]["sdk"].endswith(".PromptTokensDetails")
    assert len(data["Response"]["fields"]) == 7
    # the object-valued ones refer to classes derived from the SDK's
    moderation = data["CreateChatCompletionResponse"]["fields"]["moderation"]
    assert moderation == ref("SdkChatCompletionModeration")
    made = data["SdkChatCompletionModeration"]
    assert made["sdk"] == [
        "openai.types.chat.chat_completion.Moderation",
        "openai.types.chat.chat_completion_chunk.Moderation",
    ]
    assert made["schema"]["required"] == ["input", "output"]
    assert data["Response"]["fields"]["moderation"] == ref("SdkResponseModeration")
    assert all(name.startswith("Sdk") for name, e in data.items() if "schema" in e)


class Part(pydantic.BaseModel):
    type: Literal["part"]


class Other(pydantic.BaseModel):
    type: Literal["other"]


class Loose(pydantic.BaseModel):
    x: int


@pytest.mark.parametrize(
    ("annotation", "schema"),
    [
        (str, {"type": "string"}),
        (Optional[int], {"type": "integer"}),  # noqa: UP045  (the SDK's spelling)
        (float, {"type": "number"}),
        (bool, {"type": "boolean"}),
        (Literal["b", "a"], {"type": "string", "enum": ["a", "b"]}),
        (Union[str, Literal["x"], None], {"type": "string", "enum": ["x"]}),  # noqa: UP007
        (Literal[1, 2], {"type": "integer"}),
        (list[str], {"type": "array", "items": {"type": "string"}}),
        (dict[str, str], {"type": "object", "additionalProperties": {"type": "string"}}),
        (dict[str, object], {"type": "object", "additionalProperties": {}}),
        (Part, ref("PartClass")),
        (Loose, {"type": "object"}),
        (Annotated[Union[Part, Other], "tag"], {"anyOf": [ref("PartClass"), ref("Other2")]}),  # noqa: UP007
        (Union[Part, Loose], {"type": "object"}),  # noqa: UP007  (one member has no class)
        (
            Union[str, list[int]],  # noqa: UP007
            {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "integer"}}]},
        ),
        (object, {}),
    ],
)
def test_sdk_annotations_become_schemas(annotation: Any, schema: dict[str, Any]) -> None:
    schema_of = SchemaOf({Part: "PartClass", Other: "Other2"})
    assert schema_of(annotation) == schema


class Holder(pydantic.BaseModel):
    part: Optional[Part] = None  # noqa: UP045
    kind: Literal["holder"]
    level: Optional[Literal["one"]] = None  # noqa: UP045
    loose: Loose


def test_new_classes_are_object_schemas_field_for_field() -> None:
    schema_of = SchemaOf({Part: "PartClass"}, {Loose: "SdkLoose"}, consts=True)
    assert schema_of(Union[Part, Loose]) == {"anyOf": [ref("PartClass"), ref("SdkLoose")]}  # noqa: UP007
    assert schema_of.object_schema(Holder) == {
        "type": "object",
        "properties": {
            "part": {"anyOf": [ref("PartClass"), NULL]},
            "kind": {"type": "string", "const": "holder", "default": "holder"},
            "level": {"anyOf": [{"type": "string", "enum": ["one"]}, NULL]},  # no default
            "loose": ref("SdkLoose"),
        },
        "required": ["kind", "loose"],
    }


def _module_class(module: str, name: str, **fields: Any) -> Any:
    cls = pydantic.create_model(name, **fields)
    cls.__module__ = module
    return cls


def test_new_classes_share_a_name_by_shape_and_split_by_module() -> None:
    a = _module_class("openai.types.chat.chat_completion", "Moderation", flagged=(bool, ...))
    b = _module_class("openai.types.chat.chat_completion_chunk", "Moderation", flagged=(bool, ...))
    c = _module_class("openai.types.responses.response", "Moderation", score=(float, ...))
    outer = _module_class("openai.types.x", "Outer", m=(Union[a, c], ...), n=(list[b], ...))  # noqa: UP007
    new = NewClasses({})
    new.reach(outer)
    names = new.names()
    assert names[a] == names[b] == "SdkChatCompletionModeration"
    assert names[c] == "SdkResponseModeration" and names[outer] == "SdkOuter"
    schemas = new.schemas(names)
    assert schemas["SdkChatCompletionModeration"]["sdk"] == [
        "openai.types.chat.chat_completion.Moderation",
        "openai.types.chat.chat_completion_chunk.Moderation",
    ]
    assert schemas["SdkOuter"]["schema"]["properties"]["m"] == {
        "anyOf": [ref("SdkChatCompletionModeration"), ref("SdkResponseModeration")]
    }


def test_new_classes_stop_at_the_depth_cap() -> None:
    inner: Any = _module_class("openai.types.x", "Level0", v=(int, ...))
    for depth in range(1, MAX_DEPTH + 2):
        inner = _module_class("openai.types.x", f"Level{depth}", child=(inner, ...))
    new = NewClasses({})
    new.reach(inner)
    assert len(new.depth) == MAX_DEPTH
    deepest = min(new.depth, key=lambda c: -new.depth[c])
    child = new.schemas(new.names())[f"Sdk{deepest.__name__}"]["schema"]["properties"]["child"]
    assert child == {"type": "object"}  # free-form below the cap


@pytest.mark.slow
def test_the_committed_data_is_what_the_derivation_gives() -> None:
    """Rerun the derivation against the installed SDK and generated tree: the data is
    current, and a rerun after `make generate` (the fields now generated) agrees."""
    from scripts.codegen.sdk_types.derive_fields import derive

    assert derive() == load_data(sdk_fields.DATA)
