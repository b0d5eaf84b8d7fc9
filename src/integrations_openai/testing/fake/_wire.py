"""What the fake servers send and receive: scripted replies (and faults), SSE events, and the
requests they parsed. Pure data plus small builders; the socket engine is ``_server``.

``Reply`` fields (all optional) combine freely:

- ``status``, ``headers`` (mapping or pairs), ``body`` (bytes, str, or a dict/list sent as JSON)
- ``delay``: seconds to wait before the status line (a slow server / read timeout)
- ``reset=True``: abort the connection with a TCP RST before any byte of the response
- ``declared_length``: the ``Content-Length`` to claim; larger than the body = a truncated body,
  the server sends what it has and closes the connection
- ``chunks``: send the body with ``Transfer-Encoding: chunked``, one HTTP chunk per item,
  ``chunk_delay`` seconds apart
- ``stall_after=n``: after ``n`` chunks stop sending but keep the connection open (a stalled
  stream) until the client goes away or the server stops
- ``cut_after=n``: after ``n`` chunks close the connection mid-body (no terminating chunk)
- ``close=True``: send ``Connection: close`` and close after this reply
- ``gate``: a ``threading.Event`` the server waits for before answering (hold replies until
  the test has seen what it needs, e.g. that N requests are in flight at once: no timing)
- ``abort=True``: with ``declared_length`` or ``cut_after``, end the connection with a TCP RST
  instead of a FIN (a reset mid-body)
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
import httpx

__all__ = [
    "RecordedRequest",
    "Reply",
    "SSEEvent",
    "error_reply",
    "html_502",
    "json_reply",
    "malformed_json",
    "reset",
    "sse",
    "stall",
    "truncated",
]

_HeaderInput = Mapping[str, str] | Sequence[tuple[str, str]]


def _to_body(value: bytes | str | dict[str, Any] | list[Any]) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode()
    return json.dumps(value).encode()


def _to_headers(value: _HeaderInput) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple((str(k), str(v)) for k, v in items)


def _to_chunks(value: Iterable[bytes | str] | None) -> tuple[bytes, ...] | None:
    if value is None:
        return None
    return tuple(c.encode() if isinstance(c, str) else c for c in value)


@attrs.frozen
class Reply:
    """One scripted response (or fault). See the module docstring for every field."""

    status: int = 200
    headers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_to_headers)
    body: bytes = attrs.field(default=b"", converter=_to_body)
    chunks: tuple[bytes, ...] | None = attrs.field(default=None, converter=_to_chunks)
    delay: float = 0.0
    chunk_delay: float = 0.0
    reset: bool = False
    declared_length: int | None = None
    stall_after: int | None = None
    cut_after: int | None = None
    close: bool = False
    abort: bool = False
    gate: threading.Event | None = attrs.field(default=None, eq=False)


@attrs.frozen
class SSEEvent:
    """A server-sent event with optional ``event:``/``id:``/``retry:`` fields."""

    data: str | dict[str, Any] | list[Any]
    event: str | None = None
    id: str | None = None
    retry: int | None = None

    def encode(self) -> bytes:
        """The wire form of this event, terminated by a blank line."""
        lines = []
        if self.event is not None:
            lines.append(f"event: {self.event}")
        if self.id is not None:
            lines.append(f"id: {self.id}")
        if self.retry is not None:
            lines.append(f"retry: {self.retry}")
        data = self.data if isinstance(self.data, str) else json.dumps(self.data)
        lines.extend(f"data: {line}" for line in data.split("\n"))
        return ("\n".join(lines) + "\n\n").encode()


@attrs.frozen
class RecordedRequest:
    """One request as the server parsed it."""

    method: str
    path: str
    query: str
    headers: httpx.Headers
    body: bytes
    connection_id: int
    received_at: float

    def json(self) -> Any:
        """The body decoded as JSON."""
        return json.loads(self.body)


def json_reply(obj: Any, status: int = 200, headers: _HeaderInput = (), **kwargs: Any) -> Reply:
    """A JSON body with ``content-type: application/json``."""
    return Reply(
        status=status,
        headers=(("content-type", "application/json"), *_to_headers(headers)),
        body=json.dumps(obj).encode(),
        **kwargs,
    )


def error_reply(
    status: int,
    message: str = "scripted error",
    *,
    type: str | None = None,
    code: str | None = None,
    param: str | None = None,
    headers: _HeaderInput = (),
    **kwargs: Any,
) -> Reply:
    """An OpenAI-shaped error: ``{"error": {"message", "type", "code", "param"}}``."""
    err = {"message": message, "type": type, "code": code, "param": param}
    return json_reply({"error": err}, status=status, headers=headers, **kwargs)


def html_502(**kwargs: Any) -> Reply:
    """A load balancer's HTML 502 page (what real 502s look like)."""
    page = (
        b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n"
        b"</body>\r\n</html>\r\n"
    )
    return Reply(status=502, headers={"content-type": "text/html"}, body=page, **kwargs)


def malformed_json(status: int = 200, headers: _HeaderInput = (), **kwargs: Any) -> Reply:
    """A JSON content type with a body that is not JSON."""
    return Reply(
        status=status,
        headers=(("content-type", "application/json"), *_to_headers(headers)),
        body=b'{"id": "chatcmpl-1", "choices": [',
        **kwargs,
    )


def truncated(body: bytes | str = b'{"id": "x", "object": "list"}', missing: int = 10) -> Reply:
    """Claim ``missing`` more bytes than are sent, then close the connection."""
    data = _to_body(body)
    return Reply(
        headers={"content-type": "application/json"},
        body=data,
        declared_length=len(data) + missing,
    )


def reset(delay: float = 0.0) -> Reply:
    """Reset the TCP connection (RST) before sending any byte of a response."""
    return Reply(reset=True, delay=delay)


def stall(seconds: float = 3600.0) -> Reply:
    """Accept the request and say nothing for ``seconds`` (never, in practice)."""
    return Reply(delay=seconds)


def sse(
    events: Iterable[SSEEvent | str | bytes | dict[str, Any] | list[Any]],
    *,
    done: bool = True,
    event_delay: float = 0.0,
    stall_after: int | None = None,
    cut_after: int | None = None,
    status: int = 200,
    headers: _HeaderInput = (),
    **kwargs: Any,
) -> Reply:
    """A ``text/event-stream`` reply, one HTTP chunk per event (``[DONE]`` counts as one)."""
    chunks: list[bytes] = []
    for ev in events:
        if isinstance(ev, bytes):
            chunks.append(ev)
        elif isinstance(ev, SSEEvent):
            chunks.append(ev.encode())
        else:
            chunks.append(SSEEvent(ev).encode())
    if done:
        chunks.append(b"data: [DONE]\n\n")
    return Reply(
        status=status,
        headers=(
            ("content-type", "text/event-stream"),
            ("cache-control", "no-cache"),
            *_to_headers(headers),
        ),
        chunks=tuple(chunks),
        chunk_delay=event_delay,
        stall_after=stall_after,
        cut_after=cut_after,
        **kwargs,
    )
