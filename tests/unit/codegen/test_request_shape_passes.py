"""Pass `server_fields`, and the facade's merged JSON/multipart keywords."""

from __future__ import annotations

from typing import Any

from scripts.codegen.facade.plan import Param, _merge_bodies, _union
from scripts.codegen.normalize import PASSES, Context
from scripts.codegen.normalize.passes import server_fields


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"paths": paths, "components": {"schemas": schemas or {}}}


def _request_spec(
    request: dict[str, Any], resource: dict[str, Any] | None = None
) -> dict[str, Any]:
    body = {"content": {"application/json": {"schema": _ref("ThingCreateRequest")}}}
    schemas = {"ThingCreateRequest": request}
    if resource is not None:
        schemas["Thing"] = resource
    return _spec({"/things": {"post": {"requestBody": body, "responses": {}}}}, schemas)


def test_server_made_field_leaves_required_and_resource_inputs_join() -> None:
    request = {
        "type": "object",
        "required": ["secret", "name"],
        "properties": {
            "secret": {"type": "object", "description": "Key returned by the API."},
            "name": {"type": "string"},
        },
    }
    resource = {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "object": {"type": "string"},
            "created_at": {"type": "integer"},
            "model": {"type": "string"},
            "name": {"type": "integer"},  # the request's own declaration wins
            "token": {"type": "string", "readOnly": True},
        },
    }
    spec = _request_spec(request, resource)
    changes = server_fields.run(spec, Context())
    out = spec["components"]["schemas"]["ThingCreateRequest"]
    assert out["required"] == ["name"]
    assert set(out["properties"]) == {"secret", "name", "model"}
    assert out["properties"]["name"] == {"type": "string"}
    assert changes.counts == {"server field not required": 1, "input from Thing": 1}


def test_read_only_field_not_required_but_no_copy() -> None:
    request = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string", "readOnly": True}},
    }
    spec = _request_spec(request, {"type": "object", "properties": {"model": {"type": "string"}}})
    server_fields.run(spec, Context())
    out = spec["components"]["schemas"]["ThingCreateRequest"]
    assert "required" not in out and set(out["properties"]) == {"id"}


def test_plain_requests_untouched() -> None:
    request = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    spec = _request_spec(dict(request), {"type": "object", "properties": {"model": {}}})
    assert server_fields.run(spec, Context()).total == 0
    assert spec["components"]["schemas"]["ThingCreateRequest"] == request


def test_registered_and_documented() -> None:
    for p in (server_fields.PASS,):
        assert p in PASSES
        for word in ("Construct", "Failure", "Fix", "Precision lost"):
            assert word in p.doc


def test_merged_keywords_of_json_and_multipart_bodies() -> None:
    multipart = [Param("image", "image", "File | list[File]", True),
                 Param("prompt", "prompt", "str", True),
                 Param("mask", "mask", "File | Unset", False)]  # fmt: skip
    json_body = [Param("images", "images", "list[Ref]", True),
                 Param("prompt", "prompt", "str", True),
                 Param("mask", "mask", "Ref | Unset", False)]  # fmt: skip
    merged = {p.wire: p for p in _merge_bodies([multipart, json_body])}
    assert list(merged) == ["image", "prompt", "mask", "images"]
    assert merged["prompt"].required  # required by both
    assert not merged["image"].required and not merged["images"].required  # one model each
    assert merged["mask"].annotation == "File | Ref | Unset"
    assert _union("A | Unset", "B | A") == "A | B | Unset"
