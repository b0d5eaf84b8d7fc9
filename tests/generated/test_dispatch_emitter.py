"""Unit test of the dispatch emitter's union discovery over a small spec fragment."""

from __future__ import annotations

from typing import Any

from scripts.codegen.dispatch import find_root_unions


def obj(type_value: str | None, **props: Any) -> dict[str, Any]:
    properties = dict(props)
    if type_value is not None:
        properties["type"] = {"type": "string", "const": type_value}
    return {"type": "object", "properties": properties}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "A": obj("a"),
            "B": obj("b"),
            "In": obj("message", role={"type": "string", "enum": ["user"]}),
            "Out": obj("message", role={"type": "string", "enum": ["assistant"]}),
            "Loose": obj(None, x={"type": "string"}),
            "Inner": {"oneOf": [ref("A"), ref("B")]},
            "Outer": {
                "anyOf": [ref("Inner"), ref("In"), ref("Out"), ref("Loose")],
                "discriminator": {"propertyName": "type"},
            },
            "Inferred": {"oneOf": [ref("A"), ref("B")]},
            "Scalars": {"anyOf": [{"type": "string"}, ref("A")]},
            "NoKey": {"anyOf": [ref("Loose"), ref("Loose")]},
        }
    }
}


def test_root_unions_flatten_members_and_share_values() -> None:
    unions = {u.name: u for u in find_root_unions(SPEC)}
    assert set(unions) == {"Inferred", "Inner", "Outer"}
    outer = unions["Outer"]
    assert outer.key == "type"
    assert outer.table == {"a": ["A"], "b": ["B"], "message": ["In", "Out"]}
    assert outer.rest == ["Loose"]
    assert unions["Inferred"].key == "type"  # no discriminator keyword: a const in every member
