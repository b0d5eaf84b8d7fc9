"""The sync network transport: a pool of HTTP/1.1 connections on the standard library.

httpcore and h11 cost more than half of a sync call's CPU (about 220 of 400 microseconds of
a plain ``httpx`` POST on a local server); this transport does the same job, for what the
client sends, in a fraction of that. It sits at the bottom of the sync stack in place of
``httpx.HTTPTransport``: it speaks ``httpx.Request`` in and ``httpx.Response`` out and raises
httpx's exceptions of the classes httpcore raises, so every layer above is unchanged.

What it keeps from httpcore's pool:

- ``max_connections`` open at once over every origin; a request waits up to the ``pool``
  timeout for one (``PoolTimeout``), and an idle connection to another origin is closed to
  make room; ``max_keepalive_connections`` idle ones are kept, each for ``keepalive_expiry``;
- ``connect`` (TCP and the TLS handshake), ``write`` and ``read`` (silence between reads)
  timeouts from ``request.extensions["timeout"]``, which the retry layer caps to the call's
  total deadline;
- TLS through the client's ``ssl.SSLContext`` (verified, TLS 1.2 at least), built at the first
  HTTPS connection, not with the client;
- a connection goes back to the pool only when its response was read to the end and both
  sides allow keep-alive; one closed early (a stream left midway) is closed, never reused
  dirty; an idle one the server closed is found by a poll before reuse and dropped, so a
  request is never sent on it (nor sent twice);
- ``close()`` closes every connection, idle or lent.

HTTP/1.1 only (``http2=True`` keeps httpx's transport), no proxies (as before: the default
sync pool never read proxy settings; pass ``http_client=`` for a proxy).

Test tools that intercept httpx (vcrpy, respx, pytest-httpx) replace
``httpx.HTTPTransport.handle_request`` or httpcore's pool; while one does, requests go through
``httpx.HTTPTransport`` so the tool sees them as it did before this transport existed (checked
per request: two attribute reads).
"""

from __future__ import annotations

import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from ._http11 import Connection, Head

