"""``with_options`` overrides really reach the transport stack (real sockets, counted server-side)."""

from __future__ import annotations

import pytest

from integrations_openai import errors
from integrations_openai.config import Timeout
from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, error_reply, json_reply, stall

# retry-after-ms: 0 keeps real (non-test-mode) retries from sleeping.
NOW = {"retry-after-ms": "0"}


@pytest.mark.parametrize(("client_retries", "copy_retries"), [(3, 1), (0, 2)])
async def test_max_retries_override_reaches_the_retry_layer(
    driver: Driver, fault_server: FaultServer, client_retries: int, copy_retries: int
) -> None:
    fault_server.default = error_reply(503, headers=NOW)
    client = driver.client(
        base_url=fault_server.url + "/v1", max_retries=client_retries, circuit_breaker=False
    )
    copy = client.with_options(max_retries=copy_retries)
    try:
        with pytest.raises(errors.ServerError):
            await driver.request(copy, "POST", "/chat/completions", json={})
        assert fault_server.request_count == 1 + copy_retries
        fault_server.clear()
        with pytest.raises(errors.ServerError):
            await driver.request(client, "POST", "/chat/completions", json={})
        assert fault_server.request_count == 1 + client_retries  # the original is unchanged
        fault_server.clear()
        with pytest.raises(errors.ServerError):  # a raw request on the copy's httpx client too
            if driver.is_async:
                await copy.http.get("/models")  # type: ignore[misc]
            else:
                copy.http.get("/models")
        assert fault_server.request_count == 1 + copy_retries
    finally:
        await driver.close(client)


async def test_total_timeout_override_reaches_the_transport(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.default = stall(30)
    client = driver.client(base_url=fault_server.url + "/v1")
    copy = client.with_options(timeout=0.5)
    try:
        with pytest.raises(errors.TimeoutError) as info:
            await driver.request(copy, "POST", "/chat/completions", json={})
    finally:
        await driver.close(client)
    # Only the call's total deadline raises with this code: the per-read default (600 s)
    # did not decide, the 0.5 s total of the copy did.
    assert info.value.code == "deadline_exceeded"
    assert fault_server.request_count == 1  # the 0.5 s deadline left no room for a retry


async def test_read_timeout_override_reaches_the_transport(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(stall(30), stall(30))
    fault_server.default = json_reply({"ok": True})
    client = driver.client(base_url=fault_server.url + "/v1")
    copy = client.with_options(timeout=Timeout(read=0.3), max_retries=2)
    try:
        response = await driver.request(copy, "GET", "/models")
    finally:
        await driver.close(client)
    assert response.json() == {"ok": True}
    assert fault_server.request_count == 3  # two read timeouts, each retried
