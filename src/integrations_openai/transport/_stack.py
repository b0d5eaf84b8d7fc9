"""The stack builder: the one ``LAYERS`` table and the network transports under it."""

from __future__ import annotations

import functools
import ssl
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

import httpx

from .. import testing
from ..instrumentation import Hooks
from ._aiohttp import AiohttpTransport, aiohttp_installed
from ._auth import AsyncAuthTransport, AuthTransport, Credentials
from ._boundary import AsyncErrorBoundaryTransport, ErrorBoundaryTransport
from ._breaker import AsyncBreakerTransport, BreakerTransport, CircuitBreakers
from ._buffer import AsyncBufferTransport, BufferTransport
from ._lazy import LazyTransport
from ._ratelimit import AsyncRateLimitTransport, RateLimiters, RateLimitTransport
from ._retry import AsyncRetryTransport, RetryTransport
from ._security import create_ssl_context
from ._sync_http import SyncHTTPTransport
from ._telemetry import AsyncTelemetryTransport, TelemetryTransport

if TYPE_CHECKING:
    from ..config import ClientConfig

__all__ = [
    "LAYERS",
    "async_network_transport",
    "build_async_transport",
    "build_transport",
    "credentials_for",
    "network_transport",
]


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
    limiters = RateLimiters(
        config.rate_limit, hooks, organization=config.organization, project=config.project
    )
    testing.register_resettable(limiters)
    return limiters


def _ssl_context(config: ClientConfig) -> ssl.SSLContext | Callable[[], ssl.SSLContext]:
    # The default TLS context (tens of ms) waits for the first connection; a configured CA
    # bundle is loaded now, so a bad one fails the constructor.
    if config.ca_bundle is not None:
        return create_ssl_context(config.ca_bundle)
    return functools.partial(create_ssl_context, None)


def network_transport(config: ClientConfig) -> httpx.BaseTransport:
    """The pooled network transport at the bottom of the sync stack (one pool per client).

    Our HTTP/1.1 pool on the standard library (``SyncHTTPTransport``) unless the config asks
    for httpx's (``sync_transport="httpx"``, or ``http2=True`` under ``"auto"``). Either way
    nothing costly happens before the first request: httpx's pool and the TLS context are
    built then (``LazyTransport``), ours builds the TLS context at its first HTTPS connection.
    """
    if config.sync_transport != "httpx" and not config.http2:
        return SyncHTTPTransport(ssl_context=_ssl_context(config), limits=config.limits)

    def pool(context: ssl.SSLContext | None = None) -> httpx.HTTPTransport:
        verify = context or create_ssl_context(None)
        return httpx.HTTPTransport(verify=verify, limits=config.limits, http2=config.http2)

    if config.ca_bundle is not None:
        return pool(create_ssl_context(config.ca_bundle))
    return LazyTransport(pool)


def async_network_transport(config: ClientConfig) -> httpx.AsyncBaseTransport:
    """The async twin of ``network_transport``: aiohttp's pool, or httpx's own (HTTP/2)."""
    choice = config.async_transport
    if choice == "aiohttp" or (choice == "auto" and aiohttp_installed() and not config.http2):
        # aiohttp itself loads with the first request, as does the default TLS context.
        return AiohttpTransport(ssl_context=_ssl_context(config), limits=config.limits)
    return httpx.AsyncHTTPTransport(
        verify=create_ssl_context(config.ca_bundle), limits=config.limits, http2=config.http2
    )


# A layer's keyword arguments for one stack (``None``: the layer is off for this config).
# ``is_async`` only picks the sleep function; every other argument is driver-neutral.
_Arguments = Callable[["ClientConfig", Hooks, bool], "dict[str, Any] | None"]
_Layer = tuple[
    Callable[..., httpx.BaseTransport], Callable[..., httpx.AsyncBaseTransport], _Arguments
]


def _no_arguments(config: ClientConfig, hooks: Hooks, is_async: bool) -> dict[str, Any] | None:
    return {}


def _auth(config: ClientConfig, hooks: Hooks, is_async: bool) -> dict[str, Any] | None:
    return {"credentials": credentials_for(config)}


def _rate_limit(config: ClientConfig, hooks: Hooks, is_async: bool) -> dict[str, Any] | None:
    limiters = _limiters(config, hooks)
    return None if limiters is None else {"limiters": limiters}


def _breaker(config: ClientConfig, hooks: Hooks, is_async: bool) -> dict[str, Any] | None:
    return None if config.breaker is None else {"breakers": _breakers(config, hooks)}


def _retry(config: ClientConfig, hooks: Hooks, is_async: bool) -> dict[str, Any] | None:
    sleep = testing.async_sleep if is_async else testing.sleep
    return {"policy": config.retry, "hooks": hooks, "sleep": sleep}


def _telemetry(config: ClientConfig, hooks: Hooks, is_async: bool) -> dict[str, Any] | None:
    return {"hooks": hooks, "secret": config.api_key}


def _boundary(config: ClientConfig, hooks: Hooks, is_async: bool) -> dict[str, Any] | None:
    return {"error_body_limit": config.error_body_limit, "secret": config.api_key}


#: THE layer order, innermost first (the module docstring reads it outermost first):
#: (sync layer, async layer, its arguments). Both builders walk this one table.
LAYERS: Final[tuple[_Layer, ...]] = (
    (BufferTransport, AsyncBufferTransport, _no_arguments),
    (AuthTransport, AsyncAuthTransport, _auth),
    (RateLimitTransport, AsyncRateLimitTransport, _rate_limit),
    (BreakerTransport, AsyncBreakerTransport, _breaker),
    (RetryTransport, AsyncRetryTransport, _retry),
    (ErrorBoundaryTransport, AsyncErrorBoundaryTransport, _boundary),
    (TelemetryTransport, AsyncTelemetryTransport, _telemetry),
)


def _wrap(
    config: ClientConfig,
    hooks: Hooks,
    bottom: Any,
    *,
    is_async: bool,
    credentials: Credentials | None = None,
) -> Any:
    stack = bottom
    for sync_layer, async_layer, arguments in LAYERS:
        kwargs = arguments(config, hooks, is_async)
        if kwargs is not None and credentials is not None and "credentials" in kwargs:
            kwargs["credentials"] = credentials
        if kwargs is not None:
            stack = (async_layer if is_async else sync_layer)(stack, **kwargs)
    return stack


def build_transport(
    config: ClientConfig,
    hooks: Hooks,
    *,
    network: httpx.BaseTransport | None = None,
    credentials: Credentials | None = None,
) -> httpx.BaseTransport:
    """The sync stack for ``config``; ``network`` replaces the pooled HTTP transport (tests),
    ``credentials`` the auth layer's default view of ``config`` (another auth scheme)."""
    stack: httpx.BaseTransport = _wrap(
        config,
        hooks,
        network or network_transport(config),
        is_async=False,
        credentials=credentials,
    )
    return stack


def build_async_transport(
    config: ClientConfig,
    hooks: Hooks,
    *,
    network: httpx.AsyncBaseTransport | None = None,
    credentials: Credentials | None = None,
) -> httpx.AsyncBaseTransport:
    """The async twin of ``build_transport``, built from the same ``LAYERS`` table."""
    stack: httpx.AsyncBaseTransport = _wrap(
        config,
        hooks,
        network or async_network_transport(config),
        is_async=True,
        credentials=credentials,
    )
    return stack
