"""The `response_nullable` normalizer pass over a small spec fragment and its data file."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from scripts.codegen.normalize import PASSES, Context
from scripts.codegen.normalize.passes import response_nullable
from scripts.codegen.normalize.passes.response_nullable import PASS, load_data

NULL = {"type": "null"}
DATA = """
sdk:
  Run: [usage_ref, steps, kind, label]
  Shared: [note]
  Run2: [missing]
observed:
  Run: [instructions]
absent_lists:
  Run: [steps, label]
"""


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def fragment() -> dict[str, Any]:
    run = {
        "type": "object",
        "required": [
            *("usage_ref", "instructions", "steps", "kind", "status", "usage"),
            *("completed_at", "created_at", "failed_at"),
        ],
        "properties": {
            "usage_ref": {**ref("Usage"), "description": "Token usage."},
            "instructions": {"type": "string"},
            "steps": {"type": "array", "items": {"type": "string"}},
            "kind": {"type": "string", "const": "run"},
            "label": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            "status": {"type": "string"},
            "usage": ref("Usage"),
            "completed_at": {"type": "integer"},
            "created_at": {"type": "integer"},
            "failed_at": {"anyOf": [{"type": "integer"}, NULL]},
            "shared": ref("Shared"),
        },
    }
    shared = {
        "type": "object",
        "required": ["note", "expires_at"],
        "properties": {"note": {"type": "string"}, "expires_at": {"type": "integer"}},
    }
    usage = {"type": "object", "properties": {"total": {"type": "integer"}}}
    tally = {"type": "object", "required": ["usage"], "properties": {"usage": ref("Usage")}}
    return {
        "openapi": "3.1.0",
        "paths": {
            "/runs": {
                "post": {
                    "requestBody": json_body(ref("Shared")),
                    "responses": {"200": json_body(ref("Run"))},
                },
                "get": {"responses": {"200": json_body(ref("Tally"))}},
            }
        },
        "components": {"schemas": {"Run": run, "Shared": shared, "Usage": usage, "Tally": tally}},
    }


@pytest.fixture
def data_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "nullable_fields.yaml"
    path.write_text(DATA)
    monkeypatch.setattr(response_nullable, "DATA", path)
    return path


def test_listed_and_rule_fields_admit_null(data_file: Path) -> None:
    spec = fragment()
    changes = PASS.run(spec, Context())
    run = spec["components"]["schemas"]["Run"]
    props = run["properties"]
    # a required $ref: wrapped, the description stays outside, `required` is kept
    assert props["usage_ref"] == {"anyOf": [ref("Usage"), NULL], "description": "Token usage."}
    assert "usage_ref" in run["required"] and "instructions" in run["required"]
    assert props["instructions"] == {"anyOf": [{"type": "string"}, NULL]}
    assert props["steps"]["anyOf"][1] == NULL  # the SDK says Optional: evidence wins
    assert props["label"] == {"anyOf": [{"type": "string"}, {"type": "integer"}]}  # optional
    assert props["kind"] == {"type": "string", "const": "run"}  # discriminators stay
    # rules, in a schema only responses use
    assert props["completed_at"] == {"anyOf": [{"type": "integer"}, NULL]}
    assert props["usage"] == {"anyOf": [ref("Usage"), NULL]}  # Run has a status
    assert props["created_at"] == {"type": "integer"}
    assert props["failed_at"] == {"anyOf": [{"type": "integer"}, NULL]}  # already nullable
    tally = spec["components"]["schemas"]["Tally"]["properties"]
    assert tally["usage"] == ref("Usage")  # no status: no lifecycle
    # a schema shared with a request body: only listed fields change, reported as shared
    shared = spec["components"]["schemas"]["Shared"]["properties"]
    assert shared["note"] == {"anyOf": [{"type": "string"}, NULL]}
    assert shared["expires_at"] == {"type": "integer"}
    assert changes.counts == {
        "sdk -> nullable": 2,
        "optional: already reads None": 1,
        "sdk -> nullable (shared with requests)": 1,
        "observed -> nullable": 1,
        "const discriminator kept": 1,
        "rule -> nullable": 2,
        "listed field not in the spec": 2,
    }
    assert "listed field not in the spec: sdk: Run2.missing" in changes.sites
    assert "listed field not in the spec: absent_lists: Run.label" in changes.sites


def test_idempotent(data_file: Path) -> None:
    spec = fragment()
    PASS.run(spec, Context())
    once = copy.deepcopy(spec)
    again = PASS.run(spec, Context())
    assert spec == once
    assert set(again.counts) == {
        "const discriminator kept",
        "listed field not in the spec",
        "optional: already reads None",
    }


def test_registered_before_server_defaults_are_stripped() -> None:
    names = [p.name for p in PASSES]
    assert names.index("response_nullable") == names.index("strip_server_defaults") - 1
    assert names.index("response_nullable") > names.index("dedupe_hoisted")


def test_the_committed_data_file_names_the_issue_cases() -> None:
    data = load_data(response_nullable.DATA)
    assert "usage" in data["sdk"]["Response"]
    assert data["observed"]["RunObject"] == ("instructions",)
    assert data["absent_lists"]["CreateChatCompletionStreamResponse"] == ("choices",)


def test_sdk_section_is_what_derive_nullable_produces() -> None:
    """The `sdk:` section is reproducible from the installed SDK (review diffs, not drift)."""
    from scripts.codegen.normalize.derive_nullable import derive_pinned

    data = load_data(response_nullable.DATA)
    assert {k: list(v) for k, v in data["sdk"].items()} == derive_pinned()


def test_derive_records_required_fields_the_sdk_model_lacks() -> None:
    """A field we require that the SDK model lacks (the live API omits it) reads None."""
    from pydantic import BaseModel

    from scripts.codegen.normalize.derive_nullable import Walker

    class Event(BaseModel):
        item_id: str
        note: str | None = None

    spec = {
        "components": {
            "schemas": {
                "Event": {
                    "type": "object",
                    "required": ["item_id", "name", "note"],
                    "properties": {
                        "item_id": {"type": "string"},
                        "name": {"type": "string"},
                        "note": {"type": "string"},
                    },
                }
            }
        }
    }
    walker = Walker(spec)
    walker.pair(Event, ref("Event"))
    assert walker.found == {"Event": {"name", "note"}}
