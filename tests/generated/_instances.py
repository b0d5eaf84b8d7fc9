"""Deterministic schema-valid JSON instances from the normalized spec (test helper).

`InstanceMaker(spec, seed).make(schema)` walks a JSON schema (refs, unions, consts, enums,
objects, arrays, scalars) and builds one value that satisfies it; the seed fixes every
choice. Depth is bounded: past `max_depth`, optional properties are left out, arrays are
empty and unions prefer members that do not recurse (null, scalars).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from openapi_python_client.strings import ClassName

Schema = dict[str, Any]


class InstanceMaker:
    """Builds schema-valid instances of the components of one spec."""

    def __init__(self, spec: Schema, seed: int, *, max_depth: int = 5) -> None:
        self.schemas: dict[str, Schema] = spec["components"]["schemas"]
        self.rng = random.Random(seed)
        self.max_depth = max_depth

    def component(self, name: str) -> Any:
        """An instance of `#/components/schemas/<name>`."""
        return self.make(self.schemas[name], 0)

    def make(self, schema: Schema, depth: int = 0) -> Any:
        """An instance of `schema`."""
        if "$ref" in schema:
            return self.make(self.resolve(schema), depth + 1)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return self.rng.choice(schema["enum"])
        members = schema.get("oneOf") or schema.get("anyOf")
        if members:
            return self.make(self._choose(members, depth), depth)
        kind = schema.get("type")
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else None
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            count = 0 if depth >= self.max_depth else self.rng.randint(0, 2)
            items = schema.get("items") or {}
            return [self.make(items, depth + 1) for _ in range(count)]
        return self._scalar(kind, schema)

    def resolve(self, schema: Schema) -> Schema:
        """The schema a `$ref` points to."""
        return self.schemas[schema["$ref"].rsplit("/", 1)[-1]]

    def _choose(self, members: list[Schema], depth: int) -> Schema:
        if depth >= self.max_depth:
            shallow = [m for m in members if self._is_shallow(m)]
            if shallow:
                return self.rng.choice(shallow)
        return self.rng.choice(members)

    def _is_shallow(self, schema: Schema) -> bool:
        if "$ref" in schema:
            return False
        return schema.get("type") in ("null", "string", "integer", "number", "boolean")

    def _object(self, schema: Schema, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        required = set(schema.get("required") or [])
        for name, prop in (schema.get("properties") or {}).items():
            # Discriminators (consts) always: the API sends them, and without them the
            # data is ambiguous between look-alike union members.
            if (
                name in required
                or "const" in prop
                or (depth < self.max_depth and self.rng.random() < 0.5)
            ):
                out[name] = self.make(prop, depth + 1)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not schema.get("properties") and depth < self.max_depth:
            for i in range(self.rng.randint(0, 2)):
                out[f"key{i}"] = self.make(extra, depth + 1)
        return out

    def _scalar(self, kind: str | None, schema: Schema) -> Any:
        fmt = schema.get("format")
        if kind == "string":
            if fmt == "date-time":
                return "2024-05-06T07:08:09+00:00"
            if fmt == "date":
                return "2024-05-06"
            if fmt == "uuid":
                return "12345678-1234-5678-1234-567812345678"
            return f"s{self.rng.randint(0, 999)}"
        if kind == "integer":
            return self.rng.randint(0, 1000)
        if kind == "number":
            return self.rng.choice([0.5, 1.25, 42.0])
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind == "null":
            return None
        return {"any": [1, "two", None]}


def has_binary(
    schema: Schema, schemas: dict[str, Schema], seen: frozenset[str] = frozenset()
) -> bool:
    """True if a binary (file) field is reachable: such models are multipart bodies only."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return name not in seen and has_binary(schemas[name], schemas, seen | {name})
    if schema.get("format") == "binary":
        return True
    children: list[Schema] = [*(schema.get("properties") or {}).values()]
    children += schema.get("anyOf") or []
    children += schema.get("oneOf") or []
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            children.append(schema[key])
    return any(has_binary(child, schemas, seen) for child in children)


def class_name(component: str, overrides: dict[str, str]) -> str:
    """The generated class name of a component (the generator's own naming + overrides)."""
    return overrides.get(component) or str(ClassName(component, ""))


def object_components(spec: Schema) -> Iterator[str]:
    """Names of the components that are plain objects (not unions, enums or scalars)."""
    for name, schema in spec["components"]["schemas"].items():
        if schema.get("type") == "object" and not (schema.get("anyOf") or schema.get("oneOf")):
            yield name


WEIRD: tuple[Any, ...] = (
    None,
    "zzz_unlisted",
    12345,
    1.5,
    True,
    [],
    {"type": "brand_new_type"},
    [None],
)


def mutate(value: Any, rng: random.Random, rate: float = 0.3) -> Any:
    """A copy of `value` with API-style deviations sprinkled in at every level.

    In objects: a field replaced by a value of another JSON type (null, an unknown enum
    string, a number, a list, an unknown variant), a field removed, an unknown field added;
    in lists: an item replaced. Deterministic for a given `rng` state.
    """
    if isinstance(value, dict):
        out = {k: mutate(v, rng, rate) for k, v in value.items()}
        if out and rng.random() < rate:
            out[rng.choice(sorted(out))] = rng.choice(WEIRD)
        if out and rng.random() < rate:
            del out[rng.choice(sorted(out))]
        if rng.random() < rate:
            out["x_unknown_field"] = {"nested": [1, None, "a"]}
        return out
    if isinstance(value, list):
        items = [mutate(v, rng, rate) for v in value]
        if items and rng.random() < rate:
            items[rng.randrange(len(items))] = rng.choice(WEIRD)
        return items
    return value
