"""``client.health()`` against the fault server on 127.0.0.1, sync and async: breaker
states, limiter budgets, last error per host, the live probe, and ``readiness``."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from integrations_openai import errors, health
from integrations_openai.config import BreakerPolicy, RateLimitPolicy, RetryPolicy
from integrations_openai.health import HealthReport, LastErrors, readiness
from integrations_openai.instrumentation import RequestEnd
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer, error_reply, json_reply

pytestmark = pytest.mark.timeout(60)


async def maybe(value: Any) -> Any:
    return await value if asyncio.iscoroutine(value) else value


def test_public_names() -> None:
    assert set(health.__all__) == {
        "BreakerHealth", "HealthReport", "HostError", "LastErrors", "LimiterHealth",
        "Probe", "readiness", "snapshot",
    }  # fmt: skip
    for name in health.__all__:
        assert getattr(health, name).__doc__


async def test_open_breaker_budget_and_last_error(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(error_reply(500), json_reply({"object": "list", "data": []}))
    client = driver.client(
        base_url=fault_server.url + "/v1",
        retry=RetryPolicy(max_retries=0),
        circuit_breaker=BreakerPolicy(fail_max=1, reset_timeout=60),
        rate_limit=RateLimitPolicy(requests_per_minute=10),
    )
    try:
        assert (await maybe(client.health())).ok
        with pytest.raises(errors.ServerError):
            await maybe(client.request("GET", "/models"))
        report: HealthReport = await maybe(client.health(probe=True, probe_timeout=2.0))
    finally:
        await maybe(client.close())
    host = fault_server.url.removeprefix("http://")
    [breaker] = report.breakers
    assert (breaker.host, breaker.state) == (host, "open")
    [limiter] = report.limiters
    assert limiter.requests == 9  # the probe never reached the limiter: the circuit is open
    [last] = report.last_errors
    assert last.host == host and last.error in {"InternalServerError", "CircuitOpenError"}
    assert report.probe is not None and not report.probe.ok
    assert report.probe.error == "CircuitOpenError"
    assert not report.ok
    status, body = readiness(report)
    assert status == 503 and body["ok"] is False
    assert TEST_KEY not in repr(body)


async def test_probe_ok(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply({"object": "list", "data": []}))
    client = driver.client(base_url=fault_server.url + "/v1")
    try:
        report = await maybe(client.health(probe=True))
    finally:
        await maybe(client.close())
    assert report.probe is not None and report.probe.ok and report.probe.status_code == 200
    assert readiness(report)[0] == 200
    assert fault_server.requests[-1].path.endswith("/v1/models")


def test_last_errors_is_bounded_and_ordered() -> None:
    recorder = LastErrors(max_hosts=2, clock=lambda: 5.0)
    for host in ("a", "b", "c"):
        recorder.on_event(RequestEnd("GET", f"https://{host}/x", "id", 1, 0.1, 500, "ServerError"))
    recorder.on_event(RequestEnd("GET", "https://c/x", "id", 1, 0.1, 200))
    assert [e.host for e in recorder.errors()] == ["b", "c"]
    assert recorder.errors()[0].at == 5.0
