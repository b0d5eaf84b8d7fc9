"""Entra ID token providers over an ``azure-identity`` credential, refreshed before expiry.

``azure_ad_token_provider`` takes any callable returning a token; these two build one from
a credential (``DefaultAzureCredential`` when none is given). The token is reused until it
is within ``refresh_margin`` seconds of its ``expires_on``, then fetched again, so a long
job never sends an expired token and a busy client does not ask for one per request.
``azure-identity`` is an optional extra (``integrations-openai[azure]``), imported only
when a provider without a credential is first called.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from ..errors import ConfigurationError

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DEFAULT_REFRESH_MARGIN",
    "DEFAULT_SCOPE",
    "AsyncEntraTokenProvider",
    "EntraTokenProvider",
    "needs_refresh",
]

DEFAULT_SCOPE: Final = "https://cognitiveservices.azure.com/.default"
#: Seconds before ``expires_on`` at which a cached token is replaced.
DEFAULT_REFRESH_MARGIN: Final = 300.0
_EXTRA = "pip install 'integrations-openai[azure]'"


def needs_refresh(expires_on: float | None, now: float, margin: float) -> bool:
    """True when there is no token yet or it expires within ``margin`` seconds of ``now``."""
    return expires_on is None or now >= expires_on - margin


def _default_credential(module: str) -> Any:
    try:
        identity = __import__(module, fromlist=["DefaultAzureCredential"])
    except ImportError:
        raise ConfigurationError(
            f"Entra ID tokens without a credential need azure-identity: {_EXTRA}"
        ) from None
    return identity.DefaultAzureCredential()


def _token_of(access: Any) -> tuple[str, float]:
    token, expires_on = getattr(access, "token", None), getattr(access, "expires_on", None)
    if not isinstance(token, str) or not token or not isinstance(expires_on, int | float):
        raise ConfigurationError(
            "the credential's get_token() did not return an access token (token, expires_on)"
        )
    return token, float(expires_on)


class _Cache:
    __slots__ = ("clock", "credential", "expires_on", "margin", "scope", "token")

    def __init__(
        self, credential: Any, scope: str, margin: float, clock: Callable[[], float]
    ) -> None:
        if not isinstance(scope, str) or not scope:
            raise ConfigurationError("scope must be a non-empty string")
        if isinstance(margin, bool) or not isinstance(margin, int | float) or not margin >= 0:
            raise ConfigurationError(f"refresh_margin must be seconds >= 0, got {margin!r}")
        self.credential = credential
        self.scope = scope
        self.margin = float(margin)
        self.clock = clock
        self.token: str | None = None
        self.expires_on: float | None = None

    def fresh(self) -> str | None:
        if self.token is None or needs_refresh(self.expires_on, self.clock(), self.margin):
            return None
        return self.token

    def store(self, access: Any) -> str:
        self.token, self.expires_on = _token_of(access)
        return self.token


class EntraTokenProvider:
    """``azure_ad_token_provider`` for ``AzureOpenAIClient``: a cached, refreshed token."""

    __slots__ = ("_cache", "_lock")

    def __init__(
        self,
        credential: Any = None,
        *,
        scope: str = DEFAULT_SCOPE,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._cache = _Cache(credential, scope, refresh_margin, clock)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"EntraTokenProvider(scope={self._cache.scope!r})"

    def __call__(self) -> str:
        """The current token, fetched from the credential when missing or about to expire."""
        cache = self._cache
        with self._lock:
            token = cache.fresh()
            if token is not None:
                return token
            if cache.credential is None:
                cache.credential = _default_credential("azure.identity")
            return cache.store(cache.credential.get_token(cache.scope))


class AsyncEntraTokenProvider:
    """The async twin, for ``AsyncAzureOpenAIClient`` and an async (``.aio``) credential."""

    __slots__ = ("_cache", "_lock")

    def __init__(
        self,
        credential: Any = None,
        *,
        scope: str = DEFAULT_SCOPE,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._cache = _Cache(credential, scope, refresh_margin, clock)
        self._lock: asyncio.Lock | None = None  # made in the loop that first calls

    def __repr__(self) -> str:
        return f"AsyncEntraTokenProvider(scope={self._cache.scope!r})"

    async def __call__(self) -> str:
        """See ``EntraTokenProvider.__call__``; concurrent callers share one fetch."""
        cache = self._cache
        if (token := cache.fresh()) is not None:
            return token
        if self._lock is None:
            import asyncio  # a sync-only process never loads asyncio

            self._lock = asyncio.Lock()
        async with self._lock:
            if (token := cache.fresh()) is not None:
                return token
            if cache.credential is None:
                cache.credential = _default_credential("azure.identity.aio")
            return cache.store(await cache.credential.get_token(cache.scope))
