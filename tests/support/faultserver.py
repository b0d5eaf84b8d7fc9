"""A scriptable, fault-injecting HTTP/1.1 server on 127.0.0.1 for resilience tests.

Real sockets, its own thread (an asyncio loop), keep-alive, many concurrent connections, so
sync and async httpx clients talk to it exactly as they would to a real upstream.

Scripting API
-------------
::

    from tests.support.faultserver import FaultServer, Reply, json_reply, error_reply, sse

    with FaultServer() as server:                 # or the ``fault_server`` pytest fixture
        server.enqueue(                           # FIFO: one reply per incoming request
            error_reply(503),                     # OpenAI-shaped JSON error
            json_reply({"id": "x"}, headers={"x-request-id": "req_1"}),
        )
        httpx.get(server.url + "/v1/models")      # -> 503, then the next request -> 200
        server.requests[0].method, .path, .headers, .body, .json(), .connection_id
        server.accepts, server.request_count      # TCP accepts vs parsed requests (reuse)

Where a reply comes from, in order: the queue for the request's exact path
(``enqueue(..., path="/v1/x")``), the global queue, ``server.handler(request)`` if set
(a callable returning a ``Reply``, for dynamic behaviour: count, toggle, echo), and finally
``server.default`` (``200 {"ok": true}``). ``FaultServer(tls=context)`` serves HTTPS
(``tests/support/tls/``: a test CA and a 127.0.0.1/localhost certificate it signed).

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

Helpers build the common faults: ``json_reply``, ``error_reply`` (OpenAI ``{"error": ...}``),
``html_502``, ``malformed_json``, ``truncated``, ``reset``, ``stall`` (never answers), and
``sse(events, ...)`` for a ``text/event-stream`` body (events: dict -> JSON ``data:``, str ->
``data:`` line, ``SSEEvent`` for ``event:``/``id:``, bytes -> sent verbatim) with ``done``
(``data: [DONE]``), ``event_delay``, ``stall_after`` and ``cut_after`` counted in events.

Server-side records (thread-safe snapshots): ``requests`` (``RecordedRequest``: method, path,
query, headers as an ``httpx.Headers``, body, connection_id, received_at monotonic),
``accepts`` (TCP connections accepted), ``open_connections`` (and
``wait_for_open_connections(n)``), ``request_count``, ``wait_for_requests(n)``, and
``clear()`` to drop the script and the records between phases of one test.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import ssl
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NoReturn
from urllib.parse import urlsplit

import attrs
import httpx

__all__ = [
    "FaultServer",
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


# --- reply helpers ---------------------------------------------------------------------------


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


# --- the server ------------------------------------------------------------------------------

_REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    301: "Moved Permanently",
    302: "Found",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

_DEFAULT_REPLY = json_reply({"ok": True})


class _Closed(Exception):
    """The connection is done (client went away, or the reply closed it)."""


class FaultServer:
    """The scripted server. ``start()``/``stop()`` or use it as a context manager."""

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, *, tls: ssl.SSLContext | None = None
    ) -> None:
        self.host = host
        self._port = port
        self._tls = tls
        self.default: Reply = _DEFAULT_REPLY
        self.handler: Callable[[RecordedRequest], Reply | None] | None = None
        self._lock = threading.Lock()
        self._queue: deque[Reply] = deque()
        self._path_queues: dict[str, deque[Reply]] = {}
        self._requests: list[RecordedRequest] = []
        self._accepts = 0
        self._open = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.AbstractServer | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._ready = threading.Event()
        self._stopping: asyncio.Event | None = None

    # lifecycle

    def start(self) -> FaultServer:
        """Bind, start the loop thread, return when the socket listens."""
        self._thread = threading.Thread(target=self._run, name="faultserver", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fault server did not start")
        return self

    def stop(self) -> None:
        """Close the listener and every open connection, then join the thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        with contextlib.suppress(RuntimeError):
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(10)
        thread.join(10)
        self._loop = self._thread = None

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The bound port."""
        return self._port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>`` (``https://`` with ``tls``; no trailing slash)."""
        scheme = "https" if self._tls is not None else "http"
        return f"{scheme}://{self.host}:{self._port}"

    # scripting

    def enqueue(self, *replies: Reply, path: str | None = None) -> None:
        """Append replies to the global queue, or to the queue of one exact ``path``."""
        with self._lock:
            if path is None:
                self._queue.extend(replies)
            else:
                self._path_queues.setdefault(path, deque()).extend(replies)

    def clear(self) -> None:
        """Forget the script and the records (accept count too); keep the handler/default."""
        with self._lock:
            self._queue.clear()
            self._path_queues.clear()
            self._requests.clear()
            self._accepts = 0

    @property
    def pending(self) -> int:
        """Scripted replies not yet consumed."""
        with self._lock:
            return len(self._queue) + sum(len(q) for q in self._path_queues.values())

    # records

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, in order."""
        with self._lock:
            return list(self._requests)

    @property
    def request_count(self) -> int:
        """How many requests were parsed."""
        with self._lock:
            return len(self._requests)

    @property
    def open_connections(self) -> int:
        """TCP connections currently open (the client closing its pool brings this to 0)."""
        with self._lock:
            return self._open

    def wait_for_open_connections(self, n: int, timeout: float = 10.0) -> None:
        """Block until exactly ``n`` connections are open (or raise ``AssertionError``)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.open_connections == n:
                return
            time.sleep(0.005)
        raise AssertionError(f"expected {n} open connections, got {self.open_connections}")

    @property
    def accepts(self) -> int:
        """How many TCP connections were accepted."""
        with self._lock:
            return self._accepts

    def wait_for_requests(self, n: int, timeout: float = 10.0) -> list[RecordedRequest]:
        """Block until at least ``n`` requests arrived (or raise ``AssertionError``)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.request_count >= n:
                return self.requests
            time.sleep(0.005)
        raise AssertionError(f"expected {n} requests, got {self.request_count}")

    # internals (loop thread)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        finally:
            loop.close()

    async def _serve(self) -> None:
        self._stopping = asyncio.Event()
        self._server = await asyncio.start_server(
            self._on_connection, self.host, self._port, backlog=2048, limit=1 << 20, ssl=self._tls
        )
        self._port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        await self._stopping.wait()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        assert self._stopping is not None
        self._stopping.set()

    def _on_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with self._lock:
            self._accepts += 1
            self._open += 1
            conn_id = self._accepts
        task = asyncio.ensure_future(self._connection(conn_id, reader, writer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _connection(
        self, conn_id: int, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            while True:
                request = await self._read_request(conn_id, reader)
                if request is None:
                    break
                reply = self._next_reply(request)
                keep = await self._send(reply, request, reader, writer)
                if not keep:
                    break
        except (_Closed, ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            with self._lock:
                self._open -= 1
            if not writer.is_closing():
                writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _read_request(
        self, conn_id: int, reader: asyncio.StreamReader
    ) -> RecordedRequest | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return None  # the client closed an idle keep-alive connection
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        pairs = [line.split(":", 1) for line in lines[1:] if ":" in line]
        headers = httpx.Headers([(name.strip(), value.strip()) for name, value in pairs])
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = await self._read_chunked(reader)
        else:
            body = await reader.readexactly(int(headers.get("content-length", "0")))
        parts = urlsplit(target)
        request = RecordedRequest(
            method=method,
            path=parts.path,
            query=parts.query,
            headers=headers,
            body=body,
            connection_id=conn_id,
            received_at=time.monotonic(),
        )
        with self._lock:
            self._requests.append(request)
        return request

    @staticmethod
    async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
        body = bytearray()
        while True:
            size_line = await reader.readuntil(b"\r\n")
            size = int(size_line.split(b";")[0].strip(), 16)
            if size == 0:
                await reader.readuntil(b"\r\n")  # trailers are not used by clients here
                return bytes(body)
            body += await reader.readexactly(size)
            await reader.readexactly(2)

    def _next_reply(self, request: RecordedRequest) -> Reply:
        with self._lock:
            queue = self._path_queues.get(request.path)
            if queue:
                return queue.popleft()
            if self._queue:
                return self._queue.popleft()
            handler = self.handler
        if handler is not None:
            reply = handler(request)
            if reply is not None:
                return reply
        return self.default

    async def _send(
        self,
        reply: Reply,
        request: RecordedRequest,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> bool:
        """Write ``reply``; return whether the connection stays open for the next request."""
        if reply.gate is not None:
            await asyncio.get_running_loop().run_in_executor(None, reply.gate.wait)
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.reset:
            self._abort(writer)
        client_close = request.headers.get("connection", "").lower() == "close"
        close = reply.close or client_close or reply.declared_length is not None
        head = [f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Status')}"]
        names = {k.lower() for k, _ in reply.headers}
        head.extend(f"{k}: {v}" for k, v in reply.headers)
        chunked = reply.chunks is not None
        if chunked:
            head.append("transfer-encoding: chunked")
        elif "content-length" not in names:
            length = reply.declared_length if reply.declared_length is not None else len(reply.body)
            head.append(f"content-length: {length}")
        if close:
            head.append("connection: close")
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        if not chunked:
            if request.method != "HEAD":
                writer.write(reply.body)
            await writer.drain()
            if reply.abort and reply.declared_length is not None:
                self._abort(writer)
            return not close
        assert reply.chunks is not None
        for index, chunk in enumerate(reply.chunks):
            if reply.stall_after is not None and index >= reply.stall_after:
                await writer.drain()
                await self._hold_open(reader)
                raise _Closed
            if reply.cut_after is not None and index >= reply.cut_after:
                await writer.drain()
                if reply.abort:
                    self._abort(writer)
                raise _Closed
            if index and reply.chunk_delay:
                await asyncio.sleep(reply.chunk_delay)
            if chunk:
                writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                await writer.drain()
        n = len(reply.chunks)
        if reply.stall_after is not None and reply.stall_after >= n:
            await self._hold_open(reader)
            raise _Closed
        if reply.cut_after is not None and reply.cut_after >= n:
            raise _Closed
        writer.write(b"0\r\n\r\n")
        await writer.drain()
        return not close

    @staticmethod
    def _abort(writer: asyncio.StreamWriter) -> NoReturn:
        """End the connection with a TCP RST (SO_LINGER 0: close() sends RST, not FIN)."""
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
        raise _Closed

    @staticmethod
    async def _hold_open(reader: asyncio.StreamReader) -> None:
        """Send nothing more; return when the client closes its side (or on shutdown)."""
        while await reader.read(65536):
            pass
