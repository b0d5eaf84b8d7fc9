"""Each normalizer pass on a small spec fragment (construct in, fixed construct out)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scripts.codegen.normalize import PASSES, Context, NormalizeError, normalize
from scripts.codegen.normalize.passes import (
    binary_media,
    catch_all_last,
    constraint_unions,
    dedupe_hoisted,
    download_binary,
    drop_noise,
    flatten_allof,
    flatten_unions,
    hoist_inline,
    infer_type,
    invalid_defaults,
    nullable,
    recursive_ref,
    ref_siblings,
    single_encoding,
    single_value_const,
    strip_titles,
    tag_untagged,
)

CTX = Context()


def doc(
    schemas: dict[str, Any] | None = None, paths: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
    }


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def test_registry_names_unique_and_documented() -> None:
    names = [p.name for p in PASSES]
    assert len(names) == len(set(names))
    for p in PASSES:
        for word in ("Construct", "Failure", "Fix", "Precision lost"):
            assert word in p.doc, (p.name, word)


def test_normalize_is_deterministic_and_leaves_input_alone() -> None:
    raw = doc({"A": {"type": "object", "properties": {"e": {"enum": ["x", "y"]}}}})
    before = copy.deepcopy(raw)
    first = normalize(raw)
    second = normalize(raw)
    assert raw == before
    assert first.spec == second.spec
    assert list(first.changes) == [p.name for p in PASSES]


def test_drop_noise() -> None:
    spec = doc({"A": {"type": "string", "example": "x", "x-stainless-const": True}})
    spec["x-oaiMeta"] = {}
    spec["paths"] = {"/a": {"get": {"operationId": "a", "x-oaiMeta": {}, "responses": {}}}}
    changes = drop_noise.run(spec, CTX)
    assert spec["components"]["schemas"]["A"] == {"type": "string"}
    assert "x-oaiMeta" not in spec and "x-oaiMeta" not in spec["paths"]["/a"]["get"]
    assert changes.total == 4


def test_recursive_ref() -> None:
    filt = {
        "$recursiveAnchor": True,
        "type": "object",
        "properties": {
            "filters": {"type": "array", "items": {"oneOf": [ref("C"), {"$recursiveRef": "#"}]}}
        },
    }
    spec = doc({"Compound": filt})
    recursive_ref.run(spec, CTX)
    members = spec["components"]["schemas"]["Compound"]["properties"]["filters"]["items"]["oneOf"]
    assert members[1] == ref("Compound")
    assert "$recursiveAnchor" not in spec["components"]["schemas"]["Compound"]


def test_ref_siblings() -> None:
    props = {
        "usage": {**ref("U"), "nullable": True, "description": "d"},
        "plain": {**ref("U"), "description": "d", "default": 1},
    }
    spec = doc({"A": {"type": "object", "properties": props}})
    changes = ref_siblings.run(spec, CTX)
    assert props["usage"] == {"anyOf": [ref("U"), {"type": "null"}]}
    assert props["plain"] == ref("U")
    assert changes.counts["nullable $ref -> anyOf null"] == 1


def test_flatten_allof_merges_objects_later_part_wins() -> None:
    base = {
        "type": "object",
        "properties": {"a": {"type": "integer"}, "b": {"type": "string"}},
        "required": ["a"],
    }
    child = {
        "allOf": [
            ref("Base"),
            {"type": "object", "properties": {"b": {"enum": ["x"]}}, "required": ["b"]},
        ]
    }
    spec = doc({"Base": base, "Child": child})
    flatten_allof.run(spec, CTX)
    out = spec["components"]["schemas"]["Child"]
    assert out["type"] == "object"
    assert out["properties"] == {"a": {"type": "integer"}, "b": {"enum": ["x"]}}
    assert out["required"] == ["a", "b"]
    assert spec["components"]["schemas"]["Base"] == base


def test_flatten_allof_nullable_union_and_single_ref() -> None:
    union = {"anyOf": [{"type": "string"}, ref("X")]}
    props = {
        "choice": {"allOf": [ref("U"), {"nullable": True}]},
        "single": {"allOf": [ref("X")]},
    }
    spec = doc({"U": union, "X": {"type": "object"}, "A": {"type": "object", "properties": props}})
    flatten_allof.run(spec, CTX)
    assert props["choice"] == {"anyOf": [{"type": "string"}, ref("X"), {"type": "null"}]}
    assert props["single"] == ref("X")


def test_flatten_allof_refuses_union_mixed_with_objects() -> None:
    spec = doc(
        {
            "U": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            "A": {"allOf": [ref("U"), {"type": "object", "properties": {"p": {"type": "string"}}}]},
        }
    )
    with pytest.raises(NormalizeError, match="allOf over a union"):
        flatten_allof.run(spec, CTX)


def test_nullable() -> None:
    props = {
        "reason": {
            "type": "string",
            "enum": ["stop", "length"],
            "nullable": True,
            "description": "d",
        },
        "u": {"anyOf": [{"type": "string"}, {"type": "integer"}], "nullable": True},
        "t": {"type": ["integer", "null"]},
        "e": {"enum": ["a", None]},
        "no": {"type": "string", "nullable": False},
    }
    spec = doc({"A": {"type": "object", "properties": props}})
    nullable.run(spec, CTX)
    assert props["reason"] == {
        "anyOf": [{"type": "string", "enum": ["stop", "length"]}, {"type": "null"}],
        "description": "d",
    }
    assert props["u"]["anyOf"][-1] == {"type": "null"}
    assert props["t"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    assert props["e"] == {"anyOf": [{"enum": ["a"]}, {"type": "null"}]}
    assert props["no"] == {"type": "string"}


def test_constraint_unions() -> None:
    schema = {
        "properties": {"file_ids": {"type": "array"}, "files": {"type": "array"}},
        "anyOf": [{"required": ["file_ids"]}, {"required": ["files"]}],
        "not": {"required": ["x"]},
    }
    real = {"anyOf": [{"type": "string"}, {"required": ["a"]}]}
    spec = doc({"A": schema, "B": real})
    constraint_unions.run(spec, CTX)
    assert "anyOf" not in schema and "not" not in schema
    assert schema["type"] == "object"
    assert spec["components"]["schemas"]["B"] == real


def test_infer_type() -> None:
    spec = doc(
        {
            "A": {"properties": {"x": {"type": "string"}}},
            "B": {"items": {"type": "string"}},
            "C": {"description": "anything"},
        }
    )
    changes = infer_type.run(spec, CTX)
    schemas = spec["components"]["schemas"]
    assert schemas["A"]["type"] == "object"
    assert schemas["B"]["type"] == "array"
    assert "type" not in schemas["C"]
    assert changes.total == 2


def test_invalid_defaults() -> None:
    spec = doc(
        {
            "A": {"type": "string", "enum": ["auto"], "default": ["auto"]},
            "B": {"type": "string", "default": "ok"},
            "C": {"type": "array", "items": {"type": "string"}, "default": ["a"]},
        }
    )
    changes = invalid_defaults.run(spec, CTX)
    schemas = spec["components"]["schemas"]
    assert "default" not in schemas["A"]
    assert schemas["B"]["default"] == "ok" and schemas["C"]["default"] == ["a"]
    assert changes.total == 1


def test_binary_media() -> None:
    op = {
        "operationId": "call",
        "requestBody": {"content": {"application/sdp": {"schema": {"type": "string"}}}},
        "responses": {
            "201": {"content": {"application/sdp": {"schema": {"type": "string"}}}},
            "200": json_body({"type": "string"}),
        },
    }
    spec = doc(paths={"/calls": {"post": op}})
    binary_media.run(spec, CTX)
    assert op["requestBody"]["content"]["application/sdp"]["schema"]["format"] == "binary"
    assert op["responses"]["201"]["content"]["application/sdp"]["schema"]["format"] == "binary"
    assert "format" not in op["responses"]["200"]["content"]["application/json"]["schema"]


def test_download_binary() -> None:
    files = {"operationId": "f", "responses": {"200": json_body({"type": "string"})}}
    empty = {"operationId": "c", "responses": {"200": {"description": "ok"}}}
    obj = {"operationId": "v", "responses": {"200": json_body(ref("Page"))}}
    spec = doc(
        paths={
            "/files/{id}/content": {"get": files},
            "/c/{id}/content": {"get": empty},
            "/v/content": {"get": obj},
        }
    )
    changes = download_binary.run(spec, CTX)
    binary = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    assert files["responses"]["200"]["content"] == binary
    assert empty["responses"]["200"]["content"] == binary
    assert obj["responses"]["200"]["content"] == json_body(ref("Page"))["content"]
    assert changes.total == 2


def test_single_encoding() -> None:
    upload = {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}
    plain = {"type": "object", "properties": {"input": {"type": "string"}}}

    def op(*ctypes: str, schema: str) -> dict[str, Any]:
        return {
            "requestBody": {"content": {c: {"schema": ref(schema)} for c in ctypes}},
            "responses": {},
        }

    multi = op("application/json", "multipart/form-data", schema="Upload")
    form = op("application/json", "application/x-www-form-urlencoded", schema="Plain")
    distinct = {
        "requestBody": {
            "content": {
                "application/json": {"schema": ref("Plain")},
                "multipart/form-data": {"schema": ref("Upload")},
            }
        },
        "responses": {},
    }
    spec = doc(
        {"Upload": upload, "Plain": plain},
        {"/u": {"post": multi}, "/f": {"post": form}, "/d": {"post": distinct}},
    )
    single_encoding.run(spec, CTX)
    assert list(multi["requestBody"]["content"]) == ["multipart/form-data"]
    assert list(form["requestBody"]["content"]) == ["application/json"]
    assert len(distinct["requestBody"]["content"]) == 2


def test_tag_untagged() -> None:
    paths = {
        "/responses": {"post": {"tags": ["Responses"], "responses": {}}},
        "/responses/compact": {"post": {"responses": {}}},
        "/containers": {"get": {"responses": {}}},
        "/organization/admin_api_keys": {"get": {"responses": {}}},
    }
    spec = doc(paths=paths)
    tag_untagged.run(spec, CTX)
    assert paths["/responses/compact"]["post"]["tags"] == ["Responses"]
    assert paths["/containers"]["get"]["tags"] == ["Containers"]
    assert paths["/organization/admin_api_keys"]["get"]["tags"] == ["Admin Api Keys"]


def test_flatten_unions() -> None:
    props = {
        "nested": {
            "anyOf": [
                {"type": "string"},
                {"oneOf": [ref("A"), {"type": "null"}]},
                {"type": "string"},
            ]
        },
        "single": {"anyOf": [{"type": "string", "maxLength": 3}], "description": "d"},
        "lone_ref": {"oneOf": [ref("A")], "description": "d"},
    }
    spec = doc({"A": {"type": "object"}, "P": {"type": "object", "properties": props}})
    flatten_unions.run(spec, CTX)
    assert props["nested"] == {"anyOf": [{"type": "string"}, ref("A"), {"type": "null"}]}
    assert props["single"] == {"type": "string", "maxLength": 3, "description": "d"}
    assert props["lone_ref"] == ref("A")


def test_single_value_const_not_for_union_members() -> None:
    member = {"type": "string", "enum": ["auto"]}
    props = {
        "type": {"type": "string", "enum": ["function"]},
        "choice": {"anyOf": [member, ref("Only")]},
    }
    spec = doc(
        {
            "Only": {"type": "string", "enum": ["x"]},
            "Solo": {"type": "string", "enum": ["y"]},
            "Int": {"type": "integer", "enum": [24000]},
            "P": {"type": "object", "properties": props},
        }
    )
    single_value_const.run(spec, CTX)
    schemas = spec["components"]["schemas"]
    assert props["type"] == {"type": "string", "const": "function", "default": "function"}
    assert member == {"type": "string", "enum": ["auto"]}
    assert schemas["Only"] == {"type": "string", "enum": ["x"]}
    assert schemas["Solo"]["const"] == "y"
    assert schemas["Int"] == {"type": "integer", "enum": [24000]}


def test_catch_all_last() -> None:
    union = {"anyOf": [ref("Loose"), {"type": "null"}, ref("Strict"), ref("Typed")]}
    spec = doc(
        {
            "Loose": {"type": "object", "properties": {"a": {"type": "string"}}},
            "Strict": {
                "type": "object",
                "properties": {"b": {"type": "string"}},
                "required": ["b"],
            },
            "Typed": {"type": "object", "properties": {"type": {"const": "t"}}},
            "U": union,
        }
    )
    catch_all_last.run(spec, CTX)
    assert union["anyOf"] == [ref("Strict"), ref("Typed"), ref("Loose"), {"type": "null"}]


def test_hoist_inline_names_and_refs() -> None:
    props = {
        "status": {"type": "string", "enum": ["a", "b"]},
        "items": {
            "type": "array",
            "items": {"type": "object", "properties": {"x": {"type": "string"}}},
        },
        "tool": {
            "oneOf": [
                {
                    "type": "object",
                    "title": "Function tool",
                    "properties": {"f": {"type": "string"}},
                },
                {"type": "object", "properties": {"type": {"const": "web_search"}}},
                {"type": "string", "enum": ["none", "auto"]},
            ]
        },
        "maybe": {
            "anyOf": [
                {"type": "object", "properties": {"y": {"type": "integer"}}},
                {"type": "null"},
            ]
        },
    }
    paths = {
        "/x/{kind}": {
            "post": {
                "operationId": "doThing",
                "parameters": [
                    {
                        "name": "order",
                        "in": "query",
                        "schema": {"type": "string", "enum": ["asc", "desc"]},
                    }
                ],
                "requestBody": json_body(
                    {"type": "object", "properties": {"q": {"type": "string"}}}
                ),
                "responses": {
                    "200": json_body({"type": "object", "properties": {"r": {"type": "string"}}})
                },
            }
        }
    }
    spec = doc(
        {"Model": {"type": "object", "properties": props}, "ModelStatus": {"type": "string"}}, paths
    )
    hoist_inline.run(spec, Context(reserved_names=frozenset({"ModelMaybe"})))
    schemas = spec["components"]["schemas"]
    assert props["status"] == ref("ModelStatus2")  # "ModelStatus" is taken by a component
    assert props["items"]["items"] == ref("ModelItemsItem")
    assert props["tool"]["oneOf"] == [
        ref("ModelToolFunctionTool"),
        ref("ModelToolWebSearch"),
        ref("ModelToolEnum"),
    ]
    assert props["maybe"]["anyOf"][0] == ref("ModelMaybe2")  # reserved name skipped
    op = paths["/x/{kind}"]["post"]
    assert op["parameters"][0]["schema"] == ref("DoThingOrder")
    assert op["requestBody"]["content"]["application/json"]["schema"] == ref("DoThingBody")
    assert op["responses"]["200"]["content"]["application/json"]["schema"] == ref("DoThingResponse")
    assert schemas["ModelStatus2"]["enum"] == ["a", "b"]


def test_dedupe_hoisted_merges_same_shape_same_name_part() -> None:
    shape = {"type": "string", "enum": ["asc", "desc"]}
    spec = doc(
        {
            "ListAOrder": {**shape, hoist_inline.HOISTED: "Order"},
            "ListBOrder": {**shape, hoist_inline.HOISTED: "Order"},
            "ListBSort": {**shape, hoist_inline.HOISTED: "Sort"},
            "Original": dict(shape),
            "Use": {
                "type": "object",
                "properties": {"o": ref("ListBOrder"), "s": ref("ListBSort")},
            },
        }
    )
    changes = dedupe_hoisted.run(spec, CTX)
    schemas = spec["components"]["schemas"]
    assert "ListBOrder" not in schemas and "ListBSort" in schemas and "Original" in schemas
    assert schemas["Use"]["properties"]["o"] == ref("ListAOrder")
    assert all(hoist_inline.HOISTED not in s for s in schemas.values())
    assert changes.total == 1


def test_strip_titles() -> None:
    spec = doc(
        {
            "A": {
                "title": "FileSearch tool",
                "type": "object",
                "properties": {"p": {"title": "P", "type": "string"}},
            }
        }
    )
    changes = strip_titles.run(spec, CTX)
    assert spec["components"]["schemas"]["A"] == {
        "type": "object",
        "properties": {"p": {"type": "string"}},
    }
    assert changes.total == 2
