"""Retry, circuit breaker and rate limiter on real sockets against the fault server.

Each test runs sync and async. The stack is the design's order
(Retry -> Breaker -> RateLimit -> httpx transport) built from the policy layers alone, so a
failure here points at a policy, not at the client. Waits are tiny policy knobs; timing
assertions are generous bounds only.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from integrations_openai._options import OPTIONS_KEY, RequestOptions
from integrations_openai._policies import BreakerPolicy, RateLimitPolicy, RetryPolicy
from integrations_openai.errors import CircuitOpenError, TimeoutError
from integrations_openai.instrumentation import BreakerStateChange, Hooks, RetryScheduled
from integrations_openai.transport._breaker import (
    AsyncBreakerTransport,
    BreakerTransport,
    CircuitBreakers,
)
from integrations_openai.transport._ratelimit import AsyncRateLimitTransport, RateLimitTransport
from integrations_openai.transport._retry import AsyncRetryTransport, RetryTransport
from integrations_openai.transport.storage import Limits, MemoryStorage, Reservation
from tests.support.faultserver import FaultServer, Reply, error_reply, json_reply, reset, stall
from tests.support.resilience import MODES, Events, VirtualClock

pytestmark = [pytest.mark.parametrize("mode", MODES), pytest.mark.timeout(60)]

FAST = RetryPolicy(initial_backoff=0.01, max_backoff=0.05)
LENIENT = BreakerPolicy(fail_max=1000)  # for tests about retries, not the breaker
QUOTA = {"message": "You exceeded your current quota", "type": "insufficient_quota"}


class Stack:
    """Retry -> Breaker -> RateLimit -> httpx, as a sync or an async client."""

    def __init__(
        self,
        mode: str,
        server: FaultServer,
        *,
        retry: RetryPolicy = FAST,
        breaker: BreakerPolicy | None = None,
        limit: RateLimitPolicy | None = None,
        limits: httpx.Limits | None = None,
        clock: VirtualClock | None = None,
    ) -> None:
        self.mode, self.url, self.events = mode, server.url + "/v1/chat/completions", Events()
        hooks = Hooks([self.events])
        self.breakers = CircuitBreakers(breaker or BreakerPolicy(), hooks)
        self.clock = clock
        self.admitted: list[float] = []  # virtual time each request passed the limiter
        pool = limits or httpx.Limits(max_connections=50)
        # With a virtual clock every policy decides on virtual time (sleeping advances it);
        # without one they use their real defaults.
        timing: dict[str, Any] = {} if clock is None else {"clock": clock}
        if mode == "sync":
            inner: Any = _Admissions(httpx.HTTPTransport(limits=pool), self)
            sleep = {} if clock is None else {"sleep": clock.sleep}
            if limit is not None:
                inner = RateLimitTransport(inner, limit, hooks=hooks, **timing, **sleep)
            inner = RetryTransport(
                BreakerTransport(inner, self.breakers, **timing),
                retry,
                hooks=hooks,
                **timing,
                **sleep,
            )
            self.client: Any = httpx.Client(transport=inner, timeout=10)
        else:
            ainner: Any = _Admissions(httpx.AsyncHTTPTransport(limits=pool), self)
            asleep = {} if clock is None else {"sleep": clock.asleep}
            if limit is not None:
                ainner = AsyncRateLimitTransport(ainner, limit, hooks=hooks, **timing, **asleep)
            ainner = AsyncRetryTransport(
                AsyncBreakerTransport(ainner, self.breakers, **timing),
                retry,
                hooks=hooks,
                **timing,
                **asleep,
            )
            self.client = httpx.AsyncClient(transport=ainner, timeout=10)

    def _request(self, options: dict[str, Any]) -> httpx.Request:
        opts = RequestOptions(call_id="chaos", **options)
        return self.client.build_request(
            "POST", self.url, json={"model": "m"}, extensions={OPTIONS_KEY: opts}
        )

    async def call(self, **options: Any) -> httpx.Response:
        if self.mode == "sync":
            return self.client.send(self._request(options))  # type: ignore[no-any-return]
        return await self.client.send(self._request(options))  # type: ignore[no-any-return]

    async def many(self, n: int, **options: Any) -> list[httpx.Response | BaseException]:
        """``n`` concurrent calls: threads (sync) or tasks (async); exceptions are returned."""
        if self.mode == "sync":

            def one(_: int) -> httpx.Response | BaseException:
                try:
                    return self.client.send(self._request(options))  # type: ignore[no-any-return]
                except Exception as exc:
                    return exc

            with ThreadPoolExecutor(n) as pool:
                return list(pool.map(one, range(n)))
        return list(
            await asyncio.gather(*(self.call(**options) for _ in range(n)), return_exceptions=True)
        )

    async def close(self) -> None:
        if self.mode == "sync":
            self.client.close()
        else:
            await self.client.aclose()


class _BookingTimes(MemoryStorage):
    """The limiter's own storage, remembering the time each request was booked at."""

    def __init__(self) -> None:
        super().__init__()
        self.booked: list[float] = []

    def reserve(self, key: str, cost: int, limits: Limits, now: float) -> Reservation:
        reservation = super().reserve(key, cost, limits, now)
        if reservation.booking is not None:
            self.booked.append(reservation.booking.handle[0])  # type: ignore[index]
        return reservation


