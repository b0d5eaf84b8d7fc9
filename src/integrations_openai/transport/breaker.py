"""Circuit breaker per upstream host: pybreaker's states, storage and listeners, driven here.

pybreaker's ``call()``/``calling()`` hold one ``RLock`` for the whole guarded call, which
serializes every request through a breaker, and its async path needs tornado. So we keep
pybreaker for what it is good at (state names, ``CircuitMemoryStorage`` or a shared storage,
``open()``/``half_open()``/``close()`` with listener notification) and make the decisions
ourselves under a short lock held only while deciding, never while a request is in flight:

- closed: every attempt goes through; ``fail_max`` consecutive failures open the circuit.
- open: attempts fail fast with ``CircuitOpenError`` until ``reset_timeout`` has passed.
- half-open: exactly one probe goes through; others fail fast while it is in flight. The
  probe's success closes the circuit, its failure re-opens it.

A failure is a 5xx status, a network error or a timeout. A 4xx (429 included) is a success:
the host answered, and the retry layer and the rate limiter deal with throttling. The call's
own deadline and a cancelled request count as neither.
"""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Literal

import httpx
import pybreaker

from .._policies import BreakerPolicy
from ..errors import CircuitOpenError, NetworkError, TimeoutError
from ..instrumentation import BreakerStateChange, Hooks
from ._deadline import is_deadline_error

__all__ = [
    "AsyncBreakerTransport",
    "BreakerTransport",
    "CircuitBreakers",
    "HostBreaker",
    "Outcome",
    "Permit",
    "classify_exception",
    "classify_status",
]


class Outcome(enum.Enum):
    """How one attempt counts for the breaker."""

    SUCCESS = "success"
    FAILURE = "failure"
    NEUTRAL = "neutral"


def classify_status(status: int) -> Outcome:
    """5xx is the host failing; anything else means it answered."""
    return Outcome.FAILURE if status >= 500 else Outcome.SUCCESS


def classify_exception(exc: BaseException) -> Outcome:
    """Network errors and timeouts are failures; the rest (our deadline, bugs) is neutral."""
    if is_deadline_error(exc):
        return Outcome.NEUTRAL
    failure_types = (NetworkError, TimeoutError, httpx.TransportError)
    if isinstance(exc, failure_types) and not isinstance(exc, httpx.UnsupportedProtocol):
        return Outcome.FAILURE
    return Outcome.NEUTRAL


class Permit:
    """Leave to send one attempt; ``probe`` marks the single half-open trial."""

    __slots__ = ("done", "probe")

    def __init__(self, probe: bool) -> None:
        self.probe = probe
        self.done = False


_State = Literal["closed", "open", "half-open"]
_STATE_NAMES: dict[str, _State] = {
    pybreaker.STATE_CLOSED: "closed",
    pybreaker.STATE_OPEN: "open",
    pybreaker.STATE_HALF_OPEN: "half-open",
}


class _EventListener(pybreaker.CircuitBreakerListener):
    """Turns pybreaker's state changes into our ``BreakerStateChange`` events."""

    def __init__(self, host: str, hooks: Hooks) -> None:
        self._host = host
        self._hooks = hooks

    def state_change(
        self,
        cb: pybreaker.CircuitBreaker,
        old_state: pybreaker.CircuitBreakerState | None,
        new_state: pybreaker.CircuitBreakerState,
    ) -> None:
        old = _STATE_NAMES[old_state.name] if old_state is not None else "closed"
        new = _STATE_NAMES[new_state.name]
        if old != new:
            self._hooks.emit(BreakerStateChange(host=self._host, old=old, new=new))


