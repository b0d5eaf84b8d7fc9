"""Buffer layer: a non-streamed success body is read inside the attempt.

Without it the retry layer returns a 200 at its headers and httpx reads the body later, so a
body cut short (``Content-Length`` not met, a reset mid-body, a stall) would surface as a
``NetworkError`` nobody retries. Read here, just above the network, such a failure is an
exception of the attempt itself: the breaker counts it, the retry layer retries it under the
same policy and ``Idempotency-Key``. Streamed calls (``RequestOptions.stream``) and foreign
requests pass through untouched, so a streamed download never sits in memory; error
statuses too (the retry and boundary layers read those with their own caps).
"""

from __future__ import annotations

import httpx

from .._options import options_of
from ._boundary import MappedResponse

__all__ = ["AsyncBufferTransport", "BufferTransport", "buffers", "replay"]


def buffers(request: httpx.Request, response: httpx.Response) -> bool:
    """Whether ``response`` to ``request`` is read in full inside the attempt."""
    options = options_of(request)
    return (
        options is not None
        and not options.stream
        and response.status_code < 400
        and not response.is_stream_consumed  # already in memory (a mock's or replayed body)
    )


def replay(response: httpx.Response, raw: bytes) -> httpx.Response:
    """An unread copy of ``response`` whose body is ``raw`` (still encoded).

    httpx above decodes and reads it as usual, so ``elapsed``, gzip and closing behave as
    for any response; the retry layer hands on a peeked 429 the same way. It is already the
    boundary's ``MappedResponse``: a body in memory cannot fail, so it is not rebuilt there.
    """
    return MappedResponse(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
    )


class BufferTransport(httpx.BaseTransport):
    """Sync driver: read a non-streamed success body before returning the response."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send, then read a non-streamed success body in full inside this attempt."""
        response = self._inner.handle_request(request)
        if not buffers(request, response):
            return response
        try:
            raw = b"".join(response.iter_raw())
        finally:
            response.close()  # on failure too: the connection is dropped, never reused
        return replay(response, raw)

    def close(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        self._inner.close()


class AsyncBufferTransport(httpx.AsyncBaseTransport):
    """Async driver: read a non-streamed success body before returning the response."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send, then read a non-streamed success body in full inside this attempt."""
        response = await self._inner.handle_async_request(request)
        if not buffers(request, response):
            return response
        try:
            raw = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        return replay(response, raw)

    async def aclose(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        await self._inner.aclose()
