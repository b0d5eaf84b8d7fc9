"""Pass `single_encoding`: one request encoding per request schema."""

from __future__ import annotations

import json
from typing import Any

from .._model import Changes, Context, Pass
from .._walk import iter_operations, resolve

JSON = "application/json"
MULTIPART = "multipart/form-data"
FORM = "application/x-www-form-urlencoded"


def _has_binary(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    target = resolve(spec, schema)
    for prop in (target.get("properties") or {}).values():
        text = json.dumps(resolve(spec, prop) if isinstance(prop, dict) else prop)
        if '"format": "binary"' in text:
            return True
    return False


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Keep a single content type when several share one request schema.

    Construct: the same schema under JSON and form-urlencoded (`/responses/input_tokens`,
    `/responses/compact`, `/skills/{id}`) or JSON and multipart (`/containers/{id}/files`,
    `/skills`, `/skills/{id}/versions`, `/videos/{id}/remix`).
    Failure: no warning, but the endpoint template emits non-exclusive `isinstance` branches,
    so both encodings fire: a form body carrying a Python repr, or a multipart body with a
    JSON `Content-Type`.
    Fix: per schema keep multipart if it has a binary field, else JSON; form-urlencoded goes
    whenever JSON exists. Content types with distinct schemas are kept (exclusive branches).
    Precision lost: the alternative encoding, which the server also accepts.
    """
    changes = Changes()
    for path, method, op in iter_operations(spec):
        content = (op.get("requestBody") or {}).get("content") or {}
        if len(content) < 2:
            continue
        by_schema: dict[str, list[str]] = {}
        for ctype, media in content.items():
            key = json.dumps((media or {}).get("schema"), sort_keys=True)
            by_schema.setdefault(key, []).append(ctype)
        for ctypes in by_schema.values():
            if len(ctypes) < 2:
                continue
            schema = content[ctypes[0]].get("schema") or {}
            if MULTIPART in ctypes and _has_binary(spec, schema):
                keep = MULTIPART
            elif JSON in ctypes:
                keep = JSON
            else:
                keep = sorted(ctypes)[0]
            for ctype in ctypes:
                if ctype != keep:
                    del content[ctype]
                    changes.add(f"{ctype} removed (kept {keep})", f"{method.upper()} {path}")
    return changes


PASS = Pass("single_encoding", run)