class HostBreaker:
    """The breaker of one host. ``acquire`` before an attempt, ``record`` after it.

    Both take ``now`` (``time.time()``, the clock of pybreaker's ``opened_at``) so tests
    drive time; neither blocks beyond a few attribute updates under ``_lock``.
    """

    def __init__(
        self,
        host: str,
        policy: BreakerPolicy,
        hooks: Hooks,
        *,
        storage: pybreaker.CircuitBreakerStorage | None = None,
    ) -> None:
        self.host = host
        self.policy = policy
        self._storage = storage or pybreaker.CircuitMemoryStorage(pybreaker.STATE_CLOSED)
        self.breaker = pybreaker.CircuitBreaker(
            fail_max=policy.fail_max,
            reset_timeout=policy.reset_timeout,
            state_storage=self._storage,
            listeners=[_EventListener(host, hooks)],
            name=host,
        )
        self._lock = threading.Lock()
        self._probe_in_flight = False

    @property
    def state(self) -> str:
        """``"closed"``, ``"open"`` or ``"half-open"`` (pybreaker's names)."""
        return self._storage.state

    @property
    def failures(self) -> int:
        """Consecutive failures counted so far."""
        return self._storage.counter

    def acquire(self, now: float) -> Permit:
        """Leave to send, or ``CircuitOpenError`` (raised here, nothing is sent)."""
        with self._lock:
            state = self._storage.state
            if state == pybreaker.STATE_CLOSED:
                return Permit(probe=False)
            if state == pybreaker.STATE_OPEN:
                retry_at = self._retry_at()
                if now < retry_at:
                    raise self._open_error(retry_at, now)
                self.breaker.half_open()
            if self._probe_in_flight:
                # The probe decides within one attempt; until then the circuit is not closed.
                raise self._open_error(now + self.policy.reset_timeout, now, probing=True)
            self._probe_in_flight = True
            return Permit(probe=True)

    def record(self, permit: Permit, outcome: Outcome, now: float) -> None:
        """Account the attempt ``permit`` allowed. Idempotent per permit."""
        with self._lock:
            if permit.done:
                return
            permit.done = True
            if permit.probe:
                self._probe_in_flight = False
            if outcome is Outcome.NEUTRAL:
                return
            state = self._storage.state
            if outcome is Outcome.SUCCESS:
                self._storage.reset_counter()
                if state == pybreaker.STATE_HALF_OPEN and permit.probe:
                    self.breaker.close()
            elif state == pybreaker.STATE_HALF_OPEN:
                if permit.probe:
                    self._open(now)
            elif state == pybreaker.STATE_CLOSED:
                # Attempts that started before the circuit opened are ignored once it is open.
                self._storage.increment_counter()
                if self._storage.counter >= self.policy.fail_max:
                    self._open(now)

    def reset(self) -> None:
        """Back to closed with no failures counted (tests, ``testing.set_testing``)."""
        with self._lock:
            self._probe_in_flight = False
            self._storage.reset_counter()
            if self._storage.state != pybreaker.STATE_CLOSED:
                self.breaker.close()

    def _open(self, now: float) -> None:
        self.breaker.open()
        # pybreaker stamps opened_at with the real clock; use ours so tests can drive time.
        self._storage.opened_at = datetime.fromtimestamp(now, UTC)

    def _retry_at(self) -> float:
        opened_at = self._storage.opened_at
        return (opened_at.timestamp() if opened_at else 0.0) + self.policy.reset_timeout

    def _open_error(
        self, retry_at: float, now: float, *, probing: bool = False
    ) -> CircuitOpenError:
        why = "a probe is in flight" if probing else "too many consecutive failures"
        return CircuitOpenError(
            f"circuit open for {self.host} ({why}); not sent",
            host=self.host,
            retry_at=retry_at,
            retry_after=max(0.0, retry_at - now),
        )


class CircuitBreakers:
    """One ``HostBreaker`` per upstream host (``host:port``), created on first use.

    Shared by the sync and async transports of a client when both exist.
    """

    def __init__(
        self,
        policy: BreakerPolicy | None = None,
        hooks: Hooks | None = None,
        *,
        storage_factory: Callable[[str], pybreaker.CircuitBreakerStorage] | None = None,
    ) -> None:
        self.policy = policy or BreakerPolicy()
        self._hooks = hooks or Hooks()
        self._storage_factory = storage_factory
        self._breakers: dict[str, HostBreaker] = {}
        self._lock = threading.Lock()

    def for_host(self, host: str) -> HostBreaker:
        """The breaker guarding ``host``."""
        with self._lock:
            breaker = self._breakers.get(host)
            if breaker is None:
                storage = self._storage_factory(host) if self._storage_factory else None
                breaker = HostBreaker(host, self.policy, self._hooks, storage=storage)
                self._breakers[host] = breaker
            return breaker

    def for_request(self, request: httpx.Request) -> HostBreaker:
        """The breaker guarding ``request``'s origin."""
        return self.for_host(request.url.netloc.decode("ascii"))

    def hosts(self) -> list[HostBreaker]:
        """Every breaker made so far (one per host called), for health reports."""
        with self._lock:
            return list(self._breakers.values())

    def reset(self) -> None:
        """Close every breaker and forget all failures."""
        with self._lock:
            breakers = list(self._breakers.values())
        for breaker in breakers:
            breaker.reset()


class BreakerTransport(httpx.BaseTransport):
    """Guards ``inner`` with the per-host breakers; concurrent attempts stay concurrent."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        breakers: CircuitBreakers | BreakerPolicy | None = None,
        *,
        hooks: Hooks | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._inner = inner
        self.breakers = _registry(breakers, hooks)
        self._clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send unless the host circuit is open (``CircuitOpenError``); record the outcome."""
        breaker = self.breakers.for_request(request)
        permit = breaker.acquire(self._clock())
        outcome = Outcome.NEUTRAL
        try:
            response = self._inner.handle_request(request)
            outcome = classify_status(response.status_code)
            return response
        except Exception as exc:
            outcome = classify_exception(exc)
            raise
        finally:  # also on cancellation (BaseException): the probe slot must be released
            breaker.record(permit, outcome, self._clock())

    def close(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        self._inner.close()


class AsyncBreakerTransport(httpx.AsyncBaseTransport):
    """The async twin of ``BreakerTransport`` (same ``HostBreaker`` decisions)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        breakers: CircuitBreakers | BreakerPolicy | None = None,
        *,
        hooks: Hooks | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._inner = inner
        self.breakers = _registry(breakers, hooks)
        self._clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send unless the host circuit is open (``CircuitOpenError``); record the outcome."""
        breaker = self.breakers.for_request(request)
        permit = breaker.acquire(self._clock())
        outcome = Outcome.NEUTRAL
        try:
            response = await self._inner.handle_async_request(request)
            outcome = classify_status(response.status_code)
            return response
        except Exception as exc:
            outcome = classify_exception(exc)
            raise
        finally:
            breaker.record(permit, outcome, self._clock())

    async def aclose(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        await self._inner.aclose()


def _registry(
    breakers: CircuitBreakers | BreakerPolicy | None, hooks: Hooks | None
) -> CircuitBreakers:
    if isinstance(breakers, CircuitBreakers):
        return breakers
    return CircuitBreakers(breakers, hooks)
