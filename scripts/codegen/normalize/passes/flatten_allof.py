"""Pass `flatten_allof`: `allOf` composition -> one schema."""

from __future__ import annotations

import copy
from typing import Any

from .._model import Changes, Context, Pass
from .._walk import UNION_KEYS, iter_schemas, replace, resolve

_DOC_KEYS = ("description", "title", "default", "deprecated", "readOnly", "writeOnly")


class NormalizeError(ValueError):
    """The spec uses a construct this normalizer does not handle (yet)."""


def _is_union(schema: dict[str, Any]) -> bool:
    return any(isinstance(schema.get(k), list) for k in UNION_KEYS)


def _is_marker(part: dict[str, Any]) -> bool:
    """A part that only annotates (nullable/description), adding no shape."""
    return set(part) <= {"nullable", "type", *_DOC_KEYS} and part.get("type") in (None, "null")


def _flatten(spec: dict[str, Any], node: dict[str, Any], pointer: str) -> dict[str, Any]:
    """Return the flattened equivalent of `node` (which has `allOf`)."""
    parts: list[dict[str, Any]] = []
    for part in node["allOf"]:
        target = copy.deepcopy(resolve(spec, part))
        if "allOf" in target:
            target = _flatten(spec, target, pointer)
        parts.append(target)
    own = {k: v for k, v in node.items() if k != "allOf"}
    nullable = own.pop("nullable", False) is True or any(p.get("nullable") is True for p in parts)
    shapes = [p for p in parts if not _is_marker(p)]
    if len(node["allOf"]) == 1 and "$ref" in node["allOf"][0] and not own.get("properties"):
        base: dict[str, Any] = {"$ref": node["allOf"][0]["$ref"]}
        return {"anyOf": [base, {"type": "null"}]} if nullable else base
    unions = [p for p in shapes if _is_union(p)]
    if unions:
        if len(shapes) != 1 or own.get("properties"):
            raise NormalizeError(f"allOf over a union mixed with object parts at {pointer}")
        merged = {k: v for k, v in unions[0].items() if k != "nullable"}
        key = "anyOf" if "anyOf" in merged else "oneOf"
        members = list(merged[key])
        if nullable and {"type": "null"} not in members:
            members.append({"type": "null"})
        merged[key] = members
        merged.update({k: v for k, v in own.items() if k in _DOC_KEYS})
        return merged
    merged = {}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in [*shapes, own]:
        for key, value in part.items():
            if key == "properties":
                properties.update(copy.deepcopy(value))
            elif key == "required":
                required.extend(r for r in value if r not in required)
            elif key != "nullable":
                merged[key] = copy.deepcopy(value)
    if properties:
        merged["properties"] = properties
        merged["type"] = "object"
    if required:
        merged["required"] = required
    if nullable:
        doc = {k: merged.pop(k) for k in _DOC_KEYS if k in merged}
        return {"anyOf": [merged, {"type": "null"}], **doc}
    return merged


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Flatten every `allOf` into a single schema.

    Construct: `allOf` composition (28 sites), e.g. `CreateChatCompletionRequest =
    allOf[CreateModelResponseProperties, {...}]`, or `allOf[$ref <a union>, {nullable: true}]`.
    Failure: `Cannot take allOf a non-object`, `int | None can't be merged with int`,
    incompatible literal redefinitions, then cascades (`Reference ... in allOf was not
    processed`): 4 operations dropped, including POST /chat/completions and POST /responses.
    Fix: `$ref` parts are inlined (deep copies), properties merged (the later part wins),
    `required` is the union; `allOf[union, {nullable}]` becomes a nullable union;
    `allOf[single $ref]` becomes that `$ref`. An allOf over a union plus object parts is
    refused with `NormalizeError` (none in 2.3.0) rather than guessed.
    Precision lost: none for data shape; the generator has no class inheritance anyway.
    """
    changes = Changes()
    for node, site in iter_schemas(spec):
        if isinstance(node.get("allOf"), list):
            replace(node, _flatten(spec, node, site.pointer))
            changes.add("allOf flattened", site.pointer)
    return changes


PASS = Pass("flatten_allof", run)
