"""The pool under concurrency, on real sockets: a burst of N calls in flight at once opens N
connections, and later bursts reuse every one of them (TCP accepts counted server-side).

The server holds each burst's replies until all N requests have arrived (a gate, not a
delay), so every call of a burst is in flight at once however loaded the machine is.
Before keep-alive matched the connection limit, 32 concurrent calls three times opened 56
connections (20 idle slots: 12 reopened per burst).
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from integrations_openai import Timeout
from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, RecordedRequest, Reply, json_reply

pytestmark = pytest.mark.timeout(120)

ROUNDS = 3
ARRIVAL = 60.0  # liveness bound for a burst to arrive, never a timing assertion


class Bursts:
    """Replies held at a gate until the whole burst has arrived."""

    def __init__(self, server: FaultServer) -> None:
        self.server = server
        self.gate = threading.Event()
        server.handler = self._reply

    def _reply(self, request: RecordedRequest) -> Reply:
        return json_reply({"ok": True}, gate=self.gate)

    def release_when(self, arrived: int, *, hold_next: bool = True) -> None:
        """Open the gate once ``arrived`` requests reached the server; later requests wait
        at a new gate (``hold_next``) or are answered at once."""
        gate = self.gate
        self.server.wait_for_requests(arrived, timeout=ARRIVAL)
        self.gate = threading.Event()
        if not hold_next:
            self.gate.set()
        gate.set()


async def burst(driver: Driver, client: Any, bursts: Bursts, n: int) -> None:
    arrived = bursts.server.request_count + n
    if driver.is_async:
        calls = [asyncio.ensure_future(client.request("GET", "/models")) for _ in range(n)]
        await asyncio.to_thread(bursts.release_when, arrived)
        responses = await asyncio.gather(*calls)
    else:
        with ThreadPoolExecutor(n) as pool:
            futures = [pool.submit(client.request, "GET", "/models") for _ in range(n)]
            bursts.release_when(arrived)
            responses = [f.result() for f in futures]
    assert all(r.status_code == 200 for r in responses)


@pytest.mark.parametrize("concurrency", [32, 100])
async def test_bursts_reuse_every_connection(
    driver: Driver, fault_server: FaultServer, concurrency: int
) -> None:
    bursts = Bursts(fault_server)
    # No retries: a failed attempt must fail the test, not be re-sent into the next held
    # burst. Wide limits: a loaded machine may take seconds to connect 100 sockets at once,
    # and this test is about reuse, not timeouts.
    client = driver.client(
        base_url=fault_server.url + "/v1",
        max_retries=0,
        timeout=Timeout(connect=ARRIVAL, read=ARRIVAL, write=ARRIVAL, pool=ARRIVAL),
    )
    try:
        for _ in range(ROUNDS):
            await burst(driver, client, bursts, concurrency)
    finally:
        await driver.close(client)
    assert fault_server.request_count == ROUNDS * concurrency
    assert fault_server.accepts == concurrency


async def test_the_connection_limit_caps_what_is_opened(
    driver: Driver, fault_server: FaultServer
) -> None:
    # Four connections at most: the fifth call waits for one of them, none is opened.
    bursts = Bursts(fault_server)
    client = driver.client(base_url=fault_server.url + "/v1", max_connections=4)
    try:
        if driver.is_async:
            calls = [asyncio.ensure_future(client.request("GET", "/models")) for _ in range(24)]
            await asyncio.to_thread(bursts.release_when, 4, hold_next=False)
            await asyncio.gather(*calls)
        else:
            with ThreadPoolExecutor(24) as pool:
                futures = [pool.submit(client.request, "GET", "/models") for _ in range(24)]
                bursts.release_when(4, hold_next=False)
                for future in futures:
                    future.result()
    finally:
        await driver.close(client)
    assert fault_server.request_count == 24
    assert fault_server.accepts == 4
