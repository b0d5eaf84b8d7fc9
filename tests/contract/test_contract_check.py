"""The drift report on a tiny spec and a hand-made cassette."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.contract_check import check, main, undeclared_fields

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "tiny", "version": "1"},
    "servers": [{"url": "https://api.example.com/v1"}],
    "paths": {
        "/things/{thing_id}": {
            "post": {
                "operationId": "updateThing",
                "parameters": [
                    {
                        "name": "thing_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {"name": "dry_run", "in": "query", "schema": {"type": "boolean"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/ThingUpdate"}}
                    },
                },
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "ThingUpdate": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            },
            "Thing": {
                "type": "object",
                "required": ["id", "count"],
                "properties": {
                    "id": {"type": "string"},
                    "count": {"type": "integer"},
                    "note": {"type": "string", "nullable": True},
                },
            },
        }
    },
}


def _cassette(tmp_path: Path, *, path: str = "/v1/things/t1?dry_run=true") -> Path:
    folder = tmp_path / "cassettes"
    folder.mkdir()
    interaction = {
        "request": {
            "method": "POST",
            "uri": f"https://api.example.com{path}",
            "body": json.dumps({"name": "x"}),
            "headers": {"content-type": ["application/json"]},
        },
        "response": {
            "status": {"code": 200, "message": "OK"},
            "headers": {"content-type": ["application/json"]},
            "body": {"string": json.dumps({"id": "t1", "count": 3, "note": None})},
        },
    }
    (folder / "updateThing.yaml").write_text(
        yaml.safe_dump({"interactions": [interaction], "version": 1})
    )
    return folder


def _write(tmp_path: Path, name: str, spec: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(spec))
    return path


def test_a_matching_cassette_has_no_problem(tmp_path: Path) -> None:
    assert check(SPEC, _cassette(tmp_path)) == []


def test_breaking_changes_are_listed(tmp_path: Path) -> None:
    new = copy.deepcopy(SPEC)
    schemas = new["components"]["schemas"]
    schemas["Thing"]["properties"]["count"] = {"type": "string"}  # response type changed
    schemas["ThingUpdate"]["required"].append("kind")  # new required request field
    new["paths"]["/things/{thing_id}"]["post"]["parameters"].pop()  # query parameter removed
    problems = {(p.where, p.message) for p in check(new, _cassette(tmp_path))}
    assert ("request query", "parameter 'dry_run' is not declared") in problems
    assert ("request body", "(root): 'kind' is a required property") in problems
    assert ("response body", "count: 3 is not of type 'string'") in problems


def test_a_removed_operation_is_reported(tmp_path: Path) -> None:
    problems = check(SPEC, _cassette(tmp_path, path="/v1/gone/t1"))
    assert [p.message for p in problems] == ["POST /v1/gone/t1 is not in the spec"]


def test_cli_fails_only_on_new_breakage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cassettes = _cassette(tmp_path)
    base = _write(tmp_path, "base.yml", SPEC)
    same = ["--base", str(base), "--cassettes", str(cassettes)]
    assert main([*same, "--spec", str(base)]) == 0
    new = copy.deepcopy(SPEC)
    new["components"]["schemas"]["Thing"]["required"].append("owner")
    assert main([*same, "--spec", str(_write(tmp_path, "new.yml", new))]) == 1
    out = capsys.readouterr().out
    assert "NEW breakage: 1 in 1 cassette(s)" in out
    assert "'owner' is a required property" in out


def test_pinned_cassettes_are_clean_against_the_pinned_spec(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`make contract-check` on the committed cassettes passes."""
    assert main([]) == 0, capsys.readouterr().out


def test_a_response_field_the_new_spec_drops_is_breakage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy.deepcopy(SPEC)
    del new["components"]["schemas"]["Thing"]["properties"]["note"]
    cassettes = _cassette(tmp_path)
    assert check(SPEC, cassettes, fields=True) == []
    problems = check(new, cassettes, fields=True)
    assert [(p.where, p.message) for p in problems] == [
        ("response field", "/note is no longer declared")
    ]
    base = _write(tmp_path, "base.yml", SPEC)
    argv = [
        "--base",
        str(base),
        "--cassettes",
        str(cassettes),
        "--spec",
        str(_write(tmp_path, "n.yml", new)),
    ]
    assert main(argv) == 1
    assert "/note is no longer declared" in capsys.readouterr().out


def test_undeclared_fields_look_into_lists_and_unions() -> None:
    spec: dict[str, Any] = {
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {"kind": {"const": "a"}, "x": {"type": "string"}},
                },
                "B": {
                    "type": "object",
                    "properties": {"kind": {"const": "b"}, "y": {"type": "string"}},
                },
            }
        }
    }
    schema = {
        "type": "array",
        "items": {
            "anyOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]
        },
    }
    instance = [{"kind": "a", "x": "1"}, {"kind": "b", "y": "2", "z": 3}]
    assert undeclared_fields(spec, schema, instance) == ["[]/z"]
