"""Client-side rate limiter per upstream host: pure accounting plus thin sync/async waiters.

``HostLimiter.reserve(cost, now)`` is the whole decision: it either books the request (and
its estimated tokens) in a sliding window and returns no wait, or says how long to wait and
why. Budgets (``requests_per_minute``, ``tokens_per_minute``) hold over *any* window of
``policy.window`` seconds. From each response's ``x-ratelimit-remaining-*`` /
``x-ratelimit-reset-*`` it also learns when the server would refuse the next request and
holds it back until the reset instead of collecting a 429.

A call's token cost is its plan's ``RequestOptions.estimated_tokens``: ``estimate_tokens``
(characters of the body's text / 4, plus the output cap the call asks for) unless the
caller fixed the number (``with_options(estimated_tokens=...)``). Once a non-streamed reply
reports ``usage.total_tokens``, the booked estimate is replaced by the real count
(``HostLimiter.settle``). A streamed reply keeps its estimate (its usage, if any, arrives
with the last event, long after the transport let go of it).
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Literal

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
    "estimate_tokens",
    "usage_tokens",
]

Reason = Literal["requests", "tokens", "server"]


@attrs.frozen(slots=True)
class Reservation:
    """``wait == 0``: the request was booked and may go now; else wait and ask again.

    ``booking`` is the booked ``[send time, tokens]`` entry a later ``settle`` corrects.
    """

    wait: float = 0.0
    reason: Reason | None = None
    booking: list[Any] | None = attrs.field(default=None, eq=False, repr=False)


_TICK = 1e-6
# Bodies name the output cap one of three ways (chat, completions/responses, older chat).
_OUTPUT_CAPS = ("max_tokens", "max_completion_tokens", "max_output_tokens")
_CHARS_PER_TOKEN = 4
# The last "total_tokens" key of a JSON body: the usage block sits at its top level, and a
# quote inside a string value is escaped, so an unescaped "total_tokens" is a real key.
_TOTAL_KEY = b'"total_tokens"'
_NUMBER_AFTER_COLON = re.compile(rb"\s*:\s*(\d+)")


def _text_chars(value: object, depth: int = 0) -> int:
    if isinstance(value, str):
        return len(value)
    if depth > 32:  # a pathological nesting is not worth walking
        return 0
    if isinstance(value, Mapping):
        return sum(_text_chars(v, depth + 1) for v in value.values())
    if isinstance(value, list | tuple):
        return sum(_text_chars(v, depth + 1) for v in value)
    to_dict = getattr(value, "to_dict", None)  # a generated request model
    if callable(to_dict):
        return _text_chars(to_dict(), depth + 1)
    return 0


def estimate_tokens(body: Mapping[str, object]) -> int:
    """A cheap upper-ish guess of one request's tokens, for the client-side token budget.

    Characters of every text in the body divided by 4 (the usual English ratio), plus the
    output cap the call asks for (``max_tokens``, ``max_completion_tokens`` or
    ``max_output_tokens``). Files and bytes count nothing: their cost is not text.
    """
    chars = sum(_text_chars(v) for k, v in body.items() if k not in _OUTPUT_CAPS)
    output = 0
    for name in _OUTPUT_CAPS:
        cap = body.get(name)
        if isinstance(cap, int) and not isinstance(cap, bool) and cap > 0:
            output = max(output, cap)
    return -(-chars // _CHARS_PER_TOKEN) + output


def usage_tokens(response: httpx.Response) -> int | None:
    """``usage.total_tokens`` of a buffered JSON reply, or ``None`` (streamed, absent)."""
    if "json" not in response.headers.get("content-type", ""):
        return None
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None  # streamed: the caller reads it
    at = content.rfind(_TOTAL_KEY)
    if at < 0:
        return None
    match = _NUMBER_AFTER_COLON.match(content, at + len(_TOTAL_KEY))
    return int(match.group(1)) if match else None


class HostLimiter:
    """The budgets of one host. Thread-safe; ``now`` is ``time.monotonic()``."""

    def __init__(self, host: str, policy: RateLimitPolicy, hooks: Hooks | None = None) -> None:
        self.host = host
        self.policy = policy
        self._hooks = hooks or Hooks()
        self._lock = threading.Lock()
        self._sent: deque[float] = deque()  # send times inside the window
        # [send time, tokens] per request inside the window (a list: ``settle`` corrects it).
        self._spent: deque[list[Any]] = deque()
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
                f"estimated_tokens={cost} exceeds tokens_per_minute={tpm}: it could never be "
                "sent (a smaller request, a larger budget, or with_options(estimated_tokens=...))"
            )
        with self._lock:
            self._prune(now)
            waits = self._waits(cost, now)
            if waits:
                # At least a tick: float rounding must not turn "binding" into "go now".
                worst = max(waits, key=lambda r: r.wait)
                return Reservation(max(worst.wait, _TICK), worst.reason)
            self._sent.append(now)
            booking = [now, cost]
            self._spent.append(booking)
            self._tokens += cost
            if self._server_requests is not None:
                self._server_requests -= 1
            if self._server_tokens is not None:
                self._server_tokens -= cost
            return Reservation(booking=booking)

    def settle(self, booking: list[Any] | None, actual: int) -> None:
        """Replace a booked estimate by the tokens the reply really used (``usage``)."""
        if booking is None or actual < 0:
            return
        with self._lock:
            if not any(entry is booking for entry in self._spent):
                return  # already out of the window: nothing left to correct
            self._tokens += actual - booking[1]
            booking[1] = actual

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

    def budget(self, now: float) -> dict[str, int | None]:
        """What is left in the window at ``now`` (``None``: no such limit or nothing learnt):
        ``requests``/``tokens`` of the client-side budget, ``server_requests``/
        ``server_tokens`` as the server last reported them."""
        with self._lock:
            self._prune(now)
            rpm, tpm = self.policy.requests_per_minute, self.policy.tokens_per_minute
            return {
                "requests": None if rpm is None else max(rpm - len(self._sent), 0),
                "tokens": None if tpm is None else max(tpm - self._tokens, 0),
                "server_requests": self._server_requests,
                "server_tokens": self._server_tokens,
            }

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
        return self.take(cost, now, deadline).wait

    def take(self, cost: int, now: float, deadline: float | None = None) -> Reservation:
        """``admit`` returning the whole ``Reservation`` (its ``booking`` feeds ``settle``)."""
        reservation = self.reserve(cost, now)
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

    def hosts(self) -> list[HostLimiter]:
        """Every host limiter made so far, for health reports."""
        with self._lock:
            return list(self._limiters.values())

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


def _learn(limiter: HostLimiter, booked: Reservation, response: httpx.Response, now: float) -> None:
    limiter.update_from_headers(response.headers, now)
    if limiter.policy.tokens_per_minute is not None and (used := usage_tokens(response)):
        limiter.settle(booked.booking, used)


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
        while (booked := limiter.take(cost, self._clock(), deadline)).wait > 0:
            await self._sleep(booked.wait)
        response = await self._inner.handle_async_request(request)
        _learn(limiter, booked, response, self._clock())
        return response

    async def aclose(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        await self._inner.aclose()
