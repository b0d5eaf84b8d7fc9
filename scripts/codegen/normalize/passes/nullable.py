"""Pass `nullable`: OpenAPI 3.0 `nullable: true` -> `anyOf [T, null]`."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import UNION_KEYS, iter_schemas, replace

_OUTER_KEYS = ("description", "title", "default", "deprecated", "readOnly", "writeOnly")
NULL: dict[str, Any] = {"type": "null"}


def _with_null(members: list[Any]) -> list[Any]:
    return members if NULL in members else [*members, dict(NULL)]


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Express nullability the 3.1 way, which the generator understands.

    Construct: `nullable: true` in a 3.1 document (99 schemas, e.g. the `finish_reason` of
    streamed chat chunks); also `type: [T, "null"]` and `enum: [..., null]`.
    Failure: silent; the generator ignores `nullable`, so a real `null` makes `from_dict`
    raise (every streamed chat chunk fails on `finish_reason: null`).
    Fix: a union member `{type: null}` is added (to the existing union, or by wrapping the
    schema in `anyOf: [<schema>, {type: null}]` that keeps description/default outside).
    Precision lost: none (a gain: the Python type now admits `None`).
    """
    changes = Changes()
    for node, site in iter_schemas(spec):
        nullable = node.pop("nullable", None)
        types = node.get("type")
        if isinstance(types, list) and "null" in types:
            rest = [t for t in types if t != "null"]
            node["type"] = rest[0] if len(rest) == 1 else rest
            nullable = True
            changes.add("type list with null", site.pointer)
        enum = node.get("enum")
        if isinstance(enum, list) and None in enum:
            node["enum"] = [v for v in enum if v is not None]
            nullable = True
            changes.add("enum with null", site.pointer)
        if nullable is None:
            continue
        if nullable is not True:
            changes.add("nullable: false dropped", site.pointer)
            continue
        union_key = next((k for k in UNION_KEYS if isinstance(node.get(k), list)), None)
        if union_key is not None:
            node[union_key] = _with_null(node[union_key])
        else:
            outer = {k: node[k] for k in _OUTER_KEYS if k in node}
            inner = {k: v for k, v in node.items() if k not in _OUTER_KEYS}
            if "title" in outer:
                inner["title"] = outer.pop("title")
            replace(node, {"anyOf": [inner, dict(NULL)], **outer})
        changes.add("nullable -> anyOf null", site.pointer)
    return changes


PASS = Pass("nullable", run)
