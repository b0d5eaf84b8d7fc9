"""The socket engine of the fake servers: HTTP/1.1 on 127.0.0.1 in its own thread.

An asyncio loop in a daemon thread, keep-alive, many concurrent connections, so sync and
async clients talk to it exactly as to a real upstream. A subclass decides what to answer
(``reply_for``); the engine writes the ``Reply`` byte for byte, faults included (delays,
resets, truncated bodies, cut or stalled chunked streams).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import struct
import threading
import time
from typing import NoReturn, Self
from urllib.parse import urlsplit

import attrs
import httpx

from ..._redact import redact_headers
from ._wire import RecordedRequest, Reply

__all__ = ["WireServer"]

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


class _Closed(Exception):
    """The connection is done (client went away, or the reply closed it)."""


class WireServer:
    """The engine. ``start()``/``stop()`` or use it as a context manager; subclasses implement
    ``reply_for(request)``. With ``redact=True`` the recorded requests keep no credentials."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        tls: ssl.SSLContext | None = None,
        redact: bool = False,
    ) -> None:
        self.host = host
        self._port = port
        self._tls = tls
        self._redact = redact
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._accepts = 0
        self._open = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.AbstractServer | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._ready = threading.Event()
        self._stopping: asyncio.Event | None = None

    def reply_for(self, request: RecordedRequest) -> Reply:
        """The reply to ``request`` (called on the server thread)."""
        raise NotImplementedError

    # lifecycle

    def start(self) -> Self:
        """Bind, start the loop thread, return when the socket listens."""
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError(f"{type(self).__name__} did not start")
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

    def __enter__(self) -> Self:
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

    def clear_records(self) -> None:
        """Forget the recorded requests and the accept count."""
        with self._lock:
            self._requests.clear()
            self._accepts = 0

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
                reply = self.reply_for(request)
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
            self._requests.append(self._redacted(request) if self._redact else request)
        return request

    @staticmethod
    def _redacted(request: RecordedRequest) -> RecordedRequest:
        headers = httpx.Headers(redact_headers(request.headers.multi_items()))
        return attrs.evolve(request, headers=headers)

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
