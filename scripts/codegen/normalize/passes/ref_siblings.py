"""Pass `ref_siblings`: keywords beside `$ref`."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import iter_schemas, replace


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Reduce a `$ref` with siblings to a bare `$ref` (or a nullable union of it).

    Construct: `{$ref: X, nullable: true, description: ..., default: ..., title: ...}`
    (159 sites in 2.3.0, e.g. `CreateChatCompletionStreamResponse/properties/usage`).
    Failure: the generator ignores every sibling, so `nullable` is lost and real `null`s
    make `from_dict` raise.
    Fix: `nullable: true` becomes `anyOf: [{$ref: X}, {type: null}]`; other siblings go.
    Precision lost: the per-use description and default (the component keeps its own).
    """
    changes = Changes()
    for node, site in iter_schemas(spec):
        if "$ref" not in node or len(node) == 1:
            continue
        ref = node["$ref"]
        dropped = sorted(k for k in node if k not in ("$ref", "nullable"))
        if node.get("nullable") is True:
            replace(node, {"anyOf": [{"$ref": ref}, {"type": "null"}]})
            changes.add("nullable $ref -> anyOf null", site.pointer)
        else:
            replace(node, {"$ref": ref})
        for key in dropped:
            changes.add(f"dropped {key}", site.pointer)
    return changes


PASS = Pass("ref_siblings", run)
