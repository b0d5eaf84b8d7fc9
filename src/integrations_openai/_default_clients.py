"""The official SDK's ``Default*Client`` names: httpx clients with this library's defaults.

A caller who customizes the HTTP client (proxies, mTLS, limits) builds one of these and
passes it as ``http_client=``; it then sits at the bottom of our transport stack, so retries,
breaker, limiter and telemetry still apply. The SDK's ``*Httpx2*`` names are the same classes:
this library speaks httpx, whose constructor takes the same keywords.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import Any

import httpx

from .config import (
    DEFAULT_KEEPALIVE_EXPIRY,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    DEFAULT_TIMEOUT,
)
from .errors import ConfigurationError

__all__ = [
    "DefaultAioHttpClient",
    "DefaultAsyncHttpx2Client",
    "DefaultAsyncHttpxClient",
    "DefaultHttpx2Client",
    "DefaultHttpxClient",
]


def _defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT.to_httpx())
    kwargs.setdefault("limits", _limits())
    kwargs.setdefault("follow_redirects", True)
    return kwargs


def _limits() -> httpx.Limits:
    return httpx.Limits(
        max_connections=DEFAULT_MAX_CONNECTIONS,
        max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
        keepalive_expiry=DEFAULT_KEEPALIVE_EXPIRY,
    )


class DefaultHttpxClient(httpx.Client):
    """An ``httpx.Client`` with this library's timeout, pool limits and redirect defaults."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` with this library's defaults."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_defaults(kwargs))


def _ssl_context(verify: object) -> ssl.SSLContext | Callable[[], ssl.SSLContext]:
    """httpx's ``verify`` (a context, a CA bundle path, True or False) as what aiohttp takes."""
    if isinstance(verify, ssl.SSLContext):
        return verify
    if isinstance(verify, str):
        return lambda: ssl.create_default_context(cafile=verify)
    if verify is False:

        def unverified() -> ssl.SSLContext:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            return context

        return unverified
    return ssl.create_default_context  # built on the first request, not here


class DefaultAioHttpClient(DefaultAsyncHttpxClient):
    """An async httpx client whose network is aiohttp (install the ``aiohttp`` extra).

    Takes httpx's keywords; ``verify``, ``limits`` and ``proxy`` configure the aiohttp pool.
    """

    def __init__(self, **kwargs: Any) -> None:
        from .transport._aiohttp import AiohttpTransport, aiohttp_installed

        if not aiohttp_installed():
            raise ConfigurationError(
                "DefaultAioHttpClient needs aiohttp: pip install 'integrations-openai[aiohttp]'"
            )
        limits = kwargs.pop("limits", None) or _limits()
        transport = AiohttpTransport(
            ssl_context=_ssl_context(kwargs.pop("verify", True)),
            limits=limits,
            proxy=kwargs.pop("proxy", None),
        )
        kwargs.setdefault("transport", transport)
        super().__init__(limits=limits, **kwargs)


#: The SDK's name for the same client (it runs on httpx2; this library on httpx).
DefaultHttpx2Client = DefaultHttpxClient
#: The SDK's name for the same async client.
DefaultAsyncHttpx2Client = DefaultAsyncHttpxClient
