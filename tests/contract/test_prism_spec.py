"""The passes that make the pinned spec Prism-ready, each on a small fragment."""

from __future__ import annotations

import json
from typing import Any

import pytest

from scripts.codegen import prism_spec as ps
from scripts.contract.validate import SpecValidator, pointer


def _spec(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths or {}, "components": {"schemas": schemas}}


def test_typeless_nullable_becomes_a_null_alternative() -> None:
    spec = _spec(
        {
            "A": {
                "nullable": True,
                "description": "d",
                "oneOf": [{"type": "string"}, {"type": "integer"}],
            },
            "B": {"allOf": [{"$ref": "#/components/schemas/C"}, {"nullable": True}]},
            "C": {"type": "object"},
            "D": {"nullable": False, "anyOf": [{"type": "string"}]},
            "E": {"type": "string", "nullable": True},  # has a type: Ajv copes, left alone
        }
    )
    sites = ps.typeless_nullable(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["A"] == {
        "description": "d",
        "anyOf": [{"oneOf": [{"type": "string"}, {"type": "integer"}]}, {"type": "null"}],
    }
    assert schemas["B"] == {"anyOf": [{"$ref": "#/components/schemas/C"}, {"type": "null"}]}
    assert schemas["D"] == {"anyOf": [{"type": "string"}]}
    assert schemas["E"] == {"type": "string", "nullable": True}
    assert "#/components/schemas/B/allOf/1" in sites
    validator = SpecValidator(spec)
    assert validator.errors(pointer("components", "schemas", "B"), None) == []
    assert validator.errors(pointer("components", "schemas", "B"), 3)


def test_unique_required() -> None:
    spec = _spec({"A": {"type": "object", "required": ["id", "name", "id"]}})
    assert ps.unique_required(spec) == ["#/components/schemas/A"]
    assert spec["components"]["schemas"]["A"]["required"] == ["id", "name"]


def test_invalid_defaults_are_dropped() -> None:
    spec = _spec(
        {
            "A": {"type": "array", "default": "eval", "items": {"type": "string"}},
            "B": {"type": "integer", "default": True},
            "C": {"type": "number", "default": 1},
            "D": {"type": ["string", "null"], "default": None},
        }
    )
    assert ps.invalid_defaults(spec) == ["#/components/schemas/A", "#/components/schemas/B"]
    assert spec["components"]["schemas"]["C"]["default"] == 1
    assert spec["components"]["schemas"]["D"]["default"] is None


def test_invalid_examples_are_dropped() -> None:
    spec = _spec(
        {
            "A": {
                "type": "object",
                "properties": {"user": {"type": "string"}},
                "example": {"user": None},
            },
            "B": {
                "type": "object",
                "properties": {"user": {"type": "string"}},
                "example": {"user": "u"},
            },
        }
    )
    assert ps.invalid_examples(spec) == ["#/components/schemas/A"]
    assert "example" not in spec["components"]["schemas"]["A"]
    assert spec["components"]["schemas"]["B"]["example"] == {"user": "u"}


def test_hop_by_hop_response_headers_are_dropped() -> None:
    op = {
        "operationId": "speak",
        "responses": {
            "200": {
                "description": "OK",
                "headers": {
                    "Transfer-Encoding": {"schema": {"type": "string"}},
                    "X-Id": {"schema": {"type": "string"}},
                },
            }
        },
    }
    spec = _spec({}, {"/speech": {"post": op}})
    assert ps.hop_by_hop_headers(spec) == ["POST /speech 200 Transfer-Encoding"]
    assert list(op["responses"]["200"]["headers"]) == ["X-Id"]


def test_event_streams_become_text_with_an_example(monkeypatch: pytest.MonkeyPatch) -> None:
    chunk = {
        "type": "object",
        "required": ["id", "object"],
        "properties": {"id": {"type": "string"}, "object": {"type": "string", "const": "chunk"}},
    }
    op = {
        "operationId": "streamThings",
        "responses": {
            "200": {
                "description": "OK",
                "content": {
                    "application/json": {"schema": {"type": "object"}},
                    "text/event-stream": {"schema": {"$ref": "#/components/schemas/Chunk"}},
                },
            }
        },
    }
    spec = _spec({"Chunk": chunk}, {"/things": {"post": op}})
    events = ((("Chunk", {"id": "c1"}), ("Chunk", {"id": "c2"})), False, True)
    monkeypatch.setitem(ps.STREAM_EVENTS, "streamThings", events)
    assert ps.event_streams(spec) == ["POST /things 200"]
    sse = op["responses"]["200"]["content"]["text/event-stream"]
    assert sse["schema"] == {"type": "string"}
    data = [line[6:] for line in sse["example"].splitlines() if line.startswith("data: ")]
    assert [json.loads(d)["id"] for d in data[:-1]] == ["c1", "c2"]
    assert data[-1] == "[DONE]"


def test_an_unknown_stream_is_an_error() -> None:
    op = {
        "operationId": "newStream",
        "responses": {"200": {"content": {"text/event-stream": {"schema": {}}}}},
    }
    spec = _spec({}, {"/new": {"post": op}})
    with pytest.raises(KeyError, match="STREAM_EVENTS"):
        ps.event_streams(spec)


def test_the_committed_prism_spec_is_fresh() -> None:
    assert ps.main(["--check"]) == 0
