"""The transport stack: one httpx transport per concern, composed in ONE place.

Order, outermost first (a request goes down, a response comes back up)::

    ErrorBoundary  foreign exceptions -> ours; error statuses -> errors.error_from_response
    Telemetry      RequestStart/RequestEnd per logical call (+ structured logs)
    Retry          backoff with full jitter, retry-after, same Idempotency-Key, deadline
    Breaker        per-host circuit: each attempt counts; open = CircuitOpenError, not sent
    RateLimit      each attempt waits for a request/token slot; learns from x-ratelimit-*
    Auth           credentials per attempt, only to the configured origin
    Buffer         a non-streamed success body is read inside the attempt (a cut is retried)
    httpx.HTTPTransport   pooled, keep-alive, TLS >= 1.2, verification on

Retry sits outside the breaker so every attempt is a breaker event and an open circuit
stops the retry loop at once; the limiter is inside both so each attempt (not each call)
takes a slot; auth is innermost so a rotated key is read per attempt. The boundary is the
outermost layer so nothing foreign escapes from any layer below it. The buffer sits just
above the network so a body cut short fails the attempt that every layer above counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import testing
from ..instrumentation import Hooks
from .auth import AsyncAuthTransport, AuthTransport, Credentials
from .boundary import AsyncErrorBoundaryTransport, ErrorBoundaryTransport
from .breaker import AsyncBreakerTransport, BreakerTransport, CircuitBreakers
from .buffer import AsyncBufferTransport, BufferTransport
from .ratelimit import AsyncRateLimitTransport, RateLimiters, RateLimitTransport
from .retry import AsyncRetryTransport, RetryTransport
from .security import create_ssl_context
from .telemetry import AsyncTelemetryTransport, TelemetryTransport

if TYPE_CHECKING:
    from ..config import ClientConfig

__all__ = ["build_async_transport", "build_transport", "credentials_for"]


def credentials_for(config: ClientConfig) -> Credentials:
    """The auth layer's view of ``config``."""
    return Credentials(
        api_key=config.api_key,
        origin=config.url,
        organization=config.organization,
        project=config.project,
        allow_insecure_http=config.allow_insecure_http,
    )


def _breakers(config: ClientConfig, hooks: Hooks) -> CircuitBreakers:
    # One registry per client (shared by its with_options copies); test mode resets it.
    breakers = CircuitBreakers(config.breaker, hooks)
    testing.register_resettable(breakers)
    return breakers


def _limiters(config: ClientConfig, hooks: Hooks) -> RateLimiters | None:
    # Off unless configured; test mode forgets the windows like it resets the breakers.
    if config.rate_limit is None:
        return None
    limiters = RateLimiters(config.rate_limit, hooks)
    testing.register_resettable(limiters)
    return limiters


def _network(config: ClientConfig) -> httpx.HTTPTransport:
    return httpx.HTTPTransport(verify=create_ssl_context(config.ca_bundle), limits=config.limits)


def _async_network(config: ClientConfig) -> httpx.AsyncHTTPTransport:
    return httpx.AsyncHTTPTransport(
        verify=create_ssl_context(config.ca_bundle), limits=config.limits
    )


def build_transport(
    config: ClientConfig, hooks: Hooks, *, network: httpx.BaseTransport | None = None
) -> httpx.BaseTransport:
    """The sync stack for ``config``; ``network`` replaces the pooled HTTP transport (tests)."""
    stack: httpx.BaseTransport = BufferTransport(network or _network(config))
    stack = AuthTransport(stack, credentials_for(config))
    if (limiters := _limiters(config, hooks)) is not None:
        stack = RateLimitTransport(stack, limiters)
    if config.breaker is not None:
        stack = BreakerTransport(stack, _breakers(config, hooks))
    stack = RetryTransport(stack, config.retry, hooks=hooks, sleep=testing.sleep)
    stack = TelemetryTransport(stack, hooks, secret=config.api_key)
    return ErrorBoundaryTransport(
        stack, error_body_limit=config.error_body_limit, secret=config.api_key
    )


def build_async_transport(
    config: ClientConfig, hooks: Hooks, *, network: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncBaseTransport:
    """The async twin of ``build_transport``, same order."""
    stack: httpx.AsyncBaseTransport = AsyncBufferTransport(network or _async_network(config))
    stack = AsyncAuthTransport(stack, credentials_for(config))
    if (limiters := _limiters(config, hooks)) is not None:
        stack = AsyncRateLimitTransport(stack, limiters)
    if config.breaker is not None:
        stack = AsyncBreakerTransport(stack, _breakers(config, hooks))
    stack = AsyncRetryTransport(stack, config.retry, hooks=hooks, sleep=testing.async_sleep)
    stack = AsyncTelemetryTransport(stack, hooks, secret=config.api_key)
    return AsyncErrorBoundaryTransport(
        stack, error_body_limit=config.error_body_limit, secret=config.api_key
    )
