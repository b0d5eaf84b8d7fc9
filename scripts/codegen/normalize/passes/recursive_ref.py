"""Pass `recursive_ref`: `$recursiveRef` -> `$ref` to its anchor component."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import component_ref, iter_schemas


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Rewrite draft 2019-09 recursion into a plain component reference.

    Construct: `{$recursiveRef: "#"}` inside a component that declares
    `$recursiveAnchor: true` (e.g. `CompoundFilter/properties/filters/items/oneOf/1`).
    Failure: silent; the generator does not know the keyword and types the member `Any`.
    Fix: `{$ref: "#/components/schemas/<the anchoring component>"}`; the anchors are removed.
    Precision lost: none.
    """
    changes = Changes()
    for node, site in iter_schemas(spec):
        if node.pop("$recursiveAnchor", None) is not None:
            changes.add("anchor removed", site.pointer)
        if node.get("$recursiveRef") == "#" and site.root_kind == "component":
            del node["$recursiveRef"]
            node["$ref"] = component_ref(str(site.path[2]))
            changes.add("recursiveRef -> $ref", site.pointer)
    return changes


PASS = Pass("recursive_ref", run)
