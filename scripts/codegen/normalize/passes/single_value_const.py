"""Pass `single_value_const`: one-value string enums -> `const` with a default."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import UNION_KEYS, iter_schemas, ref_name


def _union_member_refs(spec: dict[str, Any]) -> set[str]:
    """Components used directly as a member of some union."""
    names: set[str] = set()
    for node, _site in iter_schemas(spec):
        for key in UNION_KEYS:
            for member in node.get(key) or []:
                if isinstance(member, dict) and isinstance(member.get("$ref"), str):
                    name = ref_name(member["$ref"])
                    if name is not None:
                        names.add(name)
    return names


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Turn `enum: ["x"]` string schemas into `const: "x"` with `default: "x"`.

    Construct: single-value enums (`type: {enum: [function]}`, 739 sites with
    `x-stainless-const`), the discriminators of most unions.
    Failure: none, but each becomes its own enum module (about 900 of them), and callers
    would have to pass `type="function"` by hand.
    Fix: `{type: string, const: x, default: x}`: a `Literal["x"]` field that defaults to its
    only value. Not applied to direct union members (nor to components used as one): the
    generator's const parser raises without trying the next member. Integer enums stay.
    Precision lost: none (the Python type is `Literal["x"]` instead of a one-member enum).
    """
    changes = Changes()
    in_unions = _union_member_refs(spec)
    for node, site in iter_schemas(spec):
        enum = node.get("enum")
        if not (isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str)):
            continue
        if node.get("type", "string") != "string":
            continue
        if site.relation in UNION_KEYS:
            continue
        is_component = site.root_kind == "component" and site.relation == "root"
        if is_component and str(site.path[2]) in in_unions:
            continue
        value = enum[0]
        del node["enum"]
        node["type"] = "string"
        node["const"] = value
        node["default"] = value
        changes.add("enum -> const", site.pointer)
    return changes


PASS = Pass("single_value_const", run)
