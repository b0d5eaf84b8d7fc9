"""Best-effort parse of a JSON document still being streamed (``content.delta`` events).

``partial_json('{"steps": [{"a": "x')`` is ``{"steps": [{}]}``: open containers are closed,
an unfinished string is dropped (as the official SDK's partial parse drops it, so a field
never shows a value it will not keep), and so is a dangling key, comma or literal. Anything it
cannot complete gives ``None``; the final answer is always parsed strictly.
``PartialJSON`` does the same incrementally: each ``feed(delta)`` scans only the new text
(the scan is Python, the parse of the completed text is ``json``'s C decoder).
"""

from __future__ import annotations

from typing import Any

from .._json import loads

__all__ = ["PartialJSON", "partial_json"]

_CLOSERS = {"{": "}", "[": "]"}


class PartialJSON:
    """The JSON prefix seen so far and the scanner state at its end."""

    __slots__ = ("_escaped", "_in_string", "_stack", "_string_start", "text")

    def __init__(self) -> None:
        self.text = ""
        self._stack: list[str] = []
        self._in_string = False
        self._escaped = False
        self._string_start = 0  # where the open string's quote is, while one is open

    def feed(self, delta: str) -> Any:
        """Append ``delta``; the value described so far (``None`` if none yet)."""
        base = len(self.text)
        self.text += delta
        stack = self._stack
        in_string, escaped = self._in_string, self._escaped
        for i, char in enumerate(delta):
            if in_string:
                if escaped:
                    escaped = False
                elif char == "\\":
                    escaped = True
                elif char == '"':
                    in_string = False
            elif char == '"':
                in_string = True
                self._string_start = base + i
            elif char in _CLOSERS:
                stack.append(_CLOSERS[char])
            elif char in "}]" and stack:
                stack.pop()
        self._in_string, self._escaped = in_string, escaped
        return self.value()

    def value(self) -> Any:
        """The value of the text so far, completed best-effort (``None`` if it cannot be)."""
        body = self.text
        if self._in_string:
            body = body[: self._string_start]
        closing = "".join(reversed(self._stack))
        for attempt in (body, _trim(body)):
            try:
                return loads(attempt + closing)  # bounded: the model's text is server data
            except ValueError:
                continue
        return None


def partial_json(text: str) -> Any:
    """The value ``text`` (a JSON prefix) describes so far, or ``None``."""
    return PartialJSON().feed(text)


def _trim(body: str) -> str:
    """Drop an unfinished member at the end: ``, "k"``, ``"k":``, ``tru``, ``1.``, ``,``."""
    cut = max(body.rfind(","), body.rfind("{"), body.rfind("["))
    if cut < 0:
        return body
    return body[: cut + 1] if body[cut] in "{[" else body[:cut]
