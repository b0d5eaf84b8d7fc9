"""Client-side rate limiter per budget key: thin sync/async drivers around a storage.

``HostLimiter.reserve(cost, now)`` is the whole decision: the storage books the request (and
its estimated tokens) in a sliding window and says go, or says how long to wait and why
(``storage.Window``, one rule set for memory and Redis). Budgets (``requests_per_minute``,
``tokens_per_minute``) hold over *any* window of ``policy.window`` seconds. From each
response's ``x-ratelimit-remaining-*`` / ``x-ratelimit-reset-*`` it also learns when the server
would refuse the next request and holds it back until the reset instead of collecting a 429.

The budget key is ``policy.key`` applied to the request (``"{host}"`` by default). With a
shared ``policy.storage`` (Redis) every process draws from one budget; when it cannot be
reached the limiter falls back to this process's own windows (``on_storage_error="local"``)
for ``STORAGE_RETRY_AFTER`` seconds, or fails the call (``"fail"``), with an event each time.

A call's token cost is its plan's ``RequestOptions.estimated_tokens``: ``estimate_tokens``
(characters of the body's text / 4, plus the output cap the call asks for) unless the
caller fixed the number (``with_options(estimated_tokens=...)``). Once a non-streamed reply
reports ``usage.total_tokens``, the booked estimate is replaced by the real count
(``HostLimiter.settle``). A streamed reply keeps its estimate (its usage, if any, arrives
with the last event, long after the transport let go of it).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Final

import anyio
import httpx

from .._headers import RateLimitInfo
from .._options import options_of
from .._policies import RateLimitPolicy
from ..errors import ConfigurationError, RateLimitError
from ..instrumentation import Hooks, RateLimitWait, StorageUnavailable
from ._deadline import deadline_error, remaining
from ._ratelimit_key import budget_key
from ._tokens import estimate_tokens, usage_tokens
from .storage import (
    Booking,
    Limits,
    MemoryStorage,
    RateLimitStorage,
    Reservation,
    ServerBudget,
    StorageUnavailableError,
)

__all__ = [
    "STORAGE_RETRY_AFTER",
    "AsyncRateLimitTransport",
    "HostLimiter",
    "RateLimitTransport",
    "RateLimiters",
    "Reservation",
    "estimate_tokens",
    "usage_tokens",
]

#: Seconds a limiter keeps to its local windows after the shared storage failed, so a dead
#: Redis costs one bounded timeout per second, not one per request.
STORAGE_RETRY_AFTER: Final = 1.0


class HostLimiter:
    """The budget of one key (a host by default). Thread-safe; ``now`` is the driver's clock."""

    def __init__(
        self,
        host: str,
        policy: RateLimitPolicy,
        hooks: Hooks | None = None,
        *,
        storage: RateLimitStorage | None = None,
        local: MemoryStorage | None = None,
    ) -> None:
        self.host = host
        self.policy = policy
        self._hooks = hooks or Hooks()
        self._local = local if local is not None else MemoryStorage()
        self._storage: RateLimitStorage = storage or policy.storage or self._local
        self._limits = Limits(policy.requests_per_minute, policy.tokens_per_minute, policy.window)
        self._lock = threading.Lock()
        self._local_until = -math.inf  # the shared storage failed: local windows until then

    # -- the storage step, with its fallback ------------------------------------------------
    def _check_cost(self, cost: int) -> None:
        tpm = self.policy.tokens_per_minute
        if tpm is not None and cost > tpm:
            raise ConfigurationError(
                f"estimated_tokens={cost} exceeds tokens_per_minute={tpm}: it could never be "
                "sent (a smaller request, a larger budget, or with_options(estimated_tokens=...))"
            )

    def _shared(self, now: float) -> bool:
        with self._lock:
            return self._storage is not self._local and now >= self._local_until

    def _storage_failed(
        self, exc: StorageUnavailableError, now: float, *, answered: bool = False
    ) -> None:
        # After the response (``answered``) the call has its result: never fail it then.
        action = "local" if answered else self.policy.on_storage_error
        cause = type(exc.__cause__ or exc).__name__
        self._hooks.emit(StorageUnavailable("rate_limit", self.host, cause, action))
        if action == "fail":
            raise exc
        with self._lock:
            self._local_until = now + STORAGE_RETRY_AFTER

    def reserve(self, cost: int, now: float) -> Reservation:
        """Book one request costing ``cost`` tokens now, or say how long to wait first."""
        self._check_cost(cost)
        if self._shared(now):
            try:
                return self._storage.reserve(self.host, cost, self._limits, now)
            except StorageUnavailableError as exc:
                self._storage_failed(exc, now)
        return self._local.reserve(self.host, cost, self._limits, now)

    async def areserve(self, cost: int, now: float) -> Reservation:
        """The async twin of ``reserve`` (a network storage is awaited, not blocked on)."""
        self._check_cost(cost)
        if self._shared(now):
            try:
                return await self._storage.areserve(self.host, cost, self._limits, now)
            except StorageUnavailableError as exc:
                self._storage_failed(exc, now)
        return self._local.reserve(self.host, cost, self._limits, now)

    def _budget(self, headers: Mapping[str, str]) -> ServerBudget | None:
        if not self.policy.learn_from_headers:
            return None
        info = RateLimitInfo.from_headers(headers)
        budget = ServerBudget(
            info.remaining_requests, info.reset_requests, info.remaining_tokens, info.reset_tokens
        )
        return None if budget == ServerBudget() else budget

    def update_from_headers(self, headers: Mapping[str, str], now: float) -> None:
        """Learn the server's remaining budget from a response's ``x-ratelimit-*`` headers."""
        budget = self._budget(headers)
        if budget is None:
            return
        if self._shared(now):
            try:
                self._storage.learn(self.host, budget, now)
                return
            except StorageUnavailableError as exc:
                self._storage_failed(exc, now, answered=True)
        self._local.learn(self.host, budget, now)

    async def aupdate_from_headers(self, headers: Mapping[str, str], now: float) -> None:
        """The async twin of ``update_from_headers``."""
        budget = self._budget(headers)
        if budget is None:
            return
        if self._shared(now):
            try:
                await self._storage.alearn(self.host, budget, now)
                return
            except StorageUnavailableError as exc:
                self._storage_failed(exc, now, answered=True)
        self._local.learn(self.host, budget, now)

    def _booked_in(self, booking: Booking) -> RateLimitStorage:
        return self._storage if booking.shared else self._local

    def settle(self, booking: Booking | None, actual: int, now: float) -> None:
        """Replace a booked estimate by the tokens the reply really used (``usage``)."""
        if booking is None or actual < 0:
            return
        try:
            self._booked_in(booking).settle(booking, actual, self._limits, now)
        except StorageUnavailableError as exc:
            self._storage_failed(exc, now, answered=True)

    async def asettle(self, booking: Booking | None, actual: int, now: float) -> None:
        """The async twin of ``settle``."""
        if booking is None or actual < 0:
            return
        try:
            await self._booked_in(booking).asettle(booking, actual, self._limits, now)
        except StorageUnavailableError as exc:
            self._storage_failed(exc, now, answered=True)

    def budget(self, now: float) -> dict[str, int | None]:
        """What is left in the window at ``now`` (``None``: no such limit or nothing learnt):
        ``requests``/``tokens`` of the client-side budget, ``server_requests``/
        ``server_tokens`` as the server last reported them (from the shared storage when
        there is one and it answers)."""
        usage = None
        if self._shared(now):
            try:
                usage = self._storage.usage(self.host, self._limits, now)
            except StorageUnavailableError:
                usage = None  # a health report must not fail: show this process's view
        if usage is None:
            usage = self._local.usage(self.host, self._limits, now)
        rpm, tpm = self.policy.requests_per_minute, self.policy.tokens_per_minute
        return {
            "requests": None if rpm is None else max(rpm - usage.requests, 0),
            "tokens": None if tpm is None else max(tpm - usage.tokens, 0),
            "server_requests": usage.server_requests,
            "server_tokens": usage.server_tokens,
        }

    def reset(self) -> None:
        """Forget this process's windows (``testing.set_testing``); a shared store is left alone."""
        self._local.reset()
        with self._lock:
            self._local_until = -math.inf

    # -- the verdict ------------------------------------------------------------------------
    def _verdict(self, reservation: Reservation, now: float, deadline: float | None) -> Reservation:
        if reservation.wait <= 0 or reservation.reason is None:
            return reservation
        wait, reason = reservation.wait, reservation.reason
        left = remaining(deadline, now)
        if left is not None and wait >= left:
            raise deadline_error(f"the {reason} rate limit of {self.host} needs a {wait:.3f}s wait")
        if wait > self.policy.max_wait:
            raise RateLimitError(
                f"client-side {reason} rate limit of {self.host} needs a {wait:.1f}s wait, "
                f"more than max_wait={self.policy.max_wait}s; not sent"
            )
        self._hooks.emit(RateLimitWait(host=self.host, wait=wait, reason=reason))
        return reservation

    def admit(self, cost: int, now: float, deadline: float | None = None) -> float:
        """0 when the request is booked; else the wait before asking again (event emitted).

        Raises ``TimeoutError`` when the wait would end at or past ``deadline`` and
        ``RateLimitError`` when it exceeds ``policy.max_wait``.
        """
        return self.take(cost, now, deadline).wait

    async def aadmit(self, cost: int, now: float, deadline: float | None = None) -> float:
        """The async twin of ``admit``."""
        return (await self.atake(cost, now, deadline)).wait

    def take(self, cost: int, now: float, deadline: float | None = None) -> Reservation:
        """``admit`` returning the whole ``Reservation`` (its ``booking`` feeds ``settle``)."""
        return self._verdict(self.reserve(cost, now), now, deadline)

    async def atake(self, cost: int, now: float, deadline: float | None = None) -> Reservation:
        """The async twin of ``take``."""
        return self._verdict(await self.areserve(cost, now), now, deadline)


