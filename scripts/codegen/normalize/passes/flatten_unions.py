"""Pass `flatten_unions`: nested, duplicate, null and one-member unions."""

from __future__ import annotations

import json
from typing import Any

from .._model import Changes, Context, Pass
from .._walk import UNION_KEYS, iter_schemas, replace

_DOC_KEYS = frozenset({"description", "title", "deprecated"})
NULL = {"type": "null"}


def _bare_union(member: dict[str, Any]) -> str | None:
    keys = [k for k in UNION_KEYS if isinstance(member.get(k), list)]
    if len(keys) == 1 and set(member) - _DOC_KEYS == {keys[0]}:
        return keys[0]
    return None


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Simplify unions: splice nested ones, drop duplicates, one `null` last, unwrap singles.

    Construct: `anyOf: [A, {anyOf: [B, C]}]`, repeated members, several `{type: null}`
    (after the nullable passes), `anyOf: [X]`.
    Failure: cosmetic (nested `Union` types, repeated `isinstance` checks), but a
    one-member union hides an inline schema from the naming rules of `hoist_inline`.
    Fix: flatten members of bare nested unions into the parent, keep the first of equal
    members, move `null` to the end, and replace a one-member union by its member (the
    outer description stays when the member is not a `$ref`).
    Precision lost: none (the description beside a lone `$ref`).
    """
    changes = Changes()
    for node, site in iter_schemas(spec):
        for key in UNION_KEYS:
            members = node.get(key)
            if not isinstance(members, list):
                continue
            flat: list[Any] = []
            for member in members:
                inner = _bare_union(member) if isinstance(member, dict) else None
                if inner is not None:
                    flat.extend(member[inner])
                    changes.add("nested union spliced", site.pointer)
                else:
                    flat.append(member)
            seen: set[str] = set()
            unique: list[Any] = []
            has_null = False
            for member in flat:
                if member == NULL:
                    has_null = True
                    continue
                text = json.dumps(member, sort_keys=True)
                if text in seen:
                    changes.add("duplicate member dropped", site.pointer)
                    continue
                seen.add(text)
                unique.append(member)
            if has_null:
                unique.append(dict(NULL))
            if has_null and flat[-1] != NULL:
                changes.add("null moved last", site.pointer)
            node[key] = unique
            if len(unique) == 1 and isinstance(unique[0], dict):
                only = unique[0]
                outer = {k: v for k, v in node.items() if k != key}
                if "$ref" in only:
                    replace(node, {"$ref": only["$ref"]})
                else:
                    extra = {k: v for k, v in outer.items() if k not in only}
                    replace(node, {**only, **extra})
                changes.add("one-member union unwrapped", site.pointer)
                break
    return changes


PASS = Pass("flatten_unions", run)
