"""The storages: memory and a real redis-server decide alike (one table, both backends),
Redis steps are atomic and shared, and a dead Redis is a bounded, typed failure."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
import redis.asyncio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integrations_openai.errors import ConfigurationError
from integrations_openai.transport import storage as storage_pkg
from integrations_openai.transport.storage import (
    BreakerStorage,
    Limits,
    MemoryStorage,
    RateLimitStorage,
    RedisStorage,
    Reservation,
    ServerBudget,
    StorageUnavailableError,
    Window,
)
from tests.support.redis_server import RedisServer

LIMITS = Limits(requests=3, tokens=100, window=10.0)


def test_public_names() -> None:
    for name in storage_pkg.__all__:
        assert getattr(storage_pkg, name).__doc__, name


@pytest.fixture
def redis_client(redis_server: RedisServer) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_server.url, socket_timeout=2, socket_connect_timeout=2)
    yield client
    client.close()


@pytest.fixture(params=["memory", "redis"])
def store(request: pytest.FixtureRequest, redis_prefix: str) -> Any:
    if request.param == "memory":
        return MemoryStorage()
    client = request.getfixturevalue("redis_client")
    return RedisStorage(client, prefix=redis_prefix, use_server_time=False)


def close(a: Reservation, b: Reservation) -> bool:
    return a.reason == b.reason and abs(a.wait - b.wait) < 1e-5


def test_both_backends_satisfy_the_protocols(store: Any) -> None:
    assert isinstance(store, RateLimitStorage)
    assert isinstance(store, BreakerStorage)


def test_request_budget_over_a_sliding_window(store: Any) -> None:
    assert [store.reserve("k", 0, LIMITS, t).wait for t in (0.0, 1.0, 2.0)] == [0, 0, 0]
    held = store.reserve("k", 0, LIMITS, 3.0)
    assert held.reason == "requests" and held.wait == pytest.approx(7.0)
    assert store.reserve("k", 0, LIMITS, 10.0).wait == 0  # the first has aged out
    assert store.reserve("other", 0, LIMITS, 3.0).wait == 0  # keys are separate budgets


def test_token_budget_waits_until_enough_has_aged_out(store: Any) -> None:
    limits = Limits(requests=None, tokens=100, window=10.0)
    assert store.reserve("k", 60, limits, 0.0).wait == 0
    assert store.reserve("k", 30, limits, 2.0).wait == 0
    held = store.reserve("k", 50, limits, 3.0)
    assert held.reason == "tokens" and held.wait == pytest.approx(7.0)
    assert store.reserve("k", 50, limits, 10.0).wait == 0


def test_settle_replaces_a_booked_estimate_and_usage_reports_it(store: Any) -> None:
    limits = Limits(requests=None, tokens=100, window=10.0)
    booked = store.reserve("k", 90, limits, 0.0)
    assert booked.wait == 0 and booked.booking is not None
    assert store.reserve("k", 50, limits, 1.0).reason == "tokens"
    store.settle(booked.booking, 20, limits, 1.0)  # the reply used 20, not 90
    assert store.usage("k", limits, 1.0).tokens == 20
    assert store.reserve("k", 50, limits, 1.0).wait == 0
    assert (store.usage("k", limits, 1.0).requests, store.usage("k", limits, 1.0).tokens) == (2, 70)
    held = store.reserve("k", 40, limits, 2.0)  # 70 + 40 > 100 until the 20 ages out
    assert held.reason == "tokens" and held.wait == pytest.approx(8.0)
    store.settle(booked.booking, 95, limits, 10.5)  # aged out: nothing left to correct
    assert store.usage("k", limits, 10.5).tokens == 50


async def test_settle_async_twin(store: Any) -> None:
    limits = Limits(requests=None, tokens=100, window=10.0)
    booked = await store.areserve("k", 60, limits, 0.0)
    await store.asettle(booked.booking, 10, limits, 0.5)
    assert store.usage("k", limits, 0.5).tokens == 10


def test_server_budget_is_learned_and_expires(store: Any) -> None:
    unlimited = Limits(None, None, 60.0)
    store.learn("k", ServerBudget(remaining_requests=1, reset_requests=2.0), 0.0)
    assert store.reserve("k", 0, unlimited, 0.5).wait == 0
    held = store.reserve("k", 0, unlimited, 1.0)
    assert held.reason == "server" and held.wait == pytest.approx(1.0)
    assert store.reserve("k", 0, unlimited, 2.0).wait == 0
    store.learn("k", ServerBudget(remaining_tokens=10, reset_tokens=5.0), 3.0)
    assert store.reserve("k", 20, unlimited, 3.0).reason == "server"
    assert store.reserve("k", 10, unlimited, 3.0).wait == 0
    assert store.reserve("k", 1, unlimited, 4.0).reason == "server"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    plan=st.lists(
        st.tuples(st.integers(0, 3000), st.integers(0, 60), st.booleans()), min_size=1, max_size=25
    )
)
def test_redis_decides_exactly_like_memory(
    plan: list[tuple[int, int, bool]], redis_client: redis.Redis
) -> None:
    # Steps in whole milliseconds: Redis keeps send times to the microsecond, so two sends
    # a few nanoseconds apart would tie there and not in memory (a clock never does that).
    import uuid

    memory = MemoryStorage()
    shared = RedisStorage(redis_client, prefix=f"prop-{uuid.uuid4().hex}", use_server_time=False)
    elapsed_ms = 0
    for step_ms, cost, learn in plan:
        elapsed_ms += step_ms
        now = elapsed_ms / 1000
        if learn:
            budget = ServerBudget(2, 1.5, 90, 2.5)
            memory.learn("k", budget, now)
            shared.learn("k", budget, now)
        assert close(memory.reserve("k", cost, LIMITS, now), shared.reserve("k", cost, LIMITS, now))


def test_breaker_state_machine(store: Any) -> None:
    assert store.acquire("h", 0.0, 5.0).verdict == "go"
    assert store.record("h", False, "failure", 0.0, 2) is None
    assert store.record("h", False, "failure", 1.0, 2) == ("closed", "open")
    assert store.snapshot("h") == ("open", 2)
    refused = store.acquire("h", 2.0, 5.0)
    assert refused.verdict == "open" and refused.retry_at == pytest.approx(6.0)
    probe = store.acquire("h", 6.0, 5.0)
    assert probe.verdict == "probe" and probe.transition == ("open", "half-open")
    assert store.acquire("h", 6.1, 5.0).verdict == "probing"  # exactly one probe
    assert store.record("h", False, "success", 6.2, 2) is None  # not the probe: no say
    assert store.record("h", True, "failure", 6.3, 2) == ("half-open", "open")
    assert store.acquire("h", 11.4, 5.0).verdict == "probe"
    assert store.record("h", True, "neutral", 11.5, 2) is None  # frees the slot only
    assert store.acquire("h", 11.6, 5.0).verdict == "probe"
    assert store.record("h", True, "success", 11.7, 2) == ("half-open", "closed")
    assert store.snapshot("h") == ("closed", 0)


def test_one_probe_across_many_concurrent_acquirers(store: Any) -> None:
    store.record("h", False, "failure", 0.0, 1)
    verdicts: list[str] = []
    barrier = threading.Barrier(8)

    def go() -> None:
        barrier.wait()
        verdicts.append(store.acquire("h", 10.0, 1.0).verdict)

    threads = [threading.Thread(target=go) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(verdicts) == ["probe"] + ["probing"] * 7


def test_async_twins(store: Any) -> None:
    async def main() -> list[Any]:
        return [
            await store.areserve("a", 0, LIMITS, 0.0),
            await store.alearn("a", ServerBudget(0, 1.0), 0.0),
            await store.areserve("a", 0, LIMITS, 0.5),
            await store.aacquire("a", 0.0, 1.0),
            await store.arecord("a", False, "failure", 0.0, 1),
        ]

    got = asyncio.run(main())
    assert got[0].wait == 0 and got[2].reason == "server"
    assert got[3].verdict == "go" and got[4] == ("closed", "open")


def test_async_client_and_from_url(redis_server: RedisServer, redis_prefix: str) -> None:
    shared = RedisStorage.from_url(redis_server.url, prefix=redis_prefix)
    assert shared.async_client is not None and "prefix" in repr(shared)

    async def main() -> list[Reservation]:
        one = Limits(1, None, 60.0)
        return [await shared.areserve("k", 0, one, 0.0), await shared.areserve("k", 0, one, 0.0)]

    first, second = asyncio.run(main())
    assert first.wait == 0 and second.reason == "requests"  # Redis TIME: one clock
    assert shared.reserve("k", 0, Limits(1, None, 60.0), 0.0).reason == "requests"
    shared.reset()
    assert shared.reserve("k", 0, Limits(1, None, 60.0), 0.0).wait == 0


def test_reset(store: Any) -> None:
    store.reserve("k", 0, Limits(1, None, 60.0), 0.0)
    store.record("h", False, "failure", 0.0, 1)
    store.reset()
    assert store.reserve("k", 0, Limits(1, None, 60.0), 0.0).wait == 0
    assert store.snapshot("h") == ("closed", 0)


def test_a_dead_redis_is_a_typed_bounded_failure(redis_factory: Callable[[], RedisServer]) -> None:
    server = redis_factory()
    shared = RedisStorage.from_url(server.url, timeout=0.2)
    assert shared.reserve("k", 0, LIMITS, 0.0).wait == 0
    server.kill()
    calls: list[Callable[[], object]] = [
        lambda: shared.reserve("k", 0, LIMITS, 0.0),
        lambda: shared.learn("k", ServerBudget(1, 1.0), 0.0),
        lambda: shared.acquire("h", 0.0, 1.0),
        lambda: shared.record("h", False, "failure", 0.0, 1),
        lambda: shared.snapshot("h"),
        shared.reset,
        lambda: asyncio.run(shared.areserve("k", 0, LIMITS, 0.0)),
    ]
    for call in calls:
        with pytest.raises(StorageUnavailableError, match="unavailable: ConnectionError"):
            call()


def test_clients_without_timeouts_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="socket_timeout"):
        RedisStorage(redis.Redis(socket_timeout=None))
    with pytest.raises(ConfigurationError, match="socket_timeout"):
        RedisStorage(async_client=redis.asyncio.Redis(socket_timeout=None))
    with pytest.raises(ConfigurationError, match="needs a client"):
        RedisStorage()
    only_async = RedisStorage(async_client=redis.asyncio.Redis(socket_timeout=1))
    with pytest.raises(ConfigurationError, match="no sync client"):
        only_async.reserve("k", 0, LIMITS, 0.0)
    with pytest.raises(ConfigurationError, match="no sync client"):
        only_async.snapshot("k")
    only_async.reset()  # nothing to reset through a sync client: a no-op


def test_a_stale_now_is_decided_and_booked_at_the_latest_time() -> None:
    # Threads read the clock before taking the storage's lock: a late reader must not book
    # in the past, where a newer caller already pruned what it would have counted.
    window, limits = Window(), Limits(requests=2, tokens=None, window=10.0)
    for now in (0.0, 10.0, 5.0):
        assert window.reserve(0, limits, now).wait == 0
    assert [entry[0] for entry in window.spent] == [10.0, 10.0]
    held = window.reserve(0, limits, 5.0)  # still stale: told how long from its own now
    assert held.reason == "requests" and held.wait == pytest.approx(15.0)
