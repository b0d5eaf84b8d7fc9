"""Circuit breaker: the per-host state machine (driven with explicit time) and its sync/async
transports over httpx.MockTransport."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integrations_openai._policies import BreakerPolicy
from integrations_openai.errors import CircuitOpenError
from integrations_openai.instrumentation import BreakerStateChange, Hooks
from integrations_openai.transport._breaker import (
    AsyncBreakerTransport,
    BreakerTransport,
    CircuitBreakers,
    HostBreaker,
    Outcome,
)
from tests.support.resilience import MODES, Events, FakeClock, request, send

POLICY = BreakerPolicy(fail_max=3, reset_timeout=10.0)
T0 = 1_700_000_000.0


def breaker(events: Events | None = None) -> HostBreaker:
    return HostBreaker("api.test", POLICY, Hooks([events] if events else []))


def fail(hb: HostBreaker, now: float, times: int = 1) -> None:
    for _ in range(times):
        hb.record(hb.acquire(now), Outcome.FAILURE, now)


def transitions(events: Events) -> list[tuple[str, str]]:
    return [(e.old, e.new) for e in events.of(BreakerStateChange)]


def test_opens_after_consecutive_failures_and_fails_fast() -> None:
    events = Events()
    hb = breaker(events)
    fail(hb, T0, 2)
    assert hb.state == "closed" and hb.failures == 2
    fail(hb, T0 + 1)
    assert hb.state == "open"
    with pytest.raises(CircuitOpenError) as info:
        hb.acquire(T0 + 4)
    assert info.value.host == "api.test"
    assert info.value.retry_at == pytest.approx(T0 + 11)
    assert info.value.retry_after == pytest.approx(7)
    assert not info.value.retryable
    assert transitions(events) == [("closed", "open")]
    assert events.of(BreakerStateChange)[0].host == "api.test"


def test_a_success_resets_the_consecutive_count() -> None:
    hb = breaker()
    fail(hb, T0, 2)
    hb.record(hb.acquire(T0), Outcome.SUCCESS, T0)
    fail(hb, T0, 2)
    assert hb.state == "closed" and hb.failures == 2


def test_half_open_lets_exactly_one_probe_through_then_closes() -> None:
    events = Events()
    hb = breaker(events)
    fail(hb, T0, 3)
    probe = hb.acquire(T0 + 10)
    assert probe.probe and hb.state == "half-open"
    with pytest.raises(CircuitOpenError, match="probe"):
        hb.acquire(T0 + 10.5)
    hb.record(probe, Outcome.SUCCESS, T0 + 11)
    assert hb.state == "closed" and hb.failures == 0
    assert not hb.acquire(T0 + 11).probe
    assert transitions(events) == [
        ("closed", "open"),
        ("open", "half-open"),
        ("half-open", "closed"),
    ]


def test_failed_probe_reopens_for_another_reset_timeout() -> None:
    hb = breaker()
    fail(hb, T0, 3)
    probe = hb.acquire(T0 + 10)
    hb.record(probe, Outcome.FAILURE, T0 + 12)
    assert hb.state == "open"
    with pytest.raises(CircuitOpenError) as info:
        hb.acquire(T0 + 21)
    assert info.value.retry_at == pytest.approx(T0 + 22)
    assert hb.acquire(T0 + 22).probe


def test_neutral_probe_releases_the_slot_without_deciding() -> None:
    hb = breaker()
    fail(hb, T0, 3)
    probe = hb.acquire(T0 + 10)
    hb.record(probe, Outcome.NEUTRAL, T0 + 10)
    hb.record(probe, Outcome.FAILURE, T0 + 10)  # a permit counts once
    assert hb.state == "half-open"
    assert hb.acquire(T0 + 10).probe


def test_late_results_of_old_attempts_do_not_move_an_open_circuit() -> None:
    hb = breaker()
    early = [hb.acquire(T0) for _ in range(5)]
    for permit in early[:3]:
        hb.record(permit, Outcome.FAILURE, T0)
    hb.record(early[3], Outcome.FAILURE, T0 + 1)
    assert hb.state == "open"
    probe = hb.acquire(T0 + 10)
    hb.record(early[4], Outcome.SUCCESS, T0 + 10)  # not the probe: only the probe decides
    assert hb.state == "half-open"
    hb.record(probe, Outcome.SUCCESS, T0 + 10)
    assert hb.state == "closed"


def test_reset_closes_and_reports_the_transitions() -> None:
    events = Events()
    hb = breaker(events)
    fail(hb, T0, 3)
    hb.reset()
    assert hb.state == "closed" and hb.failures == 0
    seen = [(e.old, e.new) for e in events.of(BreakerStateChange)]
    assert seen == [("closed", "open"), ("open", "closed")]
    hb.reset()  # already closed: no event
    assert len(events.of(BreakerStateChange)) == 2


def test_registry_is_per_host() -> None:
    breakers = CircuitBreakers(POLICY)
    one = breakers.for_request(request(url="https://a.test:8443/v1/x"))
    assert breakers.for_host("a.test:8443") is one
    assert breakers.for_host("b.test") is not one
    fail(one, T0, 3)
    assert breakers.for_host("b.test").state == "closed"
    breakers.reset()
    assert one.state == "closed"


# --- transports ---------------------------------------------------------------------------


def make(
    mode: str, handler: Any, clock: FakeClock, events: Events | None = None
) -> BreakerTransport | AsyncBreakerTransport:
    hooks = Hooks([events] if events else [])
    mock = httpx.MockTransport(handler)
    cls = BreakerTransport if mode == "sync" else AsyncBreakerTransport
    return cls(mock, POLICY, hooks=hooks, clock=clock)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
async def test_transport_opens_fails_fast_and_recovers(mode: str) -> None:
    hits: list[int] = []
    status = {"now": 503}

    def handler(req: httpx.Request) -> httpx.Response:
        hits.append(1)
        return httpx.Response(status["now"])

    clock, events = FakeClock(T0), Events()
    transport = make(mode, handler, clock, events)
    for _ in range(3):
        assert (await send(mode, transport, request())).status_code == 503
    for _ in range(5):
        with pytest.raises(CircuitOpenError):
            await send(mode, transport, request())
    assert len(hits) == 3  # nothing sent while open
    clock.advance(10)
    status["now"] = 200
    assert (await send(mode, transport, request())).status_code == 200
    assert len(hits) == 4
    assert transitions(events)[-1] == ("half-open", "closed")


@pytest.mark.parametrize("mode", MODES)
async def test_transport_counts_network_errors_not_4xx(mode: str) -> None:
    replies: list[Any] = [httpx.Response(429), httpx.Response(400)] * 3 + [
        httpx.ConnectError("x")
    ] * 3

    def handler(req: httpx.Request) -> httpx.Response:
        reply = replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    transport = make(mode, handler, FakeClock(T0))
    for _ in range(6):
        await send(mode, transport, request())
    assert transport.breakers.for_host("api.test").state == "closed"
    for _ in range(3):
        with pytest.raises(httpx.ConnectError):
            await send(mode, transport, request())
    assert transport.breakers.for_host("api.test").state == "open"


async def test_cancelled_async_probe_releases_the_slot() -> None:
    started = asyncio.Event()

    async def handler(req: httpx.Request) -> httpx.Response:
        started.set()
        await asyncio.sleep(10)
        return httpx.Response(200)

    clock = FakeClock(T0)
    transport = AsyncBreakerTransport(httpx.MockTransport(handler), POLICY, clock=clock)
    hb = transport.breakers.for_host("api.test")
    fail(hb, T0, 3)
    clock.advance(10)
    task = asyncio.create_task(transport.handle_async_request(request()))
    await started.wait()
    with pytest.raises(CircuitOpenError):
        hb.acquire(clock.now)  # the probe is in flight
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert hb.state == "half-open"
    assert hb.acquire(clock.now).probe  # the slot came back


# --- property: random interleavings keep the breaker's promises ---------------------------

ops = st.lists(
    st.tuples(
        st.sampled_from(["acquire", "success", "failure", "neutral", "wait"]),
        st.floats(0, 6),
        st.integers(0, 10),
    ),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(script=ops)
def test_random_interleavings_keep_the_invariants(script: list[tuple[str, float, int]]) -> None:
    hb, now, held = breaker(), T0, []
    for op, dt, pick in script:
        if op == "wait":
            now += dt
        elif op == "acquire":
            state = hb.state
            try:
                held.append(hb.acquire(now))
            except CircuitOpenError as exc:
                assert state != "closed" and exc.retry_after >= 0
            else:
                opened_at = hb._local._circuits[hb.host].opened_at
                assert state != "open" or now >= opened_at + POLICY.reset_timeout
        elif held:
            permit = held.pop(pick % len(held))
            hb.record(permit, Outcome[op.upper()], now)
        # At most one probe in flight, and only while half-open.
        probes = [p for p in held if p.probe]
        assert len(probes) <= 1
        assert not probes or hb.state == "half-open"
        assert hb.state in ("closed", "open", "half-open")
        assert hb.failures <= POLICY.fail_max
