"""Pass `drop_noise`: vendor extensions, examples and code samples."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import iter_operations, iter_schemas

_SCHEMA_KEYS = ("example", "examples")


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Remove documentation-only payload the generator cannot use.

    Construct: `x-oaiMeta` (code samples on the document and on 271 operations), `x-*`
    extensions on schemas (`x-stainless-const`, `x-oaiTypeLabel`, ...), `example(s)`.
    Failure: none; they only inflate the document (and `example` values that do not match
    their schema would be copied into docstrings).
    Fix: drop them. Precision lost: examples and code samples (documentation only).
    """
    changes = Changes()
    if spec.pop("x-oaiMeta", None) is not None:
        changes.add("document x-oaiMeta", "#/x-oaiMeta")
    for path, method, op in iter_operations(spec):
        for key in [k for k in op if k.startswith("x-")]:
            del op[key]
            changes.add(f"operation {key}", f"{method.upper()} {path}")
    for node, site in iter_schemas(spec):
        for key in [k for k in node if k.startswith("x-") or k in _SCHEMA_KEYS]:
            del node[key]
            changes.add(f"schema {key}", site.pointer)
    return changes


PASS = Pass("drop_noise", run)
