"""A request's token cost for the client-side token budget: estimated before, read after.

``estimate_tokens`` is the guess a call is booked with; ``usage_tokens`` is what the reply
says it really used, which replaces the guess in the window (``HostLimiter.settle``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import httpx

__all__ = ["estimate_tokens", "usage_tokens"]

# Bodies name the output cap one of three ways (chat, completions/responses, older chat).
_OUTPUT_CAPS = ("max_tokens", "max_completion_tokens", "max_output_tokens")
_CHARS_PER_TOKEN = 4
# The last "total_tokens" key of a JSON body: the usage block sits at its top level, and a
# quote inside a string value is escaped, so an unescaped "total_tokens" is a real key.
_TOTAL_KEY = b'"total_tokens"'
_NUMBER_AFTER_COLON = re.compile(rb"\s*:\s*(\d{1,12})(?!\d)")  # absurd numbers: ignored


def _text_chars(value: object, depth: int = 0) -> int:
    if isinstance(value, str):
        return len(value)
    if depth > 32:  # a pathological nesting is not worth walking
        return 0
    if isinstance(value, Mapping):
        return sum(_text_chars(v, depth + 1) for v in value.values())
    if isinstance(value, list | tuple):
        return sum(_text_chars(v, depth + 1) for v in value)
    to_dict = getattr(value, "to_dict", None)  # a generated request model
    if callable(to_dict):
        return _text_chars(to_dict(), depth + 1)
    return 0


def estimate_tokens(body: Mapping[str, object]) -> int:
    """A cheap upper-ish guess of one request's tokens, for the client-side token budget.

    Characters of every text in the body divided by 4 (the usual English ratio), plus the
    output cap the call asks for (``max_tokens``, ``max_completion_tokens`` or
    ``max_output_tokens``). Files and bytes count nothing: their cost is not text.
    """
    chars = sum(_text_chars(v) for k, v in body.items() if k not in _OUTPUT_CAPS)
    output = 0
    for name in _OUTPUT_CAPS:
        cap = body.get(name)
        if isinstance(cap, int) and not isinstance(cap, bool) and cap > 0:
            output = max(output, cap)
    return -(-chars // _CHARS_PER_TOKEN) + output


def usage_tokens(response: httpx.Response) -> int | None:
    """``usage.total_tokens`` of a buffered JSON reply, or ``None`` (streamed, absent)."""
    if "json" not in response.headers.get("content-type", ""):
        return None
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None  # streamed: the caller reads it
    at = content.rfind(_TOTAL_KEY)
    if at < 0:
        return None
    match = _NUMBER_AFTER_COLON.match(content, at + len(_TOTAL_KEY))
    return int(match.group(1)) if match else None
