"""Helpers for the policy tests (retry, breaker, rate limiter): fake time, event capture,
response streams that record being closed, and one way to drive sync or async clients."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from integrations_openai._options import OPTIONS_KEY, RequestOptions
from integrations_openai.instrumentation import Event

MODES = ("sync", "async")


class FakeClock:
    """A monotonic clock that only moves when someone sleeps on it (or ``advance``)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class VirtualClock:
    """Shared virtual time for concurrent callers (threads or tasks) over real sockets.

    Reading returns the current virtual time and remembers it for the reading thread/task
    (``last()``); sleeping moves time to the sleeper's wake-up point (never backwards), so
    concurrent sleepers do not add up. Policies given this clock decide on virtual time only:
    their decisions can be checked exactly, whatever the load on the machine.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.slept = 0.0
        self._lock = threading.Lock()
        self._last: contextvars.ContextVar[float] = contextvars.ContextVar("virtual_last")

    def __call__(self) -> float:
        with self._lock:
            self._last.set(self.now)
            return self.now

    def last(self) -> float:
        """The time this thread/task read last (the moment a policy made its decision)."""
        return self._last.get()

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept += seconds
            self.now = max(self.now, self._last.get(self.now) + seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # let the other tasks run, as a real sleep would


class Events:
    """A ``Listener`` that keeps every event."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def on_event(self, event: Event) -> None:
        self.events.append(event)

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was closed (connection returned)."""

    def __init__(self, body: bytes, registry: list[TrackedStream]) -> None:
        self.body = body
        self.closed = False
        registry.append(self)

    def __iter__(self) -> Iterator[bytes]:
        yield self.body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.body

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def request(
    method: str = "POST",
    url: str = "https://api.test/v1/chat/completions",
    *,
    headers: dict[str, str] | None = None,
    content: Any = b'{"model": "m"}',
    **options: Any,
) -> httpx.Request:
    """A request carrying ``RequestOptions(call_id="call-1", **options)``."""
    return httpx.Request(
        method,
        url,
        headers=headers,
        content=content if method not in ("GET", "HEAD") else None,
        extensions={OPTIONS_KEY: RequestOptions(call_id="call-1", **options)},
    )


async def send(
    mode: str, transport: httpx.BaseTransport | httpx.AsyncBaseTransport, req: httpx.Request
) -> httpx.Response:
    """Send ``req`` through a real httpx client on ``transport`` and read the body."""
    if mode == "sync":
        assert isinstance(transport, httpx.BaseTransport)
        with httpx.Client(transport=transport) as client:
            return client.send(req)
    assert isinstance(transport, httpx.AsyncBaseTransport)
    async with httpx.AsyncClient(transport=transport) as aclient:
        return await aclient.send(req)
