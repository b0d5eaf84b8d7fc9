"""What the spec says about an operation's parameters and body fields (for docstrings).

Descriptions sit on the property, else on the schema it references (``$ref``, or a one-item
``allOf``/``anyOf`` wrapper); a body's fields come from its schema and every ``allOf`` part.
"""

from __future__ import annotations

from typing import Any

__all__ = ["body_field_docs", "parameter_docs"]

_MAX_DEPTH = 8  # ``$ref`` chains in the spec are short; a cycle must not loop forever


def _resolve(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    for _ in range(_MAX_DEPTH):
        if not isinstance(node, dict) or "$ref" not in node:
            break
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node if isinstance(node, dict) else {}


def _description(spec: dict[str, Any], node: Any, depth: int = 0) -> str:
    if depth > _MAX_DEPTH or not isinstance(node, dict):
        return ""
    text = node.get("description")
    if isinstance(text, str) and text.strip():
        return text.strip()
    if "$ref" in node:
        return _description(spec, _resolve(spec, node), depth + 1)
    for key in ("allOf", "anyOf", "oneOf"):
        # ``anyOf: [X, {type: null}]`` (nullable) counts as X.
        parts = [
            p for p in node.get(key) or [] if not (isinstance(p, dict) and p.get("type") == "null")
        ]
        if len(parts) == 1:
            return _description(spec, parts[0], depth + 1)
    return ""


def _properties(spec: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    node = _resolve(spec, schema)
    if depth > _MAX_DEPTH:
        return {}
    found: dict[str, Any] = {}
    for part in node.get("allOf", []) or []:
        found.update(_properties(spec, part, depth + 1))
    # Two request kinds (JSON and multipart) offered as alternatives: every field of each.
    for key in ("oneOf", "anyOf"):
        for part in node.get(key, []) or []:
            for name, prop in _properties(spec, part, depth + 1).items():
                found.setdefault(name, prop)
    found.update(node.get("properties", {}) or {})
    return found


def body_field_docs(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, str]:
    """Wire field name -> description, over every content type the request body offers."""
    docs: dict[str, str] = {}
    content = (_resolve(spec, op.get("requestBody")) or {}).get("content", {}) or {}
    for media in content.values():
        for name, prop in _properties(spec, (media or {}).get("schema")).items():
            text = _description(spec, prop)
            if text and name not in docs:
                docs[name] = text
    return docs


def parameter_docs(spec: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(``in``, wire name) -> description of each path and query parameter."""
    docs: dict[tuple[str, str], str] = {}
    for raw in op.get("parameters", []) or []:
        prm = _resolve(spec, raw)
        if "name" in prm:
            text = _description(spec, prm) or _description(spec, prm.get("schema"))
            docs[(str(prm.get("in")), str(prm["name"]))] = text
    return docs