__all__ = ["SyncHTTPTransport", "intercepted"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _function_of(owner: object, module: str) -> bool:
    # A replacement is defined elsewhere, or wraps the original (functools.wraps copies the
    # module's name but leaves ``__wrapped__``, as vcrpy's does).
    send = getattr(owner, "handle_request", None)
    return getattr(send, "__module__", None) == module and not hasattr(send, "__wrapped__")


def intercepted() -> bool:
    """Whether a test tool has replaced httpx's or httpcore's sync sending (see the module)."""
    if not _function_of(httpx.HTTPTransport, "httpx._transports.default"):
        return True
    httpcore = sys.modules.get("httpcore")
    return httpcore is not None and not _function_of(
        httpcore.ConnectionPool, "httpcore._sync.connection_pool"
    )


class _Body(httpx.SyncByteStream):
    """A response body read from a lent connection; closing it gives the connection back."""

    __slots__ = ("_chunks", "_connection", "_pool")

    def __init__(
        self, pool: SyncHTTPTransport, connection: Connection, chunks: Iterator[bytes]
    ) -> None:
        self._pool = pool
        self._connection: Connection | None = connection
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            self._pool._release(connection)


class SyncHTTPTransport(httpx.BaseTransport):
    """An ``httpx.BaseTransport`` over a pool of stdlib sockets (see the module docstring).

    ``ssl_context`` is a context or a callable building one at the first HTTPS connection;
    ``clock`` (monotonic seconds) ages idle connections.
    """

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | Callable[[], ssl.SSLContext],
        limits: httpx.Limits,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ssl = ssl_context
        self._max = limits.max_connections
        self._max_idle = limits.max_keepalive_connections
        self._expiry = limits.keepalive_expiry
        self._clock = clock
        self._lock = threading.Lock()
        self._freed = threading.Condition(self._lock)
        # Idle connections per origin, most recently used last; every open connection (idle
        # or lent), for close(); connections being opened count against the limit too.
        self._idle: dict[tuple[str, str, int], list[Connection]] = {}
        self._open: set[Connection] = set()
        self._opening = 0
        self._limits = limits
        self._httpx: httpx.HTTPTransport | None = None

    @property
    def ssl_context(self) -> ssl.SSLContext:
        """The TLS context every HTTPS connection uses (built on first use)."""
        with self._lock:
            if not isinstance(self._ssl, ssl.SSLContext):
                self._ssl = self._ssl()
            return self._ssl

    def connection_count(self) -> tuple[int, int]:
        """(open connections, of which idle): what the pool holds now."""
        with self._lock:
            return len(self._open), sum(len(idle) for idle in self._idle.values())

    # --- the pool --------------------------------------------------------------------------

    def _acquire(self, origin: tuple[str, str, int], timeout: float | None) -> Connection | None:
        """An idle connection to ``origin``, or ``None`` with a slot reserved to open one."""
        deadline = None if timeout is None else self._clock() + timeout
        with self._lock:
            while True:
                idle = self._idle.get(origin)
                while idle:
                    connection = idle.pop()
                    if self._expired(connection) or not connection.ready_for_reuse():
                        self._drop(connection)
                        continue
                    return connection
                if self._max is None or len(self._open) + self._opening < self._max:
                    self._opening += 1
                    return None
                if self._drop_oldest_idle():
                    continue
                left = None if deadline is None else deadline - self._clock()
                if left is not None and left <= 0:
                    raise httpx.PoolTimeout("timed out waiting for a pooled connection")
                self._freed.wait(left)

    def _expired(self, connection: Connection) -> bool:
        return self._expiry is not None and self._clock() - connection.idle_since > self._expiry

    def _drop(self, connection: Connection) -> None:
        # Under the lock: forget and close one connection, and wake a waiter for its slot.
        self._open.discard(connection)
        connection.close()
        self._freed.notify()

    def _drop_oldest_idle(self) -> bool:
        oldest: Connection | None = None
        for idle in self._idle.values():
            if idle and (oldest is None or idle[0].idle_since < oldest.idle_since):
                oldest = idle[0]
        if oldest is None:
            return False
        self._idle[oldest.origin].remove(oldest)
        self._drop(oldest)
        return True

    def _release(self, connection: Connection) -> None:
        """Take back a lent connection: idle again if it is clean and allowed, else closed."""
        with self._lock:
            idle_total = sum(len(idle) for idle in self._idle.values())
            keep = (
                connection.done
                and connection.reusable
                and connection in self._open
                and (self._max_idle is None or idle_total < self._max_idle)
            )
            if not keep:
                self._drop(connection)
                return
            connection.idle_since = self._clock()
            self._idle.setdefault(connection.origin, []).append(connection)
            self._freed.notify()

    def _connect(self, origin: tuple[str, str, int], request: httpx.Request) -> Connection:
        """Open a connection in the slot ``_acquire`` reserved (freed again on failure)."""
        scheme, host, port = origin
        timeout = request.extensions.get("timeout", {}).get("connect")
        sock: socket.socket | None = None
        try:
            context = self.ssl_context if scheme == "https" else None
            # httpx has already encoded the name (IDNA): its bytes spare getaddrinfo the
            # idna codec, which a str host loads on the first connection (two modules).
            # CPython takes bytes hosts; typeshed only lists str.
            address = (request.url.raw_host, port)
            sock = socket.create_connection(address, timeout=timeout)  # type: ignore[arg-type]
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if context is not None:
                sni = request.extensions.get("sni_hostname") or host
                sock = context.wrap_socket(sock, server_hostname=sni)
        except BaseException as exc:
            if sock is not None:
                sock.close()
            with self._lock:
                self._opening -= 1
                self._freed.notify()
            if isinstance(exc, TimeoutError):
                raise httpx.ConnectTimeout(str(exc) or "timed out", request=request) from exc
            if isinstance(exc, OSError):
                raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
            raise
        connection = Connection(sock, origin)
        with self._lock:
            self._opening -= 1
            self._open.add(connection)
        return connection

    # --- the transport ---------------------------------------------------------------------

    def _through_httpx(self) -> httpx.HTTPTransport:
        # Built once, on the first intercepted request (tests only), with the same TLS
        # context and limits.
        transport = self._httpx
        if transport is None:
            context = self.ssl_context
            with self._lock:
                if self._httpx is None:
                    self._httpx = httpx.HTTPTransport(verify=context, limits=self._limits)
                transport = self._httpx
        return transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` on a pooled connection; return at the response head."""
        if intercepted():
            return self._through_httpx().handle_request(request)
        url = request.url
        port = url.port or _DEFAULT_PORTS.get(url.scheme)
        if port is None or not url.host:
            raise httpx.UnsupportedProtocol(
                f"request URL must be http:// or https:// with a host, not {url.scheme!r}",
                request=request,
            )
        origin = (url.scheme, url.host, port)
        timeouts: dict[str, Any] = request.extensions.get("timeout", {})
        connection = self._acquire(origin, timeouts.get("pool"))
        if connection is None:
            connection = self._connect(origin, request)
        try:
            connection.send(request, timeouts.get("write"))
            head: Head = connection.receive_head(request, timeouts.get("read"))
        except BaseException:
            connection.reusable = False
            self._release(connection)
            raise
        return httpx.Response(
            head.status,
            headers=head.headers,
            stream=_Body(self, connection, connection.body(head, request)),
            extensions={"http_version": head.version, "reason_phrase": head.reason},
        )

    def close(self) -> None:
        """Close every connection, idle or lent (a lent one's reader gets a ``ReadError``)."""
        with self._lock:
            connections, self._open = self._open, set()
            self._idle.clear()
            self._freed.notify_all()
            fallback, self._httpx = self._httpx, None
        for connection in connections:
            connection.close()
        if fallback is not None:
            fallback.close()
