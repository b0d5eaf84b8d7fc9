"""Client-side rate limiter: accounting properties (hypothesis), server-header learning, and
the sync/async transports over httpx.MockTransport with fake time."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integrations_openai import OpenAIClient
from integrations_openai._policies import RateLimitPolicy
from integrations_openai.errors import ConfigurationError, RateLimitError, TimeoutError
from integrations_openai.instrumentation import Hooks, RateLimitWait
from integrations_openai.testing import set_testing
from integrations_openai.transport._ratelimit import (
    AsyncRateLimitTransport,
    HostLimiter,
    RateLimiters,
    RateLimitTransport,
)
from tests.support.resilience import MODES, Events, FakeClock, request, send


def run(limiter: HostLimiter, plan: list[tuple[float, int]], start: float = 0.0) -> list[float]:
    """Send each (gap, cost) in order, waiting as told; return the send times."""
    now, times = start, []
    for gap, cost in plan:
        now += gap
        while (reservation := limiter.reserve(cost, now)).wait > 0:
            assert reservation.reason in ("requests", "tokens")
            now += reservation.wait
        times.append(now)
    return times


@settings(max_examples=150, deadline=None)
@given(
    rpm=st.integers(1, 8),
    tpm=st.integers(10, 100),
    window=st.floats(0.5, 60),
    plan=st.lists(st.tuples(st.floats(0, 5), st.integers(0, 10)), min_size=1, max_size=60),
)
def test_budgets_are_never_exceeded_in_any_window(
    rpm: int, tpm: int, window: float, plan: list[tuple[float, int]]
) -> None:
    limiter = HostLimiter(
        "h", RateLimitPolicy(requests_per_minute=rpm, tokens_per_minute=tpm, window=window)
    )
    times = run(limiter, plan)
    assert times == sorted(times)
    for i, end in enumerate(times):
        inside = [j for j in range(i + 1) if times[j] > end - window]
        assert len(inside) <= rpm
        assert sum(plan[j][1] for j in inside) <= tpm


@given(rpm=st.integers(1, 20), n=st.integers(1, 60))
def test_a_saturated_limiter_runs_at_exactly_its_rate(rpm: int, n: int) -> None:
    limiter = HostLimiter("h", RateLimitPolicy(requests_per_minute=rpm, window=1.0))
    times = run(limiter, [(0.0, 0)] * n)
    assert times[-1] == pytest.approx((n - 1) // rpm)  # waits are no longer than needed


def test_unlimited_by_default_and_reasons() -> None:
    limiter = HostLimiter("h", RateLimitPolicy())
    assert all(limiter.reserve(10**6, 0.0).wait == 0 for _ in range(1000))
    limited = HostLimiter("h", RateLimitPolicy(requests_per_minute=1, tokens_per_minute=10))
    assert limited.reserve(4, 0.0).wait == 0
    assert limited.reserve(4, 1.0).reason == "requests"
    tokens_only = HostLimiter("h", RateLimitPolicy(tokens_per_minute=10))
    tokens_only.reserve(8, 0.0)
    assert tokens_only.reserve(4, 30.0).wait == pytest.approx(30.0)
    assert tokens_only.reserve(4, 30.0).reason == "tokens"


def test_a_cost_above_the_whole_budget_is_a_configuration_error() -> None:
    limiter = HostLimiter("h", RateLimitPolicy(tokens_per_minute=10))
    with pytest.raises(ConfigurationError, match="estimated_tokens"):
        limiter.reserve(11, 0.0)


def test_learns_remaining_requests_from_the_server() -> None:
    limiter = HostLimiter("h", RateLimitPolicy())
    limiter.update_from_headers(
        {"x-ratelimit-remaining-requests": "2", "x-ratelimit-reset-requests": "1.5s"}, 10.0
    )
    assert limiter.reserve(0, 10.0).wait == 0
    assert limiter.reserve(0, 10.1).wait == 0
    held = limiter.reserve(0, 10.2)
    assert (held.reason, held.wait) == ("server", pytest.approx(1.3))
    assert limiter.reserve(0, 11.5).wait == 0  # reset passed: the server's view expired


def test_learns_remaining_tokens_from_the_server() -> None:
    limiter = HostLimiter("h", RateLimitPolicy())
    headers = {"x-ratelimit-remaining-tokens": "100", "x-ratelimit-reset-tokens": "6m0s"}
    limiter.update_from_headers(headers, 0.0)
    assert limiter.reserve(60, 0.0).wait == 0
    held = limiter.reserve(60, 1.0)
    assert (held.reason, held.wait) == ("server", pytest.approx(359.0))
    assert limiter.reserve(40, 1.0).wait == 0
    assert limiter.reserve(0, 1.0).reason == "server"  # nothing left at all


def test_learning_can_be_switched_off() -> None:
    limiter = HostLimiter("h", RateLimitPolicy(learn_from_headers=False))
    limiter.update_from_headers(
        {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "1m"}, 0.0
    )
    assert limiter.reserve(0, 0.0).wait == 0


def test_admit_honours_deadline_and_max_wait() -> None:
    events = Events()
    policy = RateLimitPolicy(requests_per_minute=1, window=10.0, max_wait=5.0)
    limiter = HostLimiter("h", policy, Hooks([events]))
    assert limiter.admit(0, 0.0) == 0
    with pytest.raises(TimeoutError) as info:
        limiter.admit(0, 6.0, deadline=9.0)
    assert info.value.code == "deadline_exceeded"
    with pytest.raises(RateLimitError, match="max_wait"):
        limiter.admit(0, 1.0)
    assert limiter.admit(0, 6.0, deadline=11.0) == pytest.approx(4.0)
    (event,) = events.of(RateLimitWait)
    assert (event.host, event.reason, event.wait) == ("h", "requests", pytest.approx(4.0))


def test_registry_is_per_host() -> None:
    limiters = RateLimiters(RateLimitPolicy(requests_per_minute=1))
    a = limiters.for_request(request(url="https://a.test/v1/x"))
    assert limiters.for_host("a.test") is a and limiters.for_host("b.test") is not a
    assert a.reserve(0, 0.0).wait == 0 and a.reserve(0, 0.0).wait > 0
    a.update_from_headers(
        {"x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "9s"}, 0
    )
    limiters.reset()
    assert a.reserve(0, 0.0).wait == 0


# --- transports ---------------------------------------------------------------------------


def make(mode: str, handler: Any, policy: RateLimitPolicy, clock: FakeClock, events: Events) -> Any:
    mock, hooks = httpx.MockTransport(handler), Hooks([events])
    if mode == "sync":
        return RateLimitTransport(mock, policy, hooks=hooks, sleep=clock.sleep, clock=clock)
    return AsyncRateLimitTransport(mock, policy, hooks=hooks, sleep=clock.asleep, clock=clock)


@pytest.mark.parametrize("mode", MODES)
async def test_transport_waits_for_request_and_token_slots(mode: str) -> None:
    clock, events, sent = FakeClock(0.0), Events(), []

    def handler(req: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        return httpx.Response(200)

    policy = RateLimitPolicy(requests_per_minute=2, tokens_per_minute=100, window=1.0)
    transport = make(mode, handler, policy, clock, events)
    for _ in range(4):
        await send(mode, transport, request())
    assert sent == [0.0, 0.0, 1.0, 1.0]
    await send(mode, transport, request(estimated_tokens=100))
    await send(mode, transport, request(estimated_tokens=1))
    assert sent[4:] == [2.0, 3.0]
    assert {e.reason for e in events.of(RateLimitWait)} == {"requests", "tokens"}


@pytest.mark.parametrize("mode", MODES)
async def test_transport_holds_back_what_the_server_would_refuse(mode: str) -> None:
    clock, events, sent = FakeClock(0.0), Events(), []

    def handler(req: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        headers = {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "250ms"}
        return httpx.Response(200, headers=headers)

    transport = make(mode, handler, RateLimitPolicy(), clock, events)
    for _ in range(3):
        await send(mode, transport, request())
    assert sent == [0.0, pytest.approx(0.25), pytest.approx(0.5)]
    assert [e.reason for e in events.of(RateLimitWait)] == ["server", "server"]


@pytest.mark.parametrize("mode", MODES)
async def test_transport_raises_instead_of_waiting_past_the_deadline(mode: str) -> None:
    clock, events, sent = FakeClock(0.0), Events(), []

    def handler(req: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        return httpx.Response(200)

    policy = RateLimitPolicy(requests_per_minute=1, window=10.0)
    transport = make(mode, handler, policy, clock, events)
    await send(mode, transport, request())
    with pytest.raises(TimeoutError):
        await send(mode, transport, request(deadline=5.0))
    assert sent == [0.0] and clock.sleeps == []


def test_client_stack_limits_and_test_mode_resets_the_windows() -> None:
    mock = httpx.MockTransport(lambda req: httpx.Response(200, json={}))
    policy = RateLimitPolicy(requests_per_minute=1, max_wait=0.0)
    with OpenAIClient(
        api_key="sk-test-ratelimit",
        base_url="https://api.test/v1",
        rate_limit=policy,
        transport=mock,
    ) as client:
        client.request("GET", "/models")
        with pytest.raises(RateLimitError, match="client-side"):
            client.request("GET", "/models")
        with set_testing():
            assert client.request("GET", "/models").status_code == 200
