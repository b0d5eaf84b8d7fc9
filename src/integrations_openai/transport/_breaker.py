"""Circuit breaker per upstream host: thin sync/async drivers around a storage.

The state machine is ``storage.Circuit`` (pure), made atomic by the storage: in this process
by default, or shared by every process through ``BreakerPolicy(storage=RedisStorage(...))``,
where the half-open probe slot is a Redis lock so exactly one process probes. Decisions are
made under a short lock (or one Lua script), never while a request is in flight:

- closed: every attempt goes through; ``fail_max`` consecutive failures open the circuit.
- open: attempts fail fast with ``CircuitOpenError`` until ``reset_timeout`` has passed.
- half-open: exactly one probe goes through; others fail fast while it is in flight. The
  probe's success closes the circuit, its failure re-opens it.

How an attempt counts is the failure classifier's call (``errors._failure``): a failure is a
5xx status, a lost connection or a timeout; a 4xx (429 included) is a success: the host
answered, and the retry layer and the rate limiter deal with throttling. The call's own
deadline, a full local pool, a request we could not form and a cancelled request count as
neither. A shared storage that cannot be
reached makes the breaker use this process's circuit for ``STORAGE_RETRY_AFTER`` seconds
(``on_storage_error="local"``) or fail the call (``"fail"``), with an event each time.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

import anyio
import httpx

from .._policies import BreakerPolicy
from ..errors import CircuitOpenError
from ..errors._failure import Outcome, breaker_outcome
from ..errors._failure import classify_exception as _classify
from ..instrumentation import BreakerStateChange, Hooks, StorageUnavailable
from ._ratelimit import STORAGE_RETRY_AFTER
from .storage import BreakerStorage, Decision, MemoryStorage, StorageUnavailableError
from .storage._circuit import Transition

__all__ = [
    "AsyncBreakerTransport",
    "BreakerTransport",
    "CircuitBreakers",
    "HostBreaker",
    "Outcome",
    "Permit",
]


class Permit:
    """Leave to send one attempt; ``probe`` marks the single half-open trial."""

    __slots__ = ("done", "probe", "shared")

    def __init__(self, probe: bool, shared: bool = False) -> None:
        self.probe = probe
        self.shared = shared  # decided by the shared storage (record it there too)
        self.done = False


class HostBreaker:
    """The breaker of one host. ``acquire`` before an attempt, ``record`` after it.

    Both take ``now`` (``time.time()``) so tests drive time; neither blocks beyond one
    storage step.
    """

    def __init__(
        self,
        host: str,
        policy: BreakerPolicy,
        hooks: Hooks | None = None,
        *,
        storage: BreakerStorage | None = None,
        local: MemoryStorage | None = None,
    ) -> None:
        self.host = host
        self.policy = policy
        self._hooks = hooks or Hooks()
        self._local = local if local is not None else MemoryStorage()
        self._storage: BreakerStorage = storage or policy.storage or self._local
        self._lock = threading.Lock()
        self._local_until = -math.inf

    @property
    def shared(self) -> bool:
        """Whether the circuit lives in a shared storage."""
        return self._storage is not self._local

    def _snapshot(self) -> tuple[str, int]:
        if self.shared:
            try:
                return self._storage.snapshot(self.host)
            except StorageUnavailableError:
                pass  # display only: show what this process knows
        return self._local.snapshot(self.host)

    @property
    def state(self) -> str:
        """``"closed"``, ``"open"`` or ``"half-open"``."""
        return self._snapshot()[0]

    @property
    def failures(self) -> int:
        """Consecutive failures counted so far."""
        return self._snapshot()[1]

    def _use_shared(self, now: float) -> bool:
        with self._lock:
            return self.shared and now >= self._local_until

    def _storage_failed(
        self, exc: StorageUnavailableError, now: float, *, answered: bool = False
    ) -> None:
        # After the response (``answered``) the call has its result: never fail it then.
        action = "local" if answered else self.policy.on_storage_error
        cause = type(exc.__cause__ or exc).__name__
        self._hooks.emit(StorageUnavailable("breaker", self.host, cause, action))
        if action == "fail":
            raise exc
        with self._lock:
            self._local_until = now + STORAGE_RETRY_AFTER

    def _emit(self, transition: Transition) -> None:
        if transition is not None and transition[0] != transition[1]:
            self._hooks.emit(BreakerStateChange(self.host, transition[0], transition[1]))

    def _permit(self, decision: Decision, now: float, shared: bool) -> Permit:
        self._emit(decision.transition)
        if decision.verdict in ("go", "probe"):
            return Permit(probe=decision.verdict == "probe", shared=shared)
        raise self._open_error(decision.retry_at, now, probing=decision.verdict == "probing")

    def acquire(self, now: float) -> Permit:
        """Leave to send, or ``CircuitOpenError`` (raised here, nothing is sent)."""
        timeout = self.policy.reset_timeout
        if self._use_shared(now):
            try:
                return self._permit(self._storage.acquire(self.host, now, timeout), now, True)
            except StorageUnavailableError as exc:
                self._storage_failed(exc, now)
        return self._permit(self._local.acquire(self.host, now, timeout), now, False)

    async def aacquire(self, now: float) -> Permit:
        """The async twin of ``acquire`` (a network storage is awaited, not blocked on)."""
        timeout = self.policy.reset_timeout
        if self._use_shared(now):
            try:
                decision = await self._storage.aacquire(self.host, now, timeout)
                return self._permit(decision, now, True)
            except StorageUnavailableError as exc:
                self._storage_failed(exc, now)
        return self._permit(self._local.acquire(self.host, now, timeout), now, False)

    def _claim(self, permit: Permit) -> bool:
        with self._lock:
            if permit.done:
                return False
            permit.done = True
            return True

    def record(self, permit: Permit, outcome: Outcome, now: float) -> None:
        """Account the attempt ``permit`` allowed. Idempotent per permit."""
        if not self._claim(permit):
            return
        fail_max = self.policy.fail_max
        if permit.shared:
            try:
                self._emit(
                    self._storage.record(self.host, permit.probe, outcome.value, now, fail_max)
                )
                return
            except StorageUnavailableError as exc:
                self._storage_failed(exc, now, answered=True)
                return  # the shared probe lock expires on its own
        self._emit(self._local.record(self.host, permit.probe, outcome.value, now, fail_max))

    async def arecord(self, permit: Permit, outcome: Outcome, now: float) -> None:
        """The async twin of ``record``."""
        if not self._claim(permit):
            return
        fail_max = self.policy.fail_max
        if permit.shared:
            try:
                self._emit(
                    await self._storage.arecord(
                        self.host, permit.probe, outcome.value, now, fail_max
                    )
                )
                return
            except StorageUnavailableError as exc:
                self._storage_failed(exc, now, answered=True)
                return
        self._emit(self._local.record(self.host, permit.probe, outcome.value, now, fail_max))

    def reset(self) -> None:
        """Back to closed with no failures counted (tests, ``testing.set_testing``).

        Only this process's circuit: a shared one is other processes' state too.
        """
        state, _ = self._local.snapshot(self.host)
        self._local.reset_key(self.host)
        with self._lock:
            self._local_until = -math.inf
        if state != "closed":
            self._hooks.emit(BreakerStateChange(self.host, state, "closed"))  # type: ignore[arg-type]

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

    def __init__(self, policy: BreakerPolicy | None = None, hooks: Hooks | None = None) -> None:
        self.policy = policy or BreakerPolicy()
        self._hooks = hooks or Hooks()
        self._local = MemoryStorage()
        self._breakers: dict[str, HostBreaker] = {}
        self._lock = threading.Lock()

    def for_host(self, host: str) -> HostBreaker:
        """The breaker guarding ``host``."""
        with self._lock:
            breaker = self._breakers.get(host)
            if breaker is None:
                breaker = HostBreaker(host, self.policy, self._hooks, local=self._local)
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
        """Close every breaker of this process and forget all failures."""
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
            outcome = breaker_outcome(response.status_code)
            return response
        except Exception as exc:
            outcome = _classify(exc).breaker
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
        permit = await breaker.aacquire(self._clock())
        outcome = Outcome.NEUTRAL
        try:
            response = await self._inner.handle_async_request(request)
            outcome = breaker_outcome(response.status_code)
            return response
        except Exception as exc:
            outcome = _classify(exc).breaker
            raise
        finally:
            # Shielded: a cancelled call must still release the (possibly shared) probe slot.
            with anyio.CancelScope(shield=True):
                await breaker.arecord(permit, outcome, self._clock())

    async def aclose(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        await self._inner.aclose()


def _registry(
    breakers: CircuitBreakers | BreakerPolicy | None, hooks: Hooks | None
) -> CircuitBreakers:
    if isinstance(breakers, CircuitBreakers):
        return breakers
    return CircuitBreakers(breakers, hooks)
