"""Reading an error body: bounded, never raising, shared by every error builder."""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = ["SdkView", "code_str", "opt_str", "parse_error_body", "sdk_code", "sdk_view", "snippet"]

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


class SdkView(NamedTuple):
    """What the official SDK's status error shows for one error response."""

    message: str
    body: object
    code: str | None
    param: str | None
    type: str | None


def sdk_view(status_code: int, content: bytes) -> SdkView:
    """The SDK's rule, so code written for it prints and branches the same.

    ``message`` is ``"Error code: {status}"``, plus ``" - {error.message}"`` when the body
    is JSON with a non-empty message (under ``error``, else at the top). ``body`` is the
    decoded JSON's ``error`` member (else the whole JSON), or the stripped text when the
    body is not JSON; ``code``, ``param`` and ``type`` are read from that ``body``.
    """
    from .._json import loads  # imported here: _json imports this package's classes

    message = f"Error code: {status_code}"
    text = content.decode("utf-8", errors="replace").strip()
    body: object = text
    try:
        body = loads(text)
    except ValueError:  # not JSON (or past the bounds): the text, as the SDK keeps it
        return SdkView(message, text, None, None, None)
    data = body.get("error", body) if isinstance(body, dict) else body
    said = data.get("message") if isinstance(data, dict) else None
    if isinstance(said, str) and said:
        message += f" - {said}"
    if not isinstance(data, dict):
        return SdkView(message, data, None, None, None)
    return SdkView(
        message,
        data,
        sdk_code(data.get("code")),
        opt_str(data.get("param")),
        opt_str(data.get("type")),
    )


def sdk_code(value: object) -> str | None:
    """An error's ``code`` as the SDK exposes it: any value as text, ``None`` when absent."""
    return None if value is None else str(value)
