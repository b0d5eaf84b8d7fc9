"""Pass `constraint_unions`: unions that only constrain `required`, and `not`."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import UNION_KEYS, iter_schemas

_CONSTRAINT_KEYS = frozenset({"required", "not", "description", "title"})


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Drop `anyOf`/`oneOf` whose members only say which properties are required.

    Construct: `{properties: {...}, anyOf: [{required: [file_ids]}, {required: [files]}]}`
    (`CreateVectorStoreFileBatchRequest`, `ImageRefParam`, ...), and `not: {...}`.
    Failure: silent; the union wins over `properties`, the schema becomes a union of two
    untyped members and the request body of POST /vector_stores/{id}/file_batches is `Any`.
    Fix: remove such unions (members carrying only `required`/`not`/docs) and every `not`.
    Precision lost: the "one of these fields is required" rule and `not` exclusions; the
    server still enforces them.
    """
    changes = Changes()
    for node, site in iter_schemas(spec):
        if node.pop("not", None) is not None:
            changes.add("not dropped", site.pointer)
        for key in UNION_KEYS:
            members = node.get(key)
            if not isinstance(members, list) or not members:
                continue
            if all(isinstance(m, dict) and set(m) <= _CONSTRAINT_KEYS for m in members):
                del node[key]
                if "properties" in node and "type" not in node:
                    node["type"] = "object"
                changes.add(f"constraint-only {key} dropped", site.pointer)
    return changes


PASS = Pass("constraint_unions", run)
