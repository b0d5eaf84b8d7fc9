"""Client-side rate limiter per upstream host: pure accounting plus thin sync/async waiters.

``HostLimiter.reserve(cost, now)`` is the whole decision: it either books the request (and
its estimated tokens) in a sliding window and returns no wait, or says how long to wait and
why. Budgets (``requests_per_minute``, ``tokens_per_minute``) hold over *any* window of
``policy.window`` seconds. From each response's ``x-ratelimit-remaining-*`` /
``x-ratelimit-reset-*`` it also learns when the server would refuse the next request and
holds it back until the reset instead of collecting a 429.

Token costs are the caller's estimate (``RequestOptions.estimated_tokens``, 0 when unset);
they are not corrected from the response's usage.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Literal

import anyio
import attrs
import httpx

from .._headers import RateLimitInfo
from .._options import options_of
from .._policies import RateLimitPolicy
from ..errors import ConfigurationError, RateLimitError
from ..instrumentation import Hooks, RateLimitWait
from ._deadline import deadline_error, remaining

__all__ = [
    "AsyncRateLimitTransport",
    "HostLimiter",
    "RateLimitTransport",
    "RateLimiters",
    "Reservation",
]

Reason = Literal["requests", "tokens", "server"]


@attrs.frozen(slots=True)
class Reservation:
    """``wait == 0``: the request was booked and may go now; else wait and ask again."""

    wait: float = 0.0
    reason: Reason | None = None


_GO = Reservation()
_TICK = 1e-6


class HostLimiter:
    """The budgets of one host. Thread-safe; ``now`` is ``time.monotonic()``."""

    def __init__(self, host: str, policy: RateLimitPolicy, hooks: Hooks | None = None) -> None:
        self.host = host
        self.policy = policy
        self._hooks = hooks or Hooks()
        self._lock = threading.Lock()
        self._sent: deque[float] = deque()  # send times inside the window
        self._spent: deque[tuple[float, int]] = deque()  # (send time, tokens) inside the window
        self._tokens = 0  # sum of _spent
        # What the server last told us: remaining budget and when it resets (monotonic).
        self._server_requests: int | None = None
        self._server_requests_reset = 0.0
        self._server_tokens: int | None = None
        self._server_tokens_reset = 0.0

    def reserve(self, cost: int, now: float) -> Reservation:
        """Book one request costing ``cost`` tokens now, or say how long to wait first."""
        tpm = self.policy.tokens_per_minute
        if tpm is not None and cost > tpm:
            raise ConfigurationError(
                f"estimated_tokens={cost} exceeds tokens_per_minute={tpm}: it could never be sent"
            )
        with self._lock:
            self._prune(now)
            waits = self._waits(cost, now)
            if waits:
                # At least a tick: float rounding must not turn "binding" into "go now".
                worst = max(waits, key=lambda r: r.wait)
                return Reservation(max(worst.wait, _TICK), worst.reason)
            self._sent.append(now)
            if cost:
                self._spent.append((now, cost))
                self._tokens += cost
            if self._server_requests is not None:
                self._server_requests -= 1
            if self._server_tokens is not None:
                self._server_tokens -= cost
            return _GO

    def _waits(self, cost: int, now: float) -> list[Reservation]:
        window, waits = self.policy.window, []
        rpm, tpm = self.policy.requests_per_minute, self.policy.tokens_per_minute
        if rpm is not None and len(self._sent) >= rpm:
            waits.append(Reservation(self._sent[-rpm] + window - now, "requests"))
        if tpm is not None and self._tokens + cost > tpm:
            excess = self._tokens + cost - tpm
            for sent_at, spent in self._spent:  # oldest first: when enough has aged out
                excess -= spent
                if excess <= 0:
                    waits.append(Reservation(sent_at + window - now, "tokens"))
                    break
        if self._server_requests is not None and self._server_requests <= 0:
            waits.append(Reservation(self._server_requests_reset - now, "server"))
        if self._server_tokens is not None and (
            cost > self._server_tokens or self._server_tokens <= 0
        ):
            waits.append(Reservation(self._server_tokens_reset - now, "server"))
        return waits

    def _prune(self, now: float) -> None:
        horizon = now - self.policy.window
        while self._sent and self._sent[0] <= horizon:
            self._sent.popleft()
        while self._spent and self._spent[0][0] <= horizon:
            self._tokens -= self._spent.popleft()[1]
        if self._server_requests is not None and now >= self._server_requests_reset:
            self._server_requests = None
        if self._server_tokens is not None and now >= self._server_tokens_reset:
            self._server_tokens = None

    def update_from_headers(self, headers: Mapping[str, str], now: float) -> None:
        """Learn the server's remaining budget from a response's ``x-ratelimit-*`` headers."""
        if not self.policy.learn_from_headers:
            return
        info = RateLimitInfo.from_headers(headers)
        with self._lock:
            if info.remaining_requests is not None and info.reset_requests is not None:
                self._server_requests = info.remaining_requests
                self._server_requests_reset = now + info.reset_requests
            if info.remaining_tokens is not None and info.reset_tokens is not None:
                self._server_tokens = info.remaining_tokens
                self._server_tokens_reset = now + info.reset_tokens

    def reset(self) -> None:
        """Forget every booked request and what the server said (``testing.set_testing``)."""
        with self._lock:
            self._sent.clear()
            self._spent.clear()
            self._tokens = 0
            self._server_requests = self._server_tokens = None

    def admit(self, cost: int, now: float, deadline: float | None = None) -> float:
        """0 when the request is booked; else the wait before asking again (event emitted).

        Raises ``TimeoutError`` when the wait would end at or past ``deadline`` and
        ``RateLimitError`` when it exceeds ``policy.max_wait``.
        """
        reservation = self.reserve(cost, now)
        if reservation.wait <= 0 or reservation.reason is None:
            return 0.0
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
        return wait


class RateLimiters:
    """One ``HostLimiter`` per upstream host (``host:port``), created on first use."""

    def __init__(self, policy: RateLimitPolicy, hooks: Hooks | None = None) -> None:
        self.policy = policy
        self._hooks = hooks or Hooks()
        self._limiters: dict[str, HostLimiter] = {}
        self._lock = threading.Lock()

    def for_host(self, host: str) -> HostLimiter:
        """The limiter of ``host``."""
        with self._lock:
            limiter = self._limiters.get(host)
            if limiter is None:
                limiter = self._limiters[host] = HostLimiter(host, self.policy, self._hooks)
            return limiter

    def for_request(self, request: httpx.Request) -> HostLimiter:
        """The limiter of ``request``'s origin."""
        return self.for_host(request.url.netloc.decode("ascii"))

    def reset(self) -> None:
        """Reset every host's limiter."""
        with self._lock:
            limiters = list(self._limiters.values())
        for limiter in limiters:
            limiter.reset()


def _cost_and_deadline(request: httpx.Request) -> tuple[int, float | None]:
    options = options_of(request)
    if options is None:
        return 0, None
    return max(0, options.estimated_tokens or 0), options.deadline


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
        while (wait := limiter.admit(cost, self._clock(), deadline)) > 0:
            self._sleep(wait)
        response = self._inner.handle_request(request)
        limiter.update_from_headers(response.headers, self._clock())
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
        while (wait := limiter.admit(cost, self._clock(), deadline)) > 0:
            await self._sleep(wait)
        response = await self._inner.handle_async_request(request)
        limiter.update_from_headers(response.headers, self._clock())
        return response

    async def aclose(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        await self._inner.aclose()
