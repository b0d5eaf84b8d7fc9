"""Best-effort parse of a JSON document still being streamed (``content.delta`` events).

``partial_json('{"steps": [{"a": "x')`` is ``{"steps": [{"a": "x"}]}``: open strings and
containers are closed, a dangling key, comma or unfinished literal is dropped. Anything it
cannot complete gives ``None``; the final answer is always parsed strictly.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["partial_json"]

_CLOSERS = {"{": "}", "[": "]"}


def partial_json(text: str) -> Any:
    """The value ``text`` (a JSON prefix) describes so far, or ``None``."""
    stack: list[str] = []
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in _CLOSERS:
            stack.append(_CLOSERS[char])
        elif char in "}]" and stack:
            stack.pop()
    body = text
    if in_string:
        body = body[:-1] if escaped else body
        body += '"'
    for attempt in (body, _trim(body)):
        try:
            return json.loads(attempt + "".join(reversed(stack)))
        except ValueError:
            continue
    return None


def _trim(body: str) -> str:
    """Drop an unfinished member at the end: ``, "k"``, ``"k":``, ``tru``, ``1.``, ``,``."""
    cut = max(body.rfind(","), body.rfind("{"), body.rfind("["))
    if cut < 0:
        return body
    return body[: cut + 1] if body[cut] in "{[" else body[:cut]