class RateLimiters:
    """One ``HostLimiter`` per budget key (``policy.key``), created on first use.

    Keys without a shared storage live in one ``MemoryStorage`` of this registry; with one,
    that storage also backs the fallback windows.
    """

    def __init__(
        self,
        policy: RateLimitPolicy,
        hooks: Hooks | None = None,
        *,
        organization: str | None = None,
        project: str | None = None,
    ) -> None:
        self.policy = policy
        self._hooks = hooks or Hooks()
        self._organization = organization
        self._project = project
        self._local = MemoryStorage()
        self._limiters: dict[str, HostLimiter] = {}
        self._lock = threading.Lock()

    def for_host(self, host: str) -> HostLimiter:
        """The limiter of budget key ``host`` (a ``host:port`` under the default key)."""
        with self._lock:
            limiter = self._limiters.get(host)
            if limiter is None:
                limiter = self._limiters[host] = HostLimiter(
                    host, self.policy, self._hooks, local=self._local
                )
            return limiter

    def for_request(self, request: httpx.Request) -> HostLimiter:
        """The limiter of ``request``'s budget key."""
        key = budget_key(self.policy.key, request, self._organization, self._project)
        return self.for_host(key)

    def hosts(self) -> list[HostLimiter]:
        """Every host limiter made so far, for health reports."""
        with self._lock:
            return list(self._limiters.values())

    def reset(self) -> None:
        """Forget this process's windows (a shared storage is left alone)."""
        with self._lock:
            limiters = list(self._limiters.values())
        self._local.reset()
        for limiter in limiters:
            limiter.reset()


