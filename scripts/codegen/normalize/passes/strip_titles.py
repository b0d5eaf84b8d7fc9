"""Pass `strip_titles`: no schema titles reach the generator."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import iter_schemas


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Remove every schema `title` (after `hoist_inline` used them as naming hints).

    Construct: `title` on 404 components and 87 inline schemas, e.g.
    `AssistantToolsFileSearchTypeOnly` has `title: "FileSearch tool"`.
    Failure: the generator names classes after titles; many share one, so the build fails
    with `Attempted to generate duplicate models with name "FileSearchTool"` (71x) and
    cascades into dropped unions and 25 dropped endpoints.
    Fix: drop the titles; components keep their key as class name.
    Precision lost: title text (documentation only).
    """
    changes = Changes()
    for node, site in iter_schemas(spec):
        if node.pop("title", None) is not None:
            changes.add("title removed", site.pointer)
    return changes


PASS = Pass("strip_titles", run)
