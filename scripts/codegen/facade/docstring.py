"""Google-style docstrings for the facade methods, from the spec's own words.

``help(client.chat.completions.create)`` and the API reference show what the spec says
about the operation and each keyword: one ``Args:`` entry per keyword (spec description,
wrapped; a fallback naming the wire field when the spec has none), then ``Returns:``.
Spec links to the API's own site (``[guide](/docs/guides/x)``) are full URLs already (the
normalizer's ``site_links`` pass), so they work from an editor, a terminal and our
documentation site alike; ``absolute_links`` is that pass's rule, for text from elsewhere.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from ..normalize.passes.site_links import API_SITE, absolute_links

__all__ = ["API_SITE", "OPTION_DOCS", "ArgDoc", "absolute_links", "clean", "render"]

_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s")
_WIDTH = 92  # the text of a line, before its indentation; keeps generated lines under 100

# The per-call options every method takes (``CallOptions``): one wording, here.
OPTION_DOCS: dict[str, str] = {
    "extra_headers": "Headers sent with this call on top of the client's.",
    "extra_query": "Query parameters added to this call's URL.",
    "extra_body": "JSON fields merged into this call's body.",
    "timeout": "This call's timeout, instead of the client's.",
    "max_retries": "This call's retry budget, instead of the client's.",
}


@dataclass(frozen=True)
class ArgDoc:
    """One ``Args:`` entry: the keyword and what it means."""

    name: str
    text: str


def clean(text: str) -> str:
    """Spec prose made safe inside a generated triple-quoted string."""
    return absolute_links(text.strip()).replace("\\", "\\\\").replace('"""', "'''")


def _paragraphs(text: str) -> list[list[str]]:
    """Paragraphs of ``text``, each a list of logical lines: prose joined, list items kept
    on their own line (markdown lists stay lists)."""
    out: list[list[str]] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            if lines and not _LIST_ITEM.match(raw):
                lines[-1] += " " + line
            else:
                lines.append(line)
        if lines:
            out.append(lines)
    return out


def _wrap(text: str, indent: str, first: str = "") -> list[str]:
    """``text`` wrapped at ``_WIDTH``; ``first`` prefixes the first line (an ``Args`` name)."""
    out: list[str] = []
    for n, paragraph in enumerate(_paragraphs(text)):
        if n:
            out.append("")
        for line in paragraph:
            lead = first if not out else indent
            item = _LIST_ITEM.match(line)
            wrapped = textwrap.wrap(
                line,
                width=_WIDTH,
                initial_indent=lead,
                # a list item's continuation lines hang under its text, as markdown wants
                subsequent_indent=indent + " " * (len(item.group(0)) if item else 0),
                break_long_words=False,
                break_on_hyphens=False,
            )
            out += wrapped or [lead.rstrip()]
    return out or [first.rstrip()]


def render(summary: str, description: str, route: str, args: list[ArgDoc], returns: str) -> str:
    """The docstring body (indented 8, without the quotes' own indentation on line one)."""
    pad = " " * 8
    lines = [summary]
    rest = description.strip()
    if rest.startswith(summary):
        rest = rest[len(summary) :].strip()
    if rest:
        lines += ["", *_wrap(rest, pad, first=pad)]
    lines += ["", f"{pad}{route}"]
    if args:
        lines += ["", f"{pad}Args:"]
        for arg in args:
            lines += _wrap(arg.text, pad + " " * 8, first=f"{pad}    {arg.name}: ")
    lines += ["", f"{pad}Returns:", *_wrap(returns, pad + "    ", first=pad + "    ")]
    return "\n".join(line.rstrip() for line in lines) + f"\n{pad}"
