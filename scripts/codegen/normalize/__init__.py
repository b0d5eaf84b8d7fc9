"""The spec normalizer: a fixed, ordered list of named passes.

Each pass is a `Pass(name, run)` whose `run(spec, ctx) -> Changes` mutates the spec in
place and reports what it changed; its docstring says construct -> generator failure ->
fix -> precision lost. `normalize()` deep-copies the input and runs `PASSES` in order.

To add a pass: write `passes/<name>.py` with `run` and `PASS = Pass("<name>", run)`,
import it below and put it in `PASSES` where it belongs (order matters: e.g. hoisting
needs flattened `allOf`s and single-value enums already turned into consts). Add a unit
test over a small spec fragment in `tests/unit/codegen/`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from ._model import Changes, Context, Pass, Spec
from .passes import (
    binary_media,
    catch_all_last,
    constraint_unions,
    dedupe_hoisted,
    download_binary,
    drop_noise,
    flatten_allof,
    flatten_unions,
    hoist_inline,
    infer_type,
    invalid_defaults,
    nullable,
    recursive_ref,
    ref_siblings,
    response_nullable,
    sdk_fields,
    server_fields,
    single_encoding,
    single_value_const,
    site_links,
    strip_server_defaults,
    strip_titles,
    tag_untagged,
    webhook_union,
)
from .passes.flatten_allof import NormalizeError

PASSES: list[Pass] = [
    drop_noise.PASS,
    site_links.PASS,
    recursive_ref.PASS,
    ref_siblings.PASS,
    flatten_allof.PASS,
    nullable.PASS,
    constraint_unions.PASS,
    infer_type.PASS,
    invalid_defaults.PASS,
    binary_media.PASS,
    download_binary.PASS,
    single_encoding.PASS,
    server_fields.PASS,
    tag_untagged.PASS,
    webhook_union.PASS,
    flatten_unions.PASS,
    single_value_const.PASS,
    catch_all_last.PASS,
    hoist_inline.PASS,
    dedupe_hoisted.PASS,
    sdk_fields.PASS,
    strip_titles.PASS,
    response_nullable.PASS,
    strip_server_defaults.PASS,
]
"""The passes, in the order they run. Append or insert here (one line per pass)."""


@dataclass
class NormalizeResult:
    """The normalized spec and, per pass name (in run order), what it changed."""

    spec: Spec
    changes: dict[str, Changes] = field(default_factory=dict)


def normalize(
    raw: Spec, *, ctx: Context | None = None, passes: list[Pass] | None = None
) -> NormalizeResult:
    """Run `passes` (default: `PASSES`) over a deep copy of `raw`."""
    spec = copy.deepcopy(raw)
    ctx = ctx or Context()
    result = NormalizeResult(spec)
    for p in PASSES if passes is None else passes:
        if p.name in result.changes:
            raise ValueError(f"duplicate normalizer pass name {p.name!r}")
        result.changes[p.name] = p.run(spec, ctx)
    return result


__all__ = [
    "PASSES",
    "Changes",
    "Context",
    "NormalizeError",
    "NormalizeResult",
    "Pass",
    "Spec",
    "normalize",
]
