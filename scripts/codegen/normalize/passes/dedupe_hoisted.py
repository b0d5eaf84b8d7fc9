"""Pass `dedupe_hoisted`: identical hoisted schemas share one component."""

from __future__ import annotations

import json
from typing import Any

from .._model import Changes, Context, Pass
from .._walk import component_ref, ref_name
from .hoist_inline import HOISTED


def _rewrite_refs(node: Any, renames: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            name = ref_name(ref)
            if name in renames:
                node["$ref"] = component_ref(renames[name])
        for value in node.values():
            _rewrite_refs(value, renames)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, renames)


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Merge structurally identical hoisted schemas that were hoisted under the same name part.

    Construct: the same inline shape repeated at many sites, e.g. `allOf` parents inlined
    into several requests, or `metadata`/`status` shapes repeated per model.
    Failure: none, but hundreds of duplicate classes (1,688 model files instead of ~1,400).
    Fix: group hoisted components by (name part, canonical JSON); all but the first
    (allocation order) are deleted and their `$ref`s point to the first. Repeats until no
    group is left, since merging children can make parents equal. Original components are
    never merged. The internal hoisting marker is removed at the end.
    Precision lost: merged duplicates share one class name.
    """
    changes = Changes()
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    while True:
        first: dict[tuple[str, str], str] = {}
        renames: dict[str, str] = {}
        for name, schema in schemas.items():
            if not isinstance(schema, dict) or HOISTED not in schema:
                continue
            key = (str(schema[HOISTED]), json.dumps(schema, sort_keys=True))
            if key in first:
                renames[name] = first[key]
            else:
                first[key] = name
        if not renames:
            break
        for name, target in sorted(renames.items()):
            del schemas[name]
            changes.add("merged", f"{name} -> {target}")
        _rewrite_refs(spec, renames)
    for schema in schemas.values():
        if isinstance(schema, dict):
            schema.pop(HOISTED, None)
    return changes


PASS = Pass("dedupe_hoisted", run)
