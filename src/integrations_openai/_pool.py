"""The connection pool's settings: limits (keep-alive as large as the connection limit by
default) and the HTTP/2 switch. ``config.py`` re-exports the constants and ``pool_limits``.
"""

from __future__ import annotations

import importlib.util
from typing import Final

import httpx

from .errors import ConfigurationError

__all__ = [
    "DEFAULT_KEEPALIVE_EXPIRY",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_KEEPALIVE_CONNECTIONS",
    "check_http2",
    "pool_limits",
]

# Enough parallelism for a busy worker. Keep-alive is as large as the connection limit: a
# smaller one closes the connections a burst just opened, so the next burst opens some of
# them again (with 20 idle slots, three bursts of 32 concurrent calls opened more than 32).
# Idle connections are dropped before typical load-balancer idle limits so a reused
# connection is rarely one the server already closed.
DEFAULT_MAX_CONNECTIONS: Final = 100
DEFAULT_MAX_KEEPALIVE_CONNECTIONS: Final = DEFAULT_MAX_CONNECTIONS
DEFAULT_KEEPALIVE_EXPIRY: Final = 20.0


def _pool_number(argument: str, value: object, *, integer: bool) -> None:
    kinds = int if integer else int | float
    if isinstance(value, bool) or not isinstance(value, kinds) or not value > 0:
        what = "a positive integer" if integer else "a positive number of seconds"
        raise ConfigurationError(f"{argument} must be {what}, got {value!r}")


def pool_limits(
    limits: httpx.Limits | None = None,
    *,
    max_connections: int | None = None,
    max_keepalive_connections: int | None = None,
    keepalive_expiry: float | None = None,
) -> httpx.Limits:
    """The connection pool's limits; keep-alive defaults to as many as ``max_connections``.

    A whole ``httpx.Limits`` may be given instead of the three numbers (not both).
    """
    if limits is not None:
        if not isinstance(limits, httpx.Limits):
            raise ConfigurationError(f"limits must be an httpx.Limits, not {type(limits).__name__}")
        if {max_connections, max_keepalive_connections, keepalive_expiry} != {None}:
            raise ConfigurationError(
                "pass either limits= or max_connections/max_keepalive_connections/"
                "keepalive_expiry, not both"
            )
        return limits
    connections = DEFAULT_MAX_CONNECTIONS if max_connections is None else max_connections
    _pool_number("max_connections", connections, integer=True)
    keepalive = connections if max_keepalive_connections is None else max_keepalive_connections
    _pool_number("max_keepalive_connections", keepalive, integer=True)
    expiry = DEFAULT_KEEPALIVE_EXPIRY if keepalive_expiry is None else keepalive_expiry
    _pool_number("keepalive_expiry", expiry, integer=False)
    return httpx.Limits(
        max_connections=connections,
        max_keepalive_connections=min(keepalive, connections),
        keepalive_expiry=float(expiry),
    )


def check_http2(value: object) -> bool:
    """``value`` as the ``http2`` setting; ``True`` only when ``h2`` is installed."""
    if not isinstance(value, bool):
        raise ConfigurationError(f"http2 must be True or False, not {type(value).__name__}")
    if not value:
        return False
    if importlib.util.find_spec("h2") is None:
        raise ConfigurationError(
            "http2=True needs the 'h2' package: pip install 'httpx[http2]' (or h2)"
        )
    return True
