"""Keep-alive through the whole stack: TCP accepts vs requests, counted server-side."""

from __future__ import annotations

import asyncio

from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, error_reply, json_reply

CALLS = 1000


async def test_thousand_calls_reuse_connections(driver: Driver, fault_server: FaultServer) -> None:
    client = driver.client(base_url=fault_server.url + "/v1")
    try:
        if driver.is_async:
            # Ten concurrent workers: at most ten connections for a thousand requests.
            async def worker(n: int) -> None:
                for i in range(CALLS // 10):
                    await client.request("POST", "/embeddings", json={"i": n * 1000 + i})  # type: ignore[misc]

            await asyncio.gather(*(worker(n) for n in range(10)))
        else:
            for i in range(CALLS):
                client.request("POST", "/embeddings", json={"i": i})  # type: ignore[union-attr]
    finally:
        await driver.close(client)
    assert fault_server.request_count == CALLS
    reuse = 1 - fault_server.accepts / fault_server.request_count
    assert reuse >= 0.99, f"reuse {reuse:.3f}: {fault_server.accepts} accepts for {CALLS} requests"


async def test_retried_errors_keep_the_connection(
    driver: Driver, fault_server: FaultServer
) -> None:
    # A retried 5xx is read and closed by the retry layer, returning the connection to the pool.
    for _ in range(50):
        fault_server.enqueue(error_reply(503), json_reply({"ok": True}))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=1, circuit_breaker=False)
    from integrations_openai.testing import set_testing

    try:
        with set_testing(attempts=2):
            for _ in range(50):
                await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    assert fault_server.request_count == 100
    assert fault_server.accepts == 1