class _Admissions(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Below the limiter: records the virtual time at which each request was let through."""

    def __init__(self, inner: Any, stack: Stack) -> None:
        self.inner, self.stack = inner, stack

    def _record(self) -> None:
        if self.stack.clock is not None:
            self.stack.admitted.append(self.stack.clock.last())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._record()
        return self.inner.handle_request(request)  # type: ignore[no-any-return]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._record()
        return await self.inner.handle_async_request(request)  # type: ignore[no-any-return]

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
async def stacks() -> Any:
    made: list[Stack] = []

    def make(*args: Any, **kwargs: Any) -> Stack:
        made.append(Stack(*args, **kwargs))
        return made[-1]

    yield make
    for stack in made:
        await stack.close()


StackFactory = Callable[..., Stack]


async def test_retries_until_success_with_one_idempotency_key(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    fault_server.enqueue(error_reply(503), error_reply(500), reset(), json_reply({"id": "ok"}))
    stack = stacks(mode, fault_server)
    response = await stack.call()
    assert response.status_code == 200 and response.json() == {"id": "ok"}
    seen = fault_server.requests
    assert len(seen) == 4  # counted server-side
    assert len({r.headers["idempotency-key"] for r in seen}) == 1
    assert [r.headers["x-retry-count"] for r in seen] == ["0", "1", "2", "3"]
    assert [r.json() for r in seen] == [{"model": "m"}] * 4  # the body is re-sent intact
    assert [e.reason for e in stack.events.of(RetryScheduled)] == [
        "status=503",
        "status=500",
        "APIConnectionError",  # a NetworkError, printed under the SDK's name
    ]


async def test_failed_attempts_release_their_connection(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    # One pooled connection: an attempt whose response was not closed would block the next.
    fault_server.enqueue(error_reply(503), error_reply(429), error_reply(502), json_reply({}))
    stack = stacks(mode, fault_server, limits=httpx.Limits(max_connections=1))
    assert (await stack.call()).status_code == 200
    assert fault_server.request_count == 4
    assert fault_server.accepts == 1  # one keep-alive connection served every attempt


async def test_gives_up_after_max_retries(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    fault_server.default = error_reply(503)
    stack = stacks(mode, fault_server, retry=FAST, breaker=LENIENT)
    assert (await stack.call()).status_code == 503
    assert fault_server.request_count == 4
    assert (await stack.call(max_retries=1)).status_code == 503
    assert fault_server.request_count == 6


async def test_retry_after_is_honoured(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    fault_server.enqueue(
        error_reply(429, code="rate_limit_exceeded", headers={"retry-after-ms": "400"}),
        error_reply(503, headers={"retry-after": "1"}),
        json_reply({}),
    )
    clock = VirtualClock()
    stack = stacks(mode, fault_server, clock=clock)
    assert (await stack.call()).status_code == 200
    waits = [event.wait for event in stack.events.of(RetryScheduled)]
    assert waits == [0.4, 1.0]  # the server's hints, not the 0.05 s backoff ceiling
    assert clock.slept == pytest.approx(1.4)


async def test_insufficient_quota_is_not_retried(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    fault_server.default = json_reply({"error": QUOTA}, status=429)
    stack = stacks(mode, fault_server)
    response = await stack.call()
    assert response.status_code == 429 and response.json() == {"error": QUOTA}
    assert fault_server.request_count == 1


async def test_429_cut_mid_body_is_retried(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    cut = Reply(status=429, body=b'{"error": {"code": "rate_limit', declared_length=500)
    fault_server.enqueue(cut, json_reply({"ok": True}))
    stack = stacks(mode, fault_server)
    assert (await stack.call()).status_code == 200
    assert fault_server.request_count == 2


async def test_deadline_is_honoured_across_retries(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    fault_server.default = error_reply(503)
    # Unbounded, 100 retries would take >= 5 s of waits alone; the 0.6 s deadline stops it.
    policy = RetryPolicy(max_retries=100, initial_backoff=0.1, max_backoff=0.1)
    clock = VirtualClock()
    stack = stacks(mode, fault_server, retry=policy, breaker=LENIENT, clock=clock)
    deadline = clock() + 0.6
    with pytest.raises(TimeoutError) as info:
        await stack.call(deadline=deadline)
    assert info.value.code == "deadline_exceeded"
    assert clock.now <= deadline  # never slept past the deadline
    assert 2 <= fault_server.request_count < 100


async def test_deadline_cuts_a_stalled_attempt(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    fault_server.default = stall(30)
    stack = stacks(mode, fault_server)
    with pytest.raises(TimeoutError) as info:
        await stack.call(deadline=time.monotonic() + 0.4)
    # The attempt was cut by the call's deadline (the server stalls for 30 s and the
    # client-wide read timeout is 10 s): only the deadline raises with this code.
    assert info.value.code == "deadline_exceeded"
    assert fault_server.request_count == 1


async def test_breaker_opens_then_half_opens_on_one_probe(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    fault_server.default = error_reply(503)
    policy = BreakerPolicy(fail_max=3, reset_timeout=0.4)
    clock = VirtualClock()
    stack = stacks(
        mode, fault_server, retry=RetryPolicy(max_retries=0), breaker=policy, clock=clock
    )
    for _ in range(3):
        assert (await stack.call()).status_code == 503
    for _ in range(5):
        with pytest.raises(CircuitOpenError) as info:
            await stack.call()
    assert fault_server.request_count == 3  # open: nothing reached the server
    assert 0 < info.value.retry_after <= 0.4
    assert info.value.host == f"127.0.0.1:{fault_server.port}"

    clock.advance(0.45)
    fault_server.default = json_reply({"ok": True}, delay=0.5)  # a slow, healthy probe
    results = await stack.many(4)
    ok = [r for r in results if isinstance(r, httpx.Response)]
    fast_failed = [r for r in results if isinstance(r, CircuitOpenError)]
    assert len(ok) == 1 and len(fast_failed) == 3  # exactly one probe went through
    assert fault_server.request_count == 4
    assert (await stack.call()).status_code == 200  # closed again
    changes = [(e.old, e.new) for e in stack.events.of(BreakerStateChange)]
    assert changes == [("closed", "open"), ("open", "half-open"), ("half-open", "closed")]


async def test_failed_probe_reopens(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    fault_server.default = error_reply(500)
    policy = BreakerPolicy(fail_max=2, reset_timeout=0.3)
    clock = VirtualClock()
    stack = stacks(
        mode, fault_server, retry=RetryPolicy(max_retries=0), breaker=policy, clock=clock
    )
    for _ in range(2):
        await stack.call()
    clock.advance(0.35)
    assert (await stack.call()).status_code == 500  # the probe
    with pytest.raises(CircuitOpenError):
        await stack.call()
    assert fault_server.request_count == 3


async def test_retry_stops_at_an_open_circuit(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    fault_server.default = error_reply(503)
    stack = stacks(mode, fault_server, retry=FAST, breaker=BreakerPolicy(fail_max=2))
    with pytest.raises(CircuitOpenError):
        await stack.call()  # two failed attempts open it; the third attempt fails fast
    assert fault_server.request_count == 2


async def test_concurrent_calls_through_one_breaker_are_not_serialized(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    stack = stacks(mode, fault_server)
    await stack.call()  # warm up (connection, imports)
    # The server holds every answer until all four calls are in flight at once: serialized
    # calls would never get there (the first would wait for its answer forever).
    gate = threading.Event()
    fault_server.default = json_reply({"ok": True}, gate=gate)
    in_flight: list[int] = []

    def open_gate_when_all_arrived() -> None:
        try:
            fault_server.wait_for_requests(5, timeout=60)
        finally:
            in_flight.append(fault_server.request_count - 1)
            gate.set()

    opener = threading.Thread(target=open_gate_when_all_arrived)
    opener.start()
    results = await stack.many(4)
    opener.join()
    assert in_flight == [4]
    assert all(isinstance(r, httpx.Response) and r.status_code == 200 for r in results)


async def test_limiter_never_exceeds_its_budget(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    window, rpm, calls = 0.6, 4, 10
    clock = VirtualClock()
    start = clock()
    storage = _BookingTimes()
    stack = stacks(
        mode,
        fault_server,
        limit=RateLimitPolicy(requests_per_minute=rpm, window=window, storage=storage),
        clock=clock,
    )
    results = await stack.many(calls)
    assert all(isinstance(r, httpx.Response) for r in results)
    assert fault_server.request_count == calls
    # Checked at the (virtual) times the limiter booked: exact, whatever the machine's load.
    # (A thread may read the clock, lose the CPU and book later: the booking time counts.)
    times = sorted(storage.booked)
    assert len(times) == calls
    for i, end in enumerate(times):
        assert sum(1 for t in times[: i + 1] if t > end - window + 1e-9) <= rpm
    assert times[-1] - start >= (calls - 1) // rpm * window - 1e-9  # it did wait


async def test_limiter_token_budget_and_server_headers(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    fault_server.enqueue(
        json_reply(
            {},
            headers={"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "300ms"},
        )
    )
    clock = VirtualClock()
    stack = stacks(
        mode, fault_server, limit=RateLimitPolicy(tokens_per_minute=100, window=0.4), clock=clock
    )
    await stack.call(estimated_tokens=10)
    await stack.call(estimated_tokens=90)  # held until the server's reset
    await stack.call(estimated_tokens=50)  # held until the first two age out of the window
    first, second, third = stack.admitted
    assert second - first >= 0.3 - 1e-9  # float sums of virtual time
    assert third - first >= 0.4 - 1e-9


async def test_breaker_survives_many_concurrent_failures(
    mode: str, fault_server: FaultServer, stacks: StackFactory
) -> None:
    fault_server.default = Reply(status=503, delay=0.05)
    stack = stacks(
        mode, fault_server, retry=RetryPolicy(max_retries=0), breaker=BreakerPolicy(fail_max=3)
    )
    results = await stack.many(12)
    assert all(isinstance(r, httpx.Response | CircuitOpenError) for r in results)
    hb = stack.breakers.for_host(f"127.0.0.1:{fault_server.port}")
    assert hb.state == "open"
