"""Pass `catch_all_last`: union members that accept any object go last."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import UNION_KEYS, iter_schemas, resolve


def _is_catch_all(spec: dict[str, Any], member: Any) -> bool:
    if not isinstance(member, dict):
        return False
    target = resolve(spec, member)
    if target.get("type") != "object" or any(k in target for k in (*UNION_KEYS, "enum")):
        return False
    props = target.get("properties") or {}
    if any("const" in (resolve(spec, p) if isinstance(p, dict) else {}) for p in props.values()):
        return False
    return not target.get("required")


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Move object members without required fields to the end of their union.

    Construct: unions where an all-optional object (or a free-form `{type: object}`) sits
    before more specific members.
    Failure: generated unions are parsed by trying members in order; an all-optional
    member accepts every dict, so the members after it can never be chosen.
    Fix: stable-move such members (not those with a `const` field) behind the others, just
    before `null`.
    Precision lost: none.
    """
    changes = Changes()
    for node, site in iter_schemas(spec):
        for key in UNION_KEYS:
            members = node.get(key)
            if not isinstance(members, list) or len(members) < 2:
                continue
            null = [m for m in members if m == {"type": "null"}]
            rest = [m for m in members if m != {"type": "null"}]
            catch = [m for m in rest if _is_catch_all(spec, m)]
            specific = [m for m in rest if not _is_catch_all(spec, m)]
            ordered = specific + catch + null
            if ordered != members:
                node[key] = ordered
                changes.add("catch-all moved last", site.pointer)
    return changes


PASS = Pass("catch_all_last", run)
