"""The async network transport on aiohttp, under httpx's transport API.

httpx's own async transport (httpcore on anyio) costs milliseconds of CPU per request under
concurrency; aiohttp's connection pool and HTTP parser do the same work for a fraction of it.
This transport sits at the bottom of the async stack in place of ``httpx.AsyncHTTPTransport``:
every layer above it (boundary, retry, breaker, limiter, auth, buffer) is unchanged, because
it speaks ``httpx.Request`` in and ``httpx.Response`` out and raises only httpx's exceptions,
which the error boundary maps to ours like any others.

Why our own and not the ``httpx-aiohttp`` package: that one maps every
``ClientConnectionError`` (a server closing mid-body included) to ``ConnectTimeout``, so a cut
body would look like a connect failure; it builds its TLS context eagerly and ignores the
keep-alive count. This module is small, maps each aiohttp failure to the httpx class of the
same meaning, and imports aiohttp (a ~0.3 s import) only when the first request is sent.

What maps how:

- timeouts: ``connect`` -> aiohttp ``sock_connect``; ``pool`` + ``connect`` -> aiohttp
  ``connect`` (it counts waiting for a pooled connection and connecting as one);
  ``read`` -> ``sock_read`` (silence between reads, so a stream's idle limit holds too).
  aiohttp has no write timeout of its own: an upload that stalls is bounded by the read
  timeout and the call's total deadline.
- the pool: ``max_connections`` -> the connector's ``limit``; every connection under it is
  kept alive for ``keepalive_expiry`` (aiohttp has no smaller keep-alive count, which is what
  concurrent callers want: connections are reused across bursts instead of reopened).
- a response closed before its end closes its connection at once (a stream left early never
  waits for the rest of a generation); one read to the end returns its connection to the pool.
- TLS: the context from ``security.create_ssl_context`` (verified, TLS 1.2 at least).
- a client is bound to the event loop of its first request, as an aiohttp session is.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    import aiohttp

__all__ = ["AiohttpTransport", "aiohttp_installed"]

# Header lines up to 64 KiB, like httpcore: aiohttp's default (8 KiB) would turn a long but
# legal header from a proxy into a protocol error that httpx accepts.
_MAX_HEADER_BYTES = 65536


def aiohttp_installed() -> bool:
    """Whether aiohttp can be imported (checked without importing it)."""
    import importlib.util

    return importlib.util.find_spec("aiohttp") is not None


def _exception_map(aio: Any) -> tuple[tuple[type[BaseException], type[httpx.TransportError]], ...]:
    """aiohttp failures -> the httpx exception of the same meaning, most specific first."""
    return (
        (aio.ConnectionTimeoutError, httpx.ConnectTimeout),
        (aio.SocketTimeoutError, httpx.ReadTimeout),
        (aio.ServerTimeoutError, httpx.ReadTimeout),
        (aio.ClientProxyConnectionError, httpx.ProxyError),
        (aio.ClientHttpProxyError, httpx.ProxyError),
        (aio.ClientConnectorError, httpx.ConnectError),
        (aio.ServerDisconnectedError, httpx.RemoteProtocolError),
        (aio.ClientPayloadError, httpx.RemoteProtocolError),
        (aio.ClientResponseError, httpx.RemoteProtocolError),
        (aio.InvalidURL, httpx.UnsupportedProtocol),
        (aio.NonHttpUrlClientError, httpx.UnsupportedProtocol),
        (aio.ClientOSError, httpx.ReadError),
        (aio.ClientError, httpx.ReadError),
        (TimeoutError, httpx.ReadTimeout),
    )


@contextlib.contextmanager
def _mapped(
    table: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...],
    request: httpx.Request,
) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        for source, target in table:
            if isinstance(exc, source):
                raise target(f"{type(exc).__name__}: {exc}", request=request) from exc
        raise


class _ResponseStream(httpx.AsyncByteStream):
    """The body of one aiohttp response, as httpx reads it."""

    def __init__(
        self,
        response: aiohttp.ClientResponse,
        mapped: Callable[[], contextlib.AbstractContextManager[None]],
    ) -> None:
        self._response = response
        self._mapped = mapped

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with self._mapped():
            async for chunk in self._response.content.iter_any():
                yield chunk

    async def aclose(self) -> None:
        # At the end of the body the connection goes back to the pool; before it, the
        # connection is closed rather than drained (the rest may be a long generation).
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` sending through one aiohttp session (see the module)."""

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | Callable[[], ssl.SSLContext],
        limits: httpx.Limits,
        proxy: str | None = None,
    ) -> None:
        # A callable defers building the context (tens of ms) to the first request.
        self._ssl: ssl.SSLContext | Callable[[], ssl.SSLContext] = ssl_context
        self._limits = limits
        self._proxy = proxy
        self._session: aiohttp.ClientSession | None = None
        self._closer: AsyncGenerator[None, None] | None = None
        self._table: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = ()

    @property
    def ssl_context(self) -> ssl.SSLContext:
        """The TLS context every connection uses (built on first use)."""
        if not isinstance(self._ssl, ssl.SSLContext):
            self._ssl = self._ssl()
        return self._ssl

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp

        self._table = _exception_map(aiohttp)
        limit = self._limits.max_connections or 0
        expiry = self._limits.keepalive_expiry
        connector = aiohttp.TCPConnector(
            limit=limit,
            limit_per_host=0,
            keepalive_timeout=expiry if expiry is not None else 15.0,
            ssl=self.ssl_context,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,  # httpx decodes Content-Encoding itself
            trust_env=False,
            skip_auto_headers=("User-Agent", "Accept-Encoding", "Accept"),
            max_line_size=_MAX_HEADER_BYTES,
            max_field_size=_MAX_HEADER_BYTES,
        )
        return self._session

    def _timeout(self, request: httpx.Request) -> aiohttp.ClientTimeout:
        import aiohttp

        phases: dict[str, float | None] = request.extensions.get("timeout", {})
        connect, pool = phases.get("connect"), phases.get("pool")
        acquire = None if connect is None or pool is None else connect + pool
        return aiohttp.ClientTimeout(
            total=None, connect=acquire, sock_connect=connect, sock_read=phases.get("read")
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the session; return at the response headers."""
        session = self._session
        if session is None:
            session = self._open()
            # Tracked by the running loop: asyncio.run() closes the session before it closes
            # the loop, so a client never closed (the SDK's README scripts) leaves no
            # "Unclosed client session" at exit, and a later loop opens a session of its own.
            self._closer = _closed_with_loop(self, session)
            await anext(self._closer)
        headers = [(k, v) for k, v in request.headers.multi_items() if k != "transfer-encoding"]
        data: bytes | AsyncIterator[bytes] | None
        try:
            data = request.content or None
        except httpx.RequestNotRead:
            data = _body(request)
        with _mapped(self._table, request):
            response = await session.request(
                request.method,
                str(request.url),
                headers=headers,
                data=data,
                allow_redirects=False,
                timeout=self._timeout(request),
                proxy=self._proxy,
            )
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_ResponseStream(response, lambda: _mapped(self._table, request)),
            extensions={
                "http_version": b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
            },
        )

    async def aclose(self) -> None:
        """Close the session and every pooled connection."""
        session, self._session = self._session, None
        closer, self._closer = self._closer, None
        if session is not None:
            await session.close()
        if closer is not None:
            await closer.aclose()


async def _closed_with_loop(
    transport: AiohttpTransport, session: aiohttp.ClientSession
) -> AsyncGenerator[None, None]:
    """Closes ``session`` when its loop shuts its async generators down (or on ``aclose``)."""
    try:
        yield
    finally:
        if transport._session is session:
            transport._session = None
        await session.close()


async def _body(request: httpx.Request) -> AsyncIterator[bytes]:
    # An unread body of an async request is an async byte stream (uploads from disk).
    async for chunk in cast(httpx.AsyncByteStream, request.stream):
        yield chunk
