"""Pass `site_links`: links in the spec's prose point at the API's site, in full."""

from __future__ import annotations

import re
from typing import Any

from .._model import Changes, Context, Pass

__all__ = ["API_SITE", "PASS", "absolute_links", "run"]

API_SITE = "https://platform.openai.com"
# The spec's prose is written for its own reference pages under /docs/api-reference/<tag>:
# ``](/docs/x)`` is a path on that site, ``](../x)`` a sibling reference page.
_SITE_PATH = re.compile(r"\]\((/[^)\s]*)\)")
_SIBLING = re.compile(r"\]\(\.\./([^)\s]*)\)")
_PROSE_KEYS = ("description", "summary")


def absolute_links(text: str) -> str:
    """``[x](/docs/y)`` -> ``[x](https://platform.openai.com/docs/y)`` and ``[x](../k)`` ->
    ``[x](https://platform.openai.com/docs/api-reference/k)``; other links stay."""
    text = _SITE_PATH.sub(lambda m: f"]({API_SITE}{m.group(1)})", text)
    return _SIBLING.sub(lambda m: f"]({API_SITE}/docs/api-reference/{m.group(1)})", text)


def _visit(node: Any, pointer: str, changes: Changes) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if key in _PROSE_KEYS and isinstance(value, str):
                fixed = absolute_links(value)
                if fixed != value:
                    node[key] = fixed
                    changes.add(f"{key} links made absolute", here)
            else:
                _visit(value, here, changes)
    elif isinstance(node, list):
        for n, item in enumerate(node):
            _visit(item, f"{pointer}/{n}", changes)


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Make every relative link in a `description` or `summary` an absolute URL.

    Construct: prose links relative to the API's own site, e.g. `[function calling
    guide](/docs/guides/function-calling)` (hundreds) and `[admin API key](../admin-api-keys)`.
    Failure: none in the generator; the docstrings it writes carry the links, which lead
    nowhere from an editor or `help()` and break the strict documentation build.
    Fix: rewrite them to `https://platform.openai.com/...`. Precision lost: none.
    """
    changes = Changes()
    _visit(spec, "#", changes)
    return changes


PASS = Pass("site_links", run)
