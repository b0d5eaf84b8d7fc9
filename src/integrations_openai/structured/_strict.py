"""OpenAI's strict-mode rules for JSON schemas: make a schema obey them, and check it does.

Structured Outputs (``response_format`` json_schema with ``strict: true``, strict function
tools) accept a subset of JSON Schema: the root is an object; every object lists all its
properties in ``required`` and sets ``additionalProperties: false`` (an optional field is a
union with ``null``); ``$ref`` stands alone (no sibling keywords) and points into ``$defs``
(or at the root, for recursion); only the keywords in ``SUPPORTED_KEYWORDS`` appear; and
nesting and property counts stay within ``MAX_DEPTH`` / ``MAX_PROPERTIES``.

``to_strict(schema)`` rewrites a schema (pydantic's, or ours) into that subset where a
faithful rewrite exists; ``strict_violations(schema)`` lists what still breaks a rule, and
``check_strict`` raises ``ConfigurationError`` naming them. Pure functions, no I/O.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from ..errors import ConfigurationError

__all__ = [
    "MAX_DEPTH",
    "MAX_PROPERTIES",
    "SUPPORTED_KEYWORDS",
    "check_strict",
    "strict_violations",
    "to_strict",
]

MAX_DEPTH = 10  # object nesting
MAX_PROPERTIES = 5000  # object properties across the whole schema
_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})
SUPPORTED_KEYWORDS = frozenset(
    {
        # structure
        "type", "properties", "required", "additionalProperties", "items", "anyOf",
        "enum", "const", "$ref", "$defs", "definitions",
        # annotations
        "title", "description", "default",
        # strings
        "pattern", "format",
        # numbers
        "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        # arrays
        "minItems", "maxItems",
    }
)  # fmt: skip
# Keywords that are dropped rather than refused: they only document. Pydantic's
# ``default: None`` of an optional field goes too (meaningless once every field is
# required and nullable); another default stays, as the official SDK sends it.
_DROPPED = frozenset({"examples", "readOnly", "writeOnly", "deprecated"})
_SCHEMA_MAPS = ("properties", "$defs", "definitions")


def to_strict(schema: dict[str, Any], *, optional_nullable: bool = True) -> dict[str, Any]:
    """A copy of ``schema`` rewritten to the strict subset (``check_strict`` it afterwards).

    Objects get ``additionalProperties: false`` and every property required (a property
    that was optional and has no ``null`` member becomes nullable, so the model may still
    leave it out by answering ``null``; one with a default stays as it is, as the official
    SDK sends it); a one-member ``allOf`` is merged into its parent; a ``$ref`` with sibling
    keywords is replaced by the merged definition; documentation keywords the API refuses
    (``examples``) and ``default: null`` are dropped.

    ``optional_nullable=False`` for pydantic's schemas: a property pydantic leaves out of
    ``required`` always has a default (``default_factory`` shows none), so it stays as it
    is, as the official SDK sends it.
    """
    root = copy.deepcopy(schema)
    _strictify(root, root, optional_nullable)
    return root


def _strictify(node: Any, root: dict[str, Any], optional_nullable: bool = True) -> None:
    if not isinstance(node, dict):
        return
    for key in _DROPPED & node.keys():
        del node[key]
    if "default" in node and node["default"] is None:
        del node["default"]
    for key in _SCHEMA_MAPS:
        for child in (node.get(key) or {}).values():
            _strictify(child, root, optional_nullable)
    if node.get("type") == "object" or "properties" in node:
        props: dict[str, Any] = node.setdefault("properties", {})
        required = set(node.get("required") or ())
        for name, prop in props.items():
            # A field with a default stays as it is (required, the model fills it in), as
            # the official SDK sends it; one without becomes nullable.
            if (
                optional_nullable
                and name not in required
                and isinstance(prop, dict)
                and prop.get("default") is None
                and not _nullable(prop, root)
            ):
                if isinstance(prop.get("anyOf"), list):
                    prop["anyOf"].append({"type": "null"})
                else:
                    props[name] = {"anyOf": [prop, {"type": "null"}]}
        node["required"] = list(props)
        node["additionalProperties"] = False
        node.setdefault("type", "object")
    items = node.get("items")
    if isinstance(items, dict):
        _strictify(items, root, optional_nullable)
    for key in ("anyOf", "oneOf"):
        for member in node.get(key) or ():
            _strictify(member, root, optional_nullable)
    if "oneOf" in node:
        # The members of a oneOf are disjoint or the schema is ambiguous either way.
        node.setdefault("anyOf", []).extend(node.pop("oneOf"))
    all_of = node.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1:
        del node["allOf"]
        member = all_of[0]
        _strictify(member, root, optional_nullable)
        node.update({k: v for k, v in member.items() if k not in node})
    if "$ref" in node and len(node) > 1:
        target = _resolve(root, node["$ref"])
        if target is not None:
            merged = {**copy.deepcopy(target), **{k: v for k, v in node.items() if k != "$ref"}}
            node.clear()
            node.update(merged)
            _strictify(node, root, optional_nullable)


def _nullable(prop: dict[str, Any], root: dict[str, Any]) -> bool:
    if "$ref" in prop:
        target = _resolve(root, prop["$ref"])
        return target is not None and _nullable(target, root)
    kind = prop.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    if None in (prop.get("enum") or ()):
        return True
    return any(isinstance(m, dict) and _nullable(m, root) for m in prop.get("anyOf") or ())


def _resolve(root: dict[str, Any], ref: object) -> dict[str, Any] | None:
    if not isinstance(ref, str) or not ref.startswith("#"):
        return None
    node: Any = root
    for part in (p for p in ref[1:].split("/") if p):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node if isinstance(node, dict) else None


def check_strict(schema: dict[str, Any], *, name: str = "schema") -> dict[str, Any]:
    """``schema`` itself if it obeys every strict rule, else ``ConfigurationError``."""
    problems = strict_violations(schema)
    if problems:
        listed = "; ".join(problems[:5]) + ("; ..." if len(problems) > 5 else "")
        raise ConfigurationError(f"{name} is not a valid strict JSON schema: {listed}")
    return schema


def strict_violations(schema: dict[str, Any]) -> list[str]:
    """Every strict-mode rule ``schema`` breaks, as ``"<json pointer>: <rule>"``."""
    problems: list[str] = []
    if schema.get("type") != "object" or "anyOf" in schema:
        problems.append("#: the root must be an object schema (not a union)")
    count = 0
    for pointer, node, depth in _walk(schema, "#", 0):
        problems.extend(f"{pointer}: {p}" for p in _node_violations(node, schema))
        if node.get("type") == "object":
            count += len(node.get("properties") or {})
            if depth > MAX_DEPTH:
                problems.append(f"{pointer}: objects nest deeper than {MAX_DEPTH} levels")
    if count > MAX_PROPERTIES:
        problems.append(f"#: {count} properties in all, more than {MAX_PROPERTIES}")
    return problems


def _node_violations(node: dict[str, Any], root: dict[str, Any]) -> Iterator[str]:
    unknown = sorted(node.keys() - SUPPORTED_KEYWORDS)
    if unknown:
        yield f"unsupported keyword(s) {', '.join(unknown)}"
    if "$ref" in node:
        if len(node) > 1:
            yield "$ref must stand alone (no sibling keywords)"
        if _resolve(root, node["$ref"]) is None:
            yield f"$ref {node['$ref']!r} does not resolve inside the schema"
    kinds = node.get("type")
    for kind in kinds if isinstance(kinds, list) else [kinds] if kinds is not None else []:
        if kind not in _TYPES:
            yield f"unknown type {kind!r}"
    if kinds == "object" or "properties" in node:
        if node.get("additionalProperties") is not False:
            yield "objects need additionalProperties: false"
        props = list(node.get("properties") or {})
        missing = [p for p in props if p not in (node.get("required") or ())]
        if missing:
            yield f"every property must be required (missing: {', '.join(missing)})"
    if kinds == "array" and not isinstance(node.get("items"), dict):
        yield "arrays need an items schema"
    if "anyOf" in node and not node["anyOf"]:
        yield "anyOf needs at least one member"


def _walk(node: Any, pointer: str, depth: int) -> Iterator[tuple[str, dict[str, Any], int]]:
    if not isinstance(node, dict):
        return
    deeper = depth + 1 if node.get("type") == "object" else depth
    yield pointer, node, deeper
    for key in _SCHEMA_MAPS:
        for name, child in (node.get(key) or {}).items():
            # A definition starts its own nesting count where it is referenced; counted
            # from the root here (an upper bound would refuse valid recursive schemas).
            yield from _walk(child, f"{pointer}/{key}/{name}", deeper if key == "properties" else 0)
    if isinstance(node.get("items"), dict):
        yield from _walk(node["items"], f"{pointer}/items", deeper)
    for key in ("anyOf", "oneOf", "allOf"):
        for i, member in enumerate(node.get(key) or ()):
            yield from _walk(member, f"{pointer}/{key}/{i}", deeper)
