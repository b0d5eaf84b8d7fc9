"""The transport stack: one httpx transport per concern, composed in ONE place.

This face is the stack builder; the layers live in private modules (``_retry``,
``_breaker``, ...), shared-state storages in the public ``storage`` package.

Order, outermost first (a request goes down, a response comes back up)::

    Telemetry      RequestStart/RequestEnd per logical call (+ structured logs), the
                   exception the caller gets
    ErrorBoundary  foreign exceptions -> ours; error statuses -> errors.error_from_response
    Retry          backoff with full jitter, retry-after, same Idempotency-Key, deadline
    Breaker        per-host circuit: each attempt counts; open = CircuitOpenError, not sent
    RateLimit      each attempt waits for a request/token slot; learns from x-ratelimit-*
    Auth           credentials per attempt, only to the configured origin
    Buffer         a non-streamed success body is read inside the attempt (a cut is retried)
    network        pooled, keep-alive, TLS >= 1.2, verification on: our HTTP/1.1 pool on
                   the stdlib (sync, ``_sync_http``) or httpx.HTTPTransport (HTTP/2, opt-out);
                   aiohttp under httpx's API (async, ``_aiohttp``) or httpx's own

Retry sits outside the breaker so every attempt is a breaker event and an open circuit
stops the retry loop at once; the limiter is inside both so each attempt (not each call)
takes a slot; auth sits below them so a rotated key is read per attempt. The boundary sits
above every layer that touches the network, so nothing foreign escapes from below it;
telemetry sits above the boundary so it records the very exception the caller gets. The
buffer sits just above the network so a body cut short fails the attempt that every layer
above counts. Every layer that judges a failure asks one classifier (``errors._failure``).
"""

from ._stack import (
    LAYERS,
    async_network_transport,
    build_async_transport,
    build_transport,
    credentials_for,
    network_transport,
)

__all__ = [
    "LAYERS",
    "async_network_transport",
    "build_async_transport",
    "build_transport",
    "credentials_for",
    "network_transport",
]
