"""Retry layer: sync and async httpx transports, thin loops over ``RetryCall``.

Every decision lives in ``_retry_core`` (shared); these drivers only send, read a bounded
429 body, close failed responses (returning their connections to the pool) and sleep.
A response is retried only before it is returned, so a stream whose bytes reached the
caller is never replayed; a non-streamed success body is read below (``buffer.py``), so a
body cut short raises from the attempt and is retried like a reset before the headers.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

import anyio
import httpx

from .._policies import RetryPolicy
from ..instrumentation import Hooks
from ._retry_core import (
    IDEMPOTENCY_HEADER,
    RETRY_COUNT_HEADER,
    Jitter,
    RetryCall,
    backoff_delay,
    full_jitter,
    parse_retry_after,
    replay_response,
    should_retry,
)

__all__ = [
    "IDEMPOTENCY_HEADER",
    "RETRY_COUNT_HEADER",
    "AsyncRetryTransport",
    "RetryTransport",
    "backoff_delay",
    "parse_retry_after",
    "should_retry",
]


class _RetryBase:
    def __init__(
        self,
        policy: RetryPolicy | None,
        hooks: Hooks | None,
        clock: Callable[[], float],
        wall: Callable[[], float],
        jitter: Jitter,
    ) -> None:
        self.policy = policy or RetryPolicy()
        self._hooks = hooks or Hooks()
        self._clock = clock
        self._wall = wall
        self._jitter = jitter

    def _call(self, request: httpx.Request) -> RetryCall:
        return RetryCall(request, self.policy, self._hooks, wall=self._wall, jitter=self._jitter)


class RetryTransport(_RetryBase, httpx.BaseTransport):
    """Retries ``inner`` per ``policy``; ``sleep``/``clock`` are injectable for tests."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        *,
        hooks: Hooks | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        jitter: Jitter = full_jitter,
    ) -> None:
        super().__init__(policy, hooks, clock, wall, jitter)
        self._inner = inner
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send, retrying per the policy until success, a final failure or the deadline."""
        call = self._call(request)
        while True:
            attempt = call.next_request(self._clock())
            try:
                response = self._inner.handle_request(attempt)
            except Exception as exc:
                wait = call.on_error(exc, self._clock())
            else:
                step = call.on_response(response, self._clock())
                if step.peek:
                    response, body = _peek(response, step.peek)
                    step = call.on_response(response, self._clock(), body=body, peeked=True)
                if step.final:
                    return response
                _discard(response, self.policy.error_peek_bytes)
                if step.error is not None:
                    raise step.error
                wait = step.wait
            self._sleep(wait)

    def close(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        self._inner.close()


class AsyncRetryTransport(_RetryBase, httpx.AsyncBaseTransport):
    """The async twin of ``RetryTransport`` (same ``RetryCall``; sleeps with anyio)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        hooks: Hooks | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        jitter: Jitter = full_jitter,
    ) -> None:
        super().__init__(policy, hooks, clock, wall, jitter)
        self._inner = inner
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send, retrying per the policy until success, a final failure or the deadline."""
        call = self._call(request)
        while True:
            attempt = call.next_request(self._clock())
            try:
                response = await self._inner.handle_async_request(attempt)
            except Exception as exc:
                wait = call.on_error(exc, self._clock())
            else:
                step = call.on_response(response, self._clock())
                if step.peek:
                    response, body = await _apeek(response, step.peek)
                    step = call.on_response(response, self._clock(), body=body, peeked=True)
                if step.final:
                    return response
                await _adiscard(response, self.policy.error_peek_bytes)
                if step.error is not None:
                    raise step.error
                wait = step.wait
            await self._sleep(wait)

    async def aclose(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        await self._inner.aclose()


def _peek(response: httpx.Response, limit: int) -> tuple[httpx.Response, bytes | None]:
    """Read at most ``limit`` body bytes; a larger body is left half-read (it gets retried)."""
    raw = bytearray()
    try:
        for chunk in response.iter_raw():
            raw += chunk
            if len(raw) > limit:
                return response, None
    except httpx.HTTPError:  # cut mid-body: not a readable quota error; it gets retried
        return response, None
    response.close()
    return replay_response(response, bytes(raw))


async def _apeek(response: httpx.Response, limit: int) -> tuple[httpx.Response, bytes | None]:
    raw = bytearray()
    try:
        async for chunk in response.aiter_raw():
            raw += chunk
            if len(raw) > limit:
                return response, None
    except httpx.HTTPError:
        return response, None
    await response.aclose()
    return replay_response(response, bytes(raw))


def _drainable(response: httpx.Response, limit: int) -> bool:
    # Reading a small error body to its end lets the pool reuse the connection; a large or
    # unsized one is cheaper to drop (and a stalled one must not hold up the retry).
    # Only short ASCII digit strings are read: int() of "²" or of 5,000 digits raises.
    length = response.headers.get("content-length", "")
    return (
        response.is_stream_consumed is False
        and 0 < len(length) <= 18
        and length.isascii()
        and length.isdigit()
        and int(length) <= limit
    )


def _discard(response: httpx.Response, limit: int) -> None:
    """Close a failed attempt's response, returning its connection to the pool if cheap."""
    try:
        if _drainable(response, limit):
            for _ in response.iter_raw():
                pass
    except httpx.HTTPError:
        pass  # the connection is unusable anyway; closing below frees it
    finally:
        response.close()


async def _adiscard(response: httpx.Response, limit: int) -> None:
    try:
        if _drainable(response, limit):
            async for _ in response.aiter_raw():
                pass
    except httpx.HTTPError:
        pass
    finally:
        await response.aclose()
