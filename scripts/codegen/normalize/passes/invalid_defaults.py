"""Pass `invalid_defaults`: drop defaults that violate their own schema."""

from __future__ import annotations

import json
from typing import Any

from jsonschema import Draft202012Validator

from .._model import Changes, Context, Pass
from .._walk import iter_schemas


def _has_ref(node: Any) -> bool:
    return "$ref" in json.dumps(node)


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Remove every `default` that does not validate against the schema it sits on.

    Construct: spec bugs such as `TranscriptionChunkingStrategy/oneOf/0` (enum `["auto"]`
    with `default: ["auto"]`) or `RealtimeSession/.../modalities/items` (a string with
    `default: ["text", "audio"]`).
    Failure: `Cannot convert ['auto'] to enum`; the schema and everything referencing it is
    removed.
    Fix: validate each default (JSON Schema 2020-12, format ignored) against its schema
    without the default; drop it when invalid. Schemas containing `$ref` are skipped (the
    generator converts defaults of referenced types itself).
    Precision lost: nothing valid.
    """
    changes = Changes()
    for node, site in iter_schemas(spec):
        if "default" not in node:
            continue
        schema = {k: v for k, v in node.items() if k != "default"}
        if _has_ref(schema):
            continue
        if not Draft202012Validator(schema).is_valid(node["default"]):
            del node["default"]
            changes.add("invalid default dropped", site.pointer)
    return changes


PASS = Pass("invalid_defaults", run)
