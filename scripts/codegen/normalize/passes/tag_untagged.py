"""Pass `tag_untagged`: every operation gets a tag."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .._model import Changes, Context, Pass
from .._walk import iter_operations


def _segment(path: str) -> str:
    parts = [p for p in path.split("/") if p and not p.startswith("{")]
    if parts and parts[0] == "organization" and len(parts) > 1:
        return parts[1]
    return parts[0] if parts else "default"


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Tag untagged operations after their path.

    Construct: 21 operations without `tags` (containers, chatkit, admin_api_keys, two
    responses operations).
    Failure: cosmetic; they land in `api/default/`.
    Fix: the tag most used by tagged operations with the same first path segment (e.g.
    `Responses`), else the segment itself in title case (`Containers`, `Chatkit`,
    `Admin Api Keys`). The `organization/` prefix is skipped.
    Precision lost: none.
    """
    changes = Changes()
    by_segment: dict[str, Counter[str]] = {}
    for path, _method, op in iter_operations(spec):
        if op.get("tags"):
            by_segment.setdefault(_segment(path), Counter())[op["tags"][0]] += 1
    for path, method, op in iter_operations(spec):
        if op.get("tags"):
            continue
        seg = _segment(path)
        counts = by_segment.get(seg)
        if counts:
            tag = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        else:
            tag = seg.replace("_", " ").replace("-", " ").title()
        op["tags"] = [tag]
        changes.add(f"tagged {tag}", f"{method.upper()} {path}")
    return changes


PASS = Pass("tag_untagged", run)
