"""Deliberately invalid request bodies: proof that a validator really checks a schema."""

from __future__ import annotations

from typing import Any

from scripts.contract.samples import sample
from scripts.contract.spec import Schema, Spec, resolve

JSON = "application/json"
FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")


def _object_view(spec: Spec, schema: Any) -> Schema:
    """Properties and `required` of an object schema, through `allOf`."""
    node = resolve(spec, schema)
    props: dict[str, Any] = dict(node.get("properties", {}))
    required: list[str] = list(node.get("required", []))
    for member in node.get("allOf", []):
        inner = _object_view(spec, member)
        props.update(inner["properties"])
        required += inner["required"]
    return {
        "properties": props,
        "required": required,
        "closed": node.get("additionalProperties") is False,
    }


# Values of every JSON type: one of them is wrong for any property that is not `{}`.
WRONG_JSON: tuple[Any, ...] = (12345, "not-a-number", {"unexpected": True}, [12345], True)


def _wrong_form(spec: Spec, schema: Any) -> str | None:
    node = resolve(spec, schema)
    if "enum" in node:
        return "not-a-valid-enum-value"
    if node.get("type") in ("integer", "number"):
        return "not-a-number"
    if node.get("type") == "boolean":
        return "maybe"
    return None


def invalid_bodies(spec: Spec, media_type: str, schema: Any) -> list[tuple[str, Any]]:
    """Candidate invalid bodies for one request body, strongest proof first: (why, body).

    JSON: a body missing the required properties, a property of the wrong type, a number
    where an object belongs (callers keep the ones their own validator rejects). Forms (values arrive as strings): missing required fields, an
    unknown enum value, a non-numeric number, an unknown field when the schema is closed.
    """
    view = _object_view(spec, schema)
    out: list[tuple[str, Any]] = []
    if media_type == JSON:
        valid = sample(spec, schema)
        if view["required"]:
            out.append((f"missing required {view['required'][0]!r}", {}))
        for name in view["properties"]:
            if isinstance(valid, dict):
                out += [(f"{name!r}={bad!r}", {**valid, name: bad}) for bad in WRONG_JSON]
        out.append(("a number instead of the body", 12345))
    elif media_type in FORMS:
        if view["required"]:
            out.append((f"missing required {view['required'][0]!r}", {"unrelated": "x"}))
        for name, prop in view["properties"].items():
            wrong = _wrong_form(spec, prop)
            if wrong is not None:
                out.append((f"{name!r}={wrong!r}", {name: wrong}))
        if view["closed"]:
            out.append(("an unknown field in a closed schema", {"not_a_field": "x"}))
    return out
