"""Small, deterministic, schema-valid example values from OpenAPI schemas.

Used for the per-operation call arguments (`tests/contract/operations.yaml`) and the SSE
examples of the Prism-ready spec. It prefers what the spec itself suggests (`const`, `enum`,
`default`, `example`) and otherwise builds the smallest value that satisfies the schema:
required properties only, `minItems` items, the first non-null union member.
"""

from __future__ import annotations

from typing import Any

from scripts.contract.spec import Spec, resolve

# Property names whose generic "string" would be a useless argument.
NAME_HINTS: dict[str, Any] = {
    "model": "gpt-4o-mini",
    "voice": "alloy",
    "input": "Hello!",
    "prompt": "A small red circle",
    "content": "Hello!",
    "name": "example",
    "purpose": "assistants",
    "text": "Hello!",
    "instructions": "Be brief.",
    "query": "hello",
    "url": "https://example.com",
    "email": "user@example.com",
}
_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uri": "https://example.com",
    "url": "https://example.com",
    "email": "user@example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "binary": "binary-data",
    "byte": "aGVsbG8=",
}
MAX_DEPTH = 20


class SampleError(ValueError):
    """No example value could be built for a schema."""


def sample(spec: Spec, schema: Any, *, name: str = "", depth: int = 0) -> Any:
    """An example value for `schema` (a schema object of `spec`, `$ref`s allowed)."""
    if depth > MAX_DEPTH:
        raise SampleError(f"schema nesting deeper than {MAX_DEPTH} at {name!r}")
    node = resolve(spec, schema)
    if node is True or node == {}:
        return NAME_HINTS.get(name, "example")
    if not isinstance(node, dict):
        raise SampleError(f"not a schema: {node!r}")
    for key in ("const",):
        if key in node:
            return node[key]
    if "enum" in node:
        choices = [v for v in node["enum"] if v is not None]
        return choices[0] if choices else None
    if "allOf" in node:
        return _sample_all_of(spec, node, name, depth)
    for key in ("oneOf", "anyOf"):
        if key in node:
            constraints = _required_only(node[key])
            if constraints is not None and "properties" in node:
                # `anyOf: [{required: [a]}, {required: [b]}]` on an object: satisfy the first.
                extra = [r for r in constraints if r not in node.get("required", [])]
                return _sample_object(
                    spec, {**node, "required": [*node.get("required", []), *extra]}, depth
                )
            return _sample_union(spec, node[key], name, depth)
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else "null"
    if kind is None:
        kind = "object" if "properties" in node else "string"
    return _sample_typed(spec, node, kind, name, depth)


def _sample_typed(spec: Spec, node: dict[str, Any], kind: str, name: str, depth: int) -> Any:
    if kind == "null":
        return None
    if kind == "object":
        return _sample_object(spec, node, depth)
    if kind == "array":
        count = max(1, int(node.get("minItems", 1)))
        item = node.get("items", {})
        return [sample(spec, item, name=name, depth=depth + 1) for _ in range(count)]
    if "default" in node and node["default"] not in (None, ""):
        return node["default"]
    if kind == "boolean":
        return False
    if kind in ("integer", "number"):
        return _sample_number(node, kind)
    return _sample_string(node, name)


def _sample_number(node: dict[str, Any], kind: str) -> int | float:
    low = node.get("minimum", node.get("exclusiveMinimum"))
    high = node.get("maximum", node.get("exclusiveMaximum"))
    value: float = 1
    if low is not None and value <= low:
        value = low + (1 if "exclusiveMinimum" in node else 0)
    if high is not None and value >= high:
        value = high - (1 if "exclusiveMaximum" in node else 0)
    return int(value) if kind == "integer" else float(value)


def _sample_string(node: dict[str, Any], name: str) -> str:
    example = node.get("example")
    if isinstance(example, str) and "pattern" in node:
        return example
    fmt = node.get("format")
    value = _FORMATS.get(fmt, NAME_HINTS.get(name, "example")) if fmt else NAME_HINTS.get(name)
    if not isinstance(value, str):
        value = example if isinstance(example, str) and len(example) < 80 else "example"
    low = int(node.get("minLength", 0))
    high = node.get("maxLength")
    if len(value) < low:
        value = value + "x" * (low - len(value))
    if high is not None and len(value) > int(high):
        value = value[: int(high)]
    return value


def _sample_object(spec: Spec, node: dict[str, Any], depth: int) -> dict[str, Any]:
    props: dict[str, Any] = node.get("properties", {})
    out: dict[str, Any] = {}
    for key in node.get("required", []):
        if key in props:
            out[key] = sample(spec, props[key], name=key, depth=depth + 1)
        else:
            out[key] = NAME_HINTS.get(key, "example")
    return out


def _sample_all_of(spec: Spec, node: dict[str, Any], name: str, depth: int) -> Any:
    """Objects: merge every member's properties and `required` first (a member may require
    what another defines); anything else: the last member's value."""
    flat = _flatten_object(spec, node)
    if flat is not None:
        return _sample_object(spec, flat, depth)
    result: Any = None
    for member in node["allOf"]:
        result = sample(spec, member, name=name, depth=depth + 1)
    return result


def _flatten_object(spec: Spec, node: dict[str, Any]) -> dict[str, Any] | None:
    """One object schema from nested `allOf`s, or None when a member is not an object."""
    props: dict[str, Any] = {}
    required: list[str] = []
    for member in [node, *node.get("allOf", [])]:
        resolved = resolve(spec, member)
        if not isinstance(resolved, dict):
            return None
        if member is not node and "allOf" in resolved:
            inner = _flatten_object(spec, resolved)
            if inner is None:
                return None
            resolved = inner
        elif member is not node and resolved.get("type", "object") != "object":
            return None
        props.update(resolved.get("properties", {}))
        required += [r for r in resolved.get("required", []) if r not in required]
    return {"type": "object", "properties": props, "required": required}


def _required_only(members: list[Any]) -> list[str] | None:
    """The first member's `required` when every member only lists required properties."""
    if not members or not all(isinstance(m, dict) and set(m) == {"required"} for m in members):
        return None
    return list(members[0]["required"])


def _sample_union(spec: Spec, members: list[Any], name: str, depth: int) -> Any:
    """The first member that is not `null` and can be sampled."""
    last: Exception | None = None
    for member in members:
        resolved = resolve(spec, member)
        if isinstance(resolved, dict) and resolved.get("type") == "null":
            continue
        try:
            return sample(spec, member, name=name, depth=depth + 1)
        except SampleError as exc:  # a too-deep member: try the next one
            last = exc
    if last is not None:
        raise last
    return None
