"""The limiter and breaker drivers over a shared storage: budget keys, the storage-error
choice (fall back locally or fail, with an event either way), and policy validation."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from integrations_openai._policies import BreakerPolicy, RateLimitPolicy
from integrations_openai.errors import CircuitOpenError, ConfigurationError
from integrations_openai.instrumentation import Hooks, StorageUnavailable
from integrations_openai.transport._breaker import (
    AsyncBreakerTransport,
    BreakerTransport,
    CircuitBreakers,
    HostBreaker,
    Outcome,
)
from integrations_openai.transport._ratelimit import (
    STORAGE_RETRY_AFTER,
    AsyncRateLimitTransport,
    HostLimiter,
    RateLimiters,
    RateLimitTransport,
)
from integrations_openai.transport._telemetry import LoggingListener
from integrations_openai.transport.storage import RedisStorage, StorageUnavailableError
from tests.support.redis_server import RedisServer
from tests.support.resilience import MODES, Events, FakeClock, request, send


@pytest.fixture
def shared(redis_server: RedisServer, redis_prefix: str) -> RedisStorage:
    return RedisStorage.from_url(redis_server.url, prefix=redis_prefix, use_server_time=False)


@pytest.fixture
def dead(redis_factory: Callable[[], RedisServer]) -> RedisStorage:
    server = redis_factory()
    storage = RedisStorage.from_url(server.url, timeout=0.2, use_server_time=False)
    server.kill()
    return storage


def test_two_processes_worth_of_limiters_share_one_budget(shared: RedisStorage) -> None:
    policy = RateLimitPolicy(requests_per_minute=2, storage=shared)
    one, two = RateLimiters(policy).for_host("h"), RateLimiters(policy).for_host("h")
    assert one.reserve(0, 0.0).wait == 0
    assert two.reserve(0, 0.0).wait == 0
    assert one.reserve(0, 0.0).reason == "requests"
    assert two.reserve(0, 0.0).reason == "requests"
    two.update_from_headers(
        {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "90s"}, 70.0
    )
    assert one.reserve(0, 70.0).reason == "server"  # learned by one, obeyed by the other


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("{host}", "api.test"),
        ("{organization}/{project}/{model}", "org-1/proj-9/gpt-x"),
        ("{organization}:{model}", "org-1:gpt-x"),
        (lambda ctx: f"{ctx.host}|{ctx.model}", "api.test|gpt-x"),
    ],
)
def test_budget_keys(key: Any, expected: str) -> None:
    limiters = RateLimiters(RateLimitPolicy(key=key), organization="org-0", project="proj-9")
    req = request(
        headers={"openai-organization": "org-1", "content-type": "application/json"},
        content=b'{"model": "gpt-x"}',
    )
    assert limiters.for_request(req).host == expected


def test_model_is_empty_for_non_json_bodies() -> None:
    limiters = RateLimiters(RateLimitPolicy(key="{model}"))
    assert limiters.for_request(request(content=b"--multipart")).host == ""
    bad_json = request(headers={"content-type": "application/json"}, content=b"[1")
    assert limiters.for_request(bad_json).host == ""
    json_type = {"content-type": "application/json"}
    # A retry attempt's copy: the body as an unread in-memory stream is still read.
    copied = httpx.Request(
        "POST",
        "https://api.test/v1/x",
        headers=json_type,
        stream=httpx.ByteStream(b'{"model": "m2"}'),
    )
    assert limiters.for_request(copied).host == "m2"
    streamed = httpx.Request(
        "POST", "https://api.test/v1/x", headers=json_type, content=iter([b'{"model": "m3"}'])
    )
    assert limiters.for_request(streamed).host == ""  # never consumes a one-shot stream


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("key", "{nope}", "template of"),
        ("key", "{host", "valid template"),
        ("key", 3, "template string or a callable"),
        ("storage", object(), "RateLimitStorage"),
        ("on_storage_error", "retry", '"local" or "fail"'),
    ],
)
def test_rate_limit_policy_validation(field: str, value: Any, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        RateLimitPolicy(**{field: value})


def test_breaker_policy_validation() -> None:
    with pytest.raises(ConfigurationError, match="BreakerStorage"):
        BreakerPolicy(storage="redis://x")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="local"):
        BreakerPolicy(on_storage_error="ignore")  # type: ignore[arg-type]


def test_limiter_falls_back_locally_then_retries_the_store(
    dead: RedisStorage, caplog: pytest.LogCaptureFixture
) -> None:
    events = Events()
    hooks = Hooks([events, LoggingListener()])
    limiter = HostLimiter("h", RateLimitPolicy(requests_per_minute=1, storage=dead), hooks)
    assert limiter.admit(0, 0.0) == 0  # booked locally
    assert limiter.reserve(0, 0.5).reason == "requests"  # the local window holds
    limiter.update_from_headers(
        {"x-ratelimit-remaining-requests": "5", "x-ratelimit-reset-requests": "1s"}, 0.5
    )
    assert len(events.of(StorageUnavailable)) == 1  # one try per STORAGE_RETRY_AFTER
    limiter.reserve(0, STORAGE_RETRY_AFTER + 60.0)
    assert [(e.component, e.error, e.action) for e in events.of(StorageUnavailable)] == [
        ("rate_limit", "ConnectionError", "local")
    ] * 2
    assert "shared rate_limit storage unavailable for h (ConnectionError)" in caplog.text
    limiter.reset()


def test_limiter_fail_raises_our_error_but_never_after_the_answer(dead: RedisStorage) -> None:
    events = Events()
    policy = RateLimitPolicy(storage=dead, on_storage_error="fail")
    limiter = HostLimiter("h", policy, Hooks([events]))
    with pytest.raises(StorageUnavailableError, match="shared storage unavailable"):
        limiter.reserve(0, 0.0)
    # Learning happens after the response: the call has its answer, so it is not failed.
    limiter.update_from_headers(
        {"x-ratelimit-remaining-requests": "1", "x-ratelimit-reset-requests": "1s"}, 0.0
    )
    with pytest.raises(StorageUnavailableError):
        asyncio.run(limiter.areserve(0, 2.0))
    assert [e.action for e in events.of(StorageUnavailable)] == ["fail", "local", "fail"]


def test_async_limiter_fallback_and_learning(dead: RedisStorage, shared: RedisStorage) -> None:
    async def main() -> None:
        down = HostLimiter("h", RateLimitPolicy(storage=dead))
        assert await down.aadmit(0, 0.0) == 0
        await down.aupdate_from_headers(
            {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "5s"}, 0.0
        )
        assert (await down.areserve(0, 0.5)).reason == "server"  # learned locally
        up = HostLimiter("h", RateLimitPolicy(storage=shared))
        await up.aupdate_from_headers(
            {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "5s"}, 0.0
        )
        assert (await up.areserve(0, 1.0)).reason == "server"
        await up.aupdate_from_headers({}, 1.0)  # nothing to learn: no storage step

    asyncio.run(main())


def test_breakers_share_state_and_one_probe(shared: RedisStorage) -> None:
    events = Events()
    policy = BreakerPolicy(fail_max=2, reset_timeout=5.0, storage=shared)
    one = CircuitBreakers(policy, Hooks([events])).for_host("h")
    seen_by_two = Events()
    two = CircuitBreakers(policy, Hooks([seen_by_two])).for_host("h")
    assert one.shared
    one.record(one.acquire(0.0), Outcome.FAILURE, 0.0)
    two.record(two.acquire(0.0), Outcome.FAILURE, 0.0)  # the second failure, elsewhere
    assert one.state == "open" and two.failures == 2
    with pytest.raises(CircuitOpenError, match="too many consecutive failures"):
        one.acquire(1.0)
    probe = two.acquire(5.0)
    assert probe.probe
    with pytest.raises(CircuitOpenError, match="a probe is in flight"):
        one.acquire(5.1)
    two.record(probe, Outcome.SUCCESS, 5.2)
    assert one.state == "closed"
    one.reset()  # a shared circuit is not reset from one process
    # Each process reports the transitions it made; the other one made them all here.
    assert events.events == []
    assert [(e.old, e.new) for e in seen_by_two.events] == [
        ("closed", "open"),
        ("open", "half-open"),
        ("half-open", "closed"),
    ]


def test_breaker_falls_back_locally_or_fails(dead: RedisStorage) -> None:
    events = Events()
    local = HostBreaker("h", BreakerPolicy(fail_max=1, storage=dead), Hooks([events]))
    permit = local.acquire(0.0)
    assert not permit.shared
    local.record(permit, Outcome.FAILURE, 0.0)
    assert local.state == "open"  # the local circuit counted it
    strict = HostBreaker("h", BreakerPolicy(storage=dead, on_storage_error="fail"))
    with pytest.raises(StorageUnavailableError):
        strict.acquire(0.0)
    with pytest.raises(StorageUnavailableError):
        asyncio.run(strict.aacquire(0.0))
    assert {e.component for e in events.of(StorageUnavailable)} == {"breaker"}


def test_a_shared_permit_whose_record_fails_is_dropped(
    redis_factory: Callable[[], RedisServer],
) -> None:
    server = redis_factory()
    store = RedisStorage.from_url(server.url, timeout=0.2, use_server_time=False)
    events = Events()
    breaker = HostBreaker("h", BreakerPolicy(), Hooks([events]), storage=store)
    permits = [breaker.acquire(0.0), breaker.acquire(0.0)]
    assert all(p.shared for p in permits)
    server.kill()
    breaker.record(permits[0], Outcome.FAILURE, 0.0)
    asyncio.run(breaker.arecord(permits[1], Outcome.FAILURE, 0.0))
    assert len(events.of(StorageUnavailable)) == 2  # a shared permit is recorded where it came from
    assert breaker.state == "closed"  # display falls back to this process's view


@pytest.mark.parametrize("mode", MODES)
def test_transports_over_a_shared_storage(mode: str, shared: RedisStorage) -> None:
    clock = FakeClock(0.0)
    statuses = iter([500, 200, 200])
    network = httpx.MockTransport(lambda req: httpx.Response(next(statuses)))
    rl_policy = RateLimitPolicy(requests_per_minute=10, storage=shared)
    cb_policy = BreakerPolicy(fail_max=1, reset_timeout=5.0, storage=shared)
    if mode == "sync":
        stack: Any = BreakerTransport(
            RateLimitTransport(network, rl_policy, clock=clock, sleep=clock.sleep),
            cb_policy,
            clock=clock,
        )
    else:
        stack = AsyncBreakerTransport(
            AsyncRateLimitTransport(network, rl_policy, clock=clock, sleep=clock.asleep),
            cb_policy,
            clock=clock,
        )
    assert asyncio.run(send(mode, stack, request())).status_code == 500
    with pytest.raises(CircuitOpenError):
        asyncio.run(send(mode, stack, request()))
    clock.advance(5.0)
    assert asyncio.run(send(mode, stack, request())).status_code == 200  # the probe
    assert stack.breakers.for_host("api.test").state == "closed"
