"""Realistic-looking values from a JSON schema of the spec.

Not the smallest valid value (the contract tools' sampler does that) but what a person
expects to read: ids with the API's prefixes, timestamps from the fake's clock, model names,
sentences instead of ``"string"``, a finished status where the enum has one. Objects carry
their required properties; arrays one item (none past a nesting depth, so recursive schemas
end). Overrides lay caller-chosen fields over a generated object.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from ._ids import Ids, prefix_for_field, prefix_for_object, prefix_for_type
from ._spec import FakeSpec, Schema

__all__ = ["SAMPLE_TEXT", "Values"]

SAMPLE_TEXT = "Hello from the fake OpenAI server."
_FINISHED = ("completed", "succeeded", "processed", "active", "stop", "ready")
_MAX_DEPTH = 14
_STRING_HINTS = {
    "model": "gpt-4o-mini",
    "name": "example",
    "filename": "example.jsonl",
    "email": "user@example.com",
    "instructions": "Answer in one sentence.",
    "language": "english",
    "voice": "alloy",
    "purpose": "assistants",
    "mime_type": "text/plain",
    "system_fingerprint": "fp_fake0001",
    "service_tier": "default",
    "arguments": "{}",
    "version": "1",
    "currency": "usd",
    "city": "Paris",
    "location": "Paris, France",
    "country": "France",
    "unit": "celsius",
    "query": "hello",
    "title": "Example title",
    "description": "An example description.",
}
_TEXT_NAMES = frozenset(
    {"text", "content", "message", "output", "transcript", "delta", "summary", "prompt", "input"}
)
# Nullable fields a healthy answer leaves null (no error, nothing pending).
_USUALLY_NULL = frozenset(
    {
        "error",
        "last_error",
        "incomplete_details",
        "required_action",
        "status_details",
        "refusal",
        "cancelled_at",
        "failed_at",
        "expired_at",
        "incomplete_at",
        "cancelling_at",
        "error_file_id",
    }
)
_FORMATS = {
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "email": "user@example.com",
    "uuid": "3f1c2a9e-5b7d-4e21-9c3a-0d8e6f4b2a17",
    "byte": "aGVsbG8=",
    "binary": "binary-data",
}


class Values:
    """Values for schemas of one ``FakeSpec``, ids from ``ids``, times from ``now``."""

    def __init__(self, spec: FakeSpec, ids: Ids, now: Callable[[], float]) -> None:
        self._spec = spec
        self._ids = ids
        self._now = now

    def make(self, component: str, **overrides: Any) -> dict[str, Any]:
        """An instance of component schema ``component`` with ``overrides`` laid over it."""
        value = self.value({"$ref": f"#/components/schemas/{component}"})
        if not isinstance(value, dict):
            raise TypeError(f"{component} is not an object schema")
        value.update(overrides)
        return value

    def value(self, schema: Schema, *, name: str = "") -> Any:
        """An instance of ``schema`` (``name`` is the property it is for, a hint)."""
        return self._value(schema, name, 0)

    # one method per kind of schema node

    def _value(self, schema: Schema, name: str, depth: int) -> Any:
        node, component = self._spec.resolve(schema)
        if node is True or node == {} or node is None:
            return self._string({}, name)
        if "const" in node:
            return node["const"]
        if "enum" in node:
            return _pick(node["enum"], name)
        if "allOf" in node:
            flat = self._flatten(node)
            if flat is not None:
                return self._object(flat, component, depth)
            return self._value(node["allOf"][-1], name, depth + 1)
        for key in ("oneOf", "anyOf"):
            if key in node:
                return self._union(node, node[key], name, component, depth)
        kind = node.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in node else "array" if "items" in node else "string"
        if kind == "object":
            return self._object(node, component, depth)
        if kind == "array":
            return self._array(node, name, depth)
        if kind == "string":
            return self._string(node, name)
        if kind == "integer":
            return int(self._number(node, name, integer=True))
        if kind == "number":
            return self._number(node, name, integer=False)
        if kind == "boolean":
            return name in ("deleted", "success")
        return None

    def _union(
        self, node: dict[str, Any], members: list[Any], name: str, component: str | None, depth: int
    ) -> Any:
        if all(isinstance(m, dict) and set(m) == {"required"} for m in members):
            # `anyOf: [{required: [a]}, {required: [b]}]` beside properties: satisfy the first
            required = [*node.get("required", []), *members[0]["required"]]
            return self._object({**node, "required": required}, component, depth)
        real = [m for m in members if self._spec.resolve(m)[0] != {"type": "null"}]
        if not real or (len(real) < len(members) and name in _USUALLY_NULL):
            return None
        return self._value(real[0], name, depth + 1)

    def _flatten(self, node: dict[str, Any]) -> dict[str, Any] | None:
        props: dict[str, Any] = {}
        required: list[str] = []
        for member in [node, *node.get("allOf", [])]:
            resolved, _ = self._spec.resolve(member)
            if not isinstance(resolved, dict):
                return None
            if member is not node and "allOf" in resolved:
                inner = self._flatten(resolved)
                if inner is None:
                    return None
                resolved = inner
            elif member is not node and (
                resolved.get("type", "object") != "object"
                or "oneOf" in resolved
                or "anyOf" in resolved
            ):
                return None
            props.update(resolved.get("properties", {}))
            required += [r for r in resolved.get("required", []) if r not in required]
        return {"type": "object", "properties": props, "required": required}

    def _object(self, node: dict[str, Any], component: str | None, depth: int) -> dict[str, Any]:
        props: dict[str, Any] = node.get("properties", {})
        out: dict[str, Any] = {}
        object_type = _const(self._spec, props.get("object"))
        prefix = (
            prefix_for_object(object_type)
            if object_type
            else prefix_for_type(_const(self._spec, props.get("type")), component)
        )
        for key in node.get("required", []):
            if key == "id" and key in props and _is_plain_string(self._spec, props[key]):
                out[key] = self._ids.new(prefix)
            elif key in props:
                out[key] = self._value(props[key], key, depth + 1)
            else:
                extra = node.get("additionalProperties")
                out[key] = self._value(extra if isinstance(extra, dict) else {}, key, depth + 1)
        return out

    def _array(self, node: dict[str, Any], name: str, depth: int) -> list[Any]:
        low = int(node.get("minItems", 0))
        count = max(low, 1 if depth < _MAX_DEPTH else 0)
        if "maxItems" in node:
            count = min(count, int(node["maxItems"]))
        return [self._value(node.get("items", {}), name, depth + 1) for _ in range(count)]

    def _string(self, node: dict[str, Any], name: str) -> str:
        fmt = node.get("format")
        if fmt in ("date-time", "date"):
            moment = datetime.datetime.fromtimestamp(self._now(), tz=datetime.UTC)
            value = moment.date().isoformat() if fmt == "date" else moment.isoformat()
        elif name == "id" or name.endswith("_id"):
            value = self._ids.new(prefix_for_field(name))
        elif fmt in _FORMATS:
            value = _FORMATS[fmt]
        elif name in _STRING_HINTS:
            value = _STRING_HINTS[name]
        elif name in _TEXT_NAMES:
            value = SAMPLE_TEXT
        elif name.endswith("url"):
            value = "https://example.com/resource"
        else:
            value = (name.replace("_", " ").strip() or "value") + " value"
        low, high = int(node.get("minLength", 0)), node.get("maxLength")
        if len(value) < low:
            value += "x" * (low - len(value))
        if high is not None:
            value = value[: int(high)]
        return value

    def _number(self, node: dict[str, Any], name: str, *, integer: bool) -> float:
        if name.endswith("_at") or name in ("created", "timestamp"):
            return int(self._now())
        if "tokens" in name:
            guess: float = 12
        elif name == "bytes" or name.endswith("_bytes"):
            guess = 1024
        elif name in ("index", "sequence_number", "output_index", "content_index"):
            guess = 0
        else:
            guess = 1 if integer else 0.5
        low = node.get("minimum")
        high = node.get("maximum")
        if "exclusiveMinimum" in node and guess <= node["exclusiveMinimum"]:
            guess = node["exclusiveMinimum"] + (1 if integer else 0.5)
        if low is not None and guess < low:
            guess = low
        if "exclusiveMaximum" in node and guess >= node["exclusiveMaximum"]:
            guess = node["exclusiveMaximum"] - (1 if integer else 0.5)
        if high is not None and guess > high:
            guess = high
        return int(guess) if integer else float(guess)


def _pick(choices: list[Any], name: str) -> Any:
    real = [c for c in choices if c is not None]
    if not real:
        return None
    if name == "status":
        for finished in _FINISHED:
            if finished in real:
                return finished
    return real[0]


def _const(spec: FakeSpec, schema: Schema) -> str | None:
    node, _ = spec.resolve(schema)
    if not isinstance(node, dict):
        return None
    value = node.get("const")
    if value is None and isinstance(node.get("enum"), list) and len(node["enum"]) == 1:
        value = node["enum"][0]
    return value if isinstance(value, str) else None


def _is_plain_string(spec: FakeSpec, schema: Schema) -> bool:
    node, _ = spec.resolve(schema)
    return isinstance(node, dict) and node.get("type") == "string" and "enum" not in node
