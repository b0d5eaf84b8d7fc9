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
from scripts.codegen.sdk_types.derive_fields import SchemaOf

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
Chunk:
  sdk: openai.types.Chunk
  fields:
    moderation: {type: object}
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
    assert list(props) == ["id", "note", "moderation", "mode", "steps", "usage"]
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
    assert changes.counts["sdk field added"] == 6
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


@pytest.mark.slow
def test_the_committed_data_is_what_the_derivation_gives() -> None:
    """Rerun the derivation against the installed SDK and generated tree: the data is
    current, and a rerun after `make generate` (the fields now generated) agrees."""
    from scripts.codegen.sdk_types.derive_fields import derive

    assert derive() == load_data(sdk_fields.DATA)
