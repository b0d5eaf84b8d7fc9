"""Pass `infer_type`: add a missing `type` where the keywords imply it."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import iter_schemas

_SHAPED = ("$ref", "type", "anyOf", "oneOf", "allOf", "enum", "const")


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Infer `type: array` from `items` and `type: object` from `properties`.

    Construct: `RealtimeSession/properties/modalities` has `items` but no `type`;
    `ListMessagesResponse` has `properties` but no `type` (11 sites).
    Failure: silent; the generator types such schemas `Any`.
    Fix: `items` -> `array`; `properties`/`additionalProperties` -> `object`.
    Precision lost: none.
    """
    changes = Changes()
    for node, site in iter_schemas(spec):
        if any(k in node for k in _SHAPED):
            continue
        if "items" in node:
            node["type"] = "array"
            changes.add("type: array inferred", site.pointer)
        elif "properties" in node or "additionalProperties" in node:
            node["type"] = "object"
            changes.add("type: object inferred", site.pointer)
    return changes


PASS = Pass("infer_type", run)