def _cost_and_deadline(request: httpx.Request) -> tuple[int, float | None]:
    options = options_of(request)
    if options is None:
        return 0, None
    return max(0, options.estimated_tokens or 0), options.deadline


def _used(limiter: HostLimiter, response: httpx.Response) -> int | None:
    if limiter.policy.tokens_per_minute is None:
        return None
    return usage_tokens(response)


def _learn(limiter: HostLimiter, booked: Reservation, response: httpx.Response, now: float) -> None:
    limiter.update_from_headers(response.headers, now)
    if (used := _used(limiter, response)) is not None:
        limiter.settle(booked.booking, used, now)


async def _alearn(
    limiter: HostLimiter, booked: Reservation, response: httpx.Response, now: float
) -> None:
    await limiter.aupdate_from_headers(response.headers, now)
    if (used := _used(limiter, response)) is not None:
        await limiter.asettle(booked.booking, used, now)


class RateLimitTransport(httpx.BaseTransport):
    """Holds each attempt back until the host's budgets allow it, then sends it."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        limiters: RateLimiters | RateLimitPolicy,
        *,
        hooks: Hooks | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._inner = inner
        self.limiters = (
            limiters if isinstance(limiters, RateLimiters) else RateLimiters(limiters, hooks)
        )
        self._sleep = sleep
        self._clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Wait for a request/token slot of the target host, send, learn from the reply."""
        limiter = self.limiters.for_request(request)
        cost, deadline = _cost_and_deadline(request)
        while (booked := limiter.take(cost, self._clock(), deadline)).wait > 0:
            self._sleep(booked.wait)
        response = self._inner.handle_request(request)
        _learn(limiter, booked, response, self._clock())
        return response

    def close(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        self._inner.close()


class AsyncRateLimitTransport(httpx.AsyncBaseTransport):
    """The async twin of ``RateLimitTransport`` (same ``HostLimiter``; sleeps with anyio)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        limiters: RateLimiters | RateLimitPolicy,
        *,
        hooks: Hooks | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._inner = inner
        self.limiters = (
            limiters if isinstance(limiters, RateLimiters) else RateLimiters(limiters, hooks)
        )
        self._sleep = sleep
        self._clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Wait for a request/token slot of the target host, send, learn from the reply."""
        limiter = self.limiters.for_request(request)
        cost, deadline = _cost_and_deadline(request)
        while (booked := await limiter.atake(cost, self._clock(), deadline)).wait > 0:
            await self._sleep(booked.wait)
        response = await self._inner.handle_async_request(request)
        await _alearn(limiter, booked, response, self._clock())
        return response

    async def aclose(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        await self._inner.aclose()
