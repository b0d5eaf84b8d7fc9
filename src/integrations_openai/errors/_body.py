"""Reading an error body: bounded, never raising, shared by every error builder."""

from __future__ import annotations

from typing import Any

__all__ = ["code_str", "opt_str", "parse_error_body", "snippet"]

_MAX_SNIPPET = 300


def snippet(content: bytes) -> str:
    """The first bytes of ``content`` as one line of text (for messages)."""
    text = content[:_MAX_SNIPPET].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text + ("…" if len(content) > _MAX_SNIPPET else "")


def parse_error_body(content: bytes) -> tuple[object, dict[str, Any]]:
    """Return (decoded body or None, the ``error`` object or {}), never raising."""
    if not content:
        return None, {}
    from .._json import loads  # imported here: _json imports this package's classes

    try:
        body = loads(content)
    except ValueError:  # not JSON, not UTF-8, or past the depth/size bounds
        return None, {}
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            return body, err
        if isinstance(err, str):
            return body, {"message": err}
        if isinstance(body.get("message"), str):
            return body, body
    return body, {}


def opt_str(value: object) -> str | None:
    """``value`` when it is text, else ``None`` (server data may hold anything)."""
    return value if isinstance(value, str) else None


def code_str(value: object) -> str | None:
    """An error ``code`` as text: some endpoints send a number; the SDK hands it over as text."""
    if isinstance(value, bool):
        return None
    return str(value) if isinstance(value, str | int) else None
