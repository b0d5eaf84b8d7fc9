"""A sync network transport built at its first request, not with the client.

``httpx.HTTPTransport`` imports httpcore and h11 and builds the default TLS context (the
system trust store): tens of milliseconds that a process which constructs a client and
never calls (a CLI showing its help, a worker failing a health check) should not pay. The
pool is built once, under a lock, by whichever thread sends first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx

__all__ = ["LazyTransport"]


class LazyTransport(httpx.BaseTransport):
    """Builds ``factory()`` at the first request; ``_inner`` exists from then on."""

    _inner: httpx.BaseTransport

    def __init__(self, factory: Callable[[], httpx.BaseTransport]) -> None:
        self._factory = factory
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        """Whether the real transport exists (a request was sent)."""
        return hasattr(self, "_inner")

    def get(self) -> httpx.BaseTransport:
        """The real transport, built now if it was not yet."""
        with self._lock:
            if not self.built:
                self._inner = self._factory()
            return self._inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send through the real transport, building it first if needed."""
        try:
            inner = self._inner
        except AttributeError:
            inner = self.get()
        return inner.handle_request(request)

    def close(self) -> None:
        """Close the real transport if one was built (nothing to release otherwise)."""
        with self._lock:
            if self.built:
                self._inner.close()
