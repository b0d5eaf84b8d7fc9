"""Many processes, one budget and one breaker, through a real redis-server.

8 worker processes (forked, 4 threads each) call a fault server that counts arrivals. The
budget checks read the limiter's own clock (the booking log Redis keeps, on Redis ``TIME``),
never the wall clock. Redis is killed mid-run to show calls degrade as configured and none
is lost; the breaker opens for every process after one process's failures and a single
probe closes it again.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import redis

from integrations_openai import BreakerPolicy, OpenAIClient, RateLimitPolicy
from integrations_openai.errors import CircuitOpenError, ServerError
from integrations_openai.transport.storage import RedisStorage
from tests.support.faultserver import FaultServer, RecordedRequest, Reply, error_reply, json_reply
from tests.support.redis_server import RedisServer

# Every sync client here runs on both sync transports (the stdlib pool and httpx's).
pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("both_sync_transports")]

PROCESSES, THREADS, CALLS = 8, 4, 20
BUDGET = 100  # < PROCESSES * CALLS = 160: the budget binds
KEY = "shared-test"
RESET = 3.0  # breaker reset_timeout: long enough for the "open" phase on a loaded machine
FORK = multiprocessing.get_context("fork")


def _client(server_url: str, **kwargs: Any) -> OpenAIClient:
    return OpenAIClient(
        api_key="sk-test-shared", base_url=server_url + "/v1", max_retries=0, **kwargs
    )


def _outcome(call: Callable[[], object]) -> str:
    try:
        call()
    except Exception as exc:
        return type(exc).__name__
    return "ok"


def _limit_worker(server_url: str, redis_url: str, prefix: str, start: Any, results: Any) -> None:
    storage = RedisStorage.from_url(redis_url, prefix=prefix, timeout=2.0)
    policy = RateLimitPolicy(
        requests_per_minute=BUDGET, window=3600.0, max_wait=0.0, key=KEY, storage=storage
    )
    # A call deadline past the window, so the refusal is the limiter's (max_wait=0).
    client = _client(server_url, rate_limit=policy, circuit_breaker=False, timeout=7200.0)
    start.wait()
    with ThreadPoolExecutor(THREADS) as pool:
        outcomes = list(
            pool.map(lambda _: _outcome(lambda: client.request("GET", "/models")), range(CALLS))
        )
    results.put(Counter(outcomes))


def test_processes_share_one_budget_never_exceed_it_and_use_all_of_it(
    fault_server: FaultServer, redis_server: RedisServer, redis_prefix: str
) -> None:
    start, results = FORK.Barrier(PROCESSES), FORK.Queue()
    workers = [
        FORK.Process(
            target=_limit_worker,
            args=(fault_server.url, redis_server.url, redis_prefix, start, results),
        )
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    totals: Counter[str] = Counter()
    for _ in workers:
        totals += results.get(timeout=90)
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    # Every call accounted for: sent within the budget, or refused client-side (typed).
    assert totals == {"ok": BUDGET, "RateLimitError": PROCESSES * CALLS - BUDGET}
    assert fault_server.request_count == BUDGET  # never exceeded, 100 % used
    # On the limiter's own clock: one booking per arrival, all inside one window.
    client = redis.Redis.from_url(redis_server.url, socket_timeout=2)
    log = client.zrange(f"{redis_prefix}:rl:{{{KEY}}}:log", 0, -1, withscores=True)
    times = [score for _, score in log]
    assert len(times) == BUDGET and max(times) - min(times) < 3600.0


@pytest.mark.parametrize("on_error", ["local", "fail"])
def test_redis_killed_mid_run_degrades_as_configured_and_loses_nothing(
    on_error: str,
    fault_server: FaultServer,
    redis_factory: Callable[[], RedisServer],
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = redis_factory()
    arrivals = 0
    lock = threading.Lock()

    def handler(request: RecordedRequest) -> Reply:
        nonlocal arrivals
        with lock:
            arrivals += 1
            if arrivals == 10:
                store.kill()  # Redis dies while calls are in flight
        return json_reply({"object": "list", "data": []})

    fault_server.handler = handler
    storage = RedisStorage.from_url(store.url, timeout=0.2)
    policy = RateLimitPolicy(requests_per_minute=10_000, storage=storage, on_storage_error=on_error)
    breaker = BreakerPolicy(storage=storage, on_storage_error=on_error)  # type: ignore[arg-type]
    client = _client(fault_server.url, rate_limit=policy, circuit_breaker=breaker)
    with caplog.at_level(logging.WARNING), ThreadPoolExecutor(4) as pool:
        outcomes = Counter(
            pool.map(lambda _: _outcome(lambda: client.request("GET", "/models")), range(30))
        )
    assert sum(outcomes.values()) == 30  # no call hangs or vanishes
    if on_error == "local":
        assert outcomes == {"ok": 30} and fault_server.request_count == 30
    else:
        # Calls already past the storage step finish; later ones fail typed, unsent.
        assert outcomes["ok"] == fault_server.request_count >= 10
        assert outcomes["ok"] + outcomes["StorageUnavailableError"] == 30
        assert outcomes["StorageUnavailableError"] > 0
    assert "storage unavailable" in caplog.text


def _breaker_worker(server_url: str, redis_url: str, prefix: str, go: Any, results: Any) -> None:
    storage = RedisStorage.from_url(redis_url, prefix=prefix, timeout=2.0)
    policy = BreakerPolicy(fail_max=5, reset_timeout=RESET, storage=storage)
    client = _client(server_url, circuit_breaker=policy)
    go.wait()  # ready: imported and built, so the phases below are quick
    for phase in ("open", "probe", "closed"):
        go.wait()
        try:
            client.request("GET", "/models")
            results.put((phase, "ok", 0.0))
        except CircuitOpenError as exc:
            results.put((phase, "CircuitOpenError", exc.retry_at))
        except Exception as exc:
            results.put((phase, type(exc).__name__, 0.0))


def test_breaker_opens_for_every_process_and_one_probe_closes_it(
    fault_server: FaultServer, redis_server: RedisServer, redis_prefix: str
) -> None:
    go, results = FORK.Barrier(PROCESSES + 1), FORK.Queue()
    workers = [
        FORK.Process(
            target=_breaker_worker,
            args=(fault_server.url, redis_server.url, redis_prefix, go, results),
        )
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    go.wait()  # all ready
    # One process (this one) trips the shared circuit with 5 consecutive 5xx.
    storage = RedisStorage.from_url(redis_server.url, prefix=redis_prefix, timeout=2.0)
    tripper = _client(
        fault_server.url,
        circuit_breaker=BreakerPolicy(fail_max=5, reset_timeout=RESET, storage=storage),
    )
    fault_server.handler = lambda request: error_reply(500)
    for _ in range(5):
        with pytest.raises(ServerError):
            tripper.request("GET", "/models")
    go.wait()  # phase "open": every process fails fast, nothing reaches the server
    opened = [results.get(timeout=60) for _ in workers]
    assert {outcome for _, outcome, _ in opened} == {"CircuitOpenError"}
    assert fault_server.request_count == 5

    # Phase "probe": once reset_timeout has passed on the breaker's clock (Redis TIME, as
    # retry_at says), all 8 try at once; the server holds the one probe until all others
    # have answered, so exactly one is in flight while 7 fail fast.
    gate = threading.Event()
    fault_server.handler = lambda request: json_reply({"object": "list", "data": []}, gate=gate)
    retry_at = max(at for _, _, at in opened)
    clock = redis.Redis.from_url(redis_server.url, socket_timeout=2)
    while (lambda t: t[0] + t[1] / 1e6)(clock.time()) < retry_at:
        threading.Event().wait(0.05)
    go.wait()
    probing = [results.get(timeout=60) for _ in range(PROCESSES - 1)]
    assert {outcome for _, outcome, _ in probing} == {"CircuitOpenError"}
    # The probe may still be on its way to the server when the others have answered.
    fault_server.wait_for_requests(6, timeout=60)
    assert fault_server.request_count == 6  # the single probe, held at the gate
    gate.set()
    probe = results.get(timeout=60)
    assert probe[:2] == ("probe", "ok")

    go.wait()  # phase "closed": the probe's success closed it for everyone
    closed = [results.get(timeout=60) for _ in workers]
    assert {outcome for _, outcome, _ in closed} == {"ok"}
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
