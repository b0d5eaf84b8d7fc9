"""Which statuses the full client retries, on real sockets, attempts counted server-side.

The unit tests prove the decision functions on mock transports; here the same rules are
checked end to end through ``OpenAIClient``/``AsyncOpenAIClient`` and the fault server.
"""

from __future__ import annotations

import email.utils
import time

import pytest
import time_machine

from integrations_openai import errors
from integrations_openai.config import BreakerPolicy
from integrations_openai.instrumentation import RetryScheduled
from integrations_openai.testing import set_testing
from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, error_reply, html_502, json_reply
from tests.support.resilience import Events

OK = {"ok": True}


@pytest.fixture(autouse=True)
def _fast_retries():  # type: ignore[no-untyped-def]
    with set_testing(attempts=100, cap=True):
        yield


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
async def test_retryable_statuses_are_retried(
    driver: Driver, fault_server: FaultServer, status: int
) -> None:
    first = html_502() if status == 502 else error_reply(status)
    fault_server.enqueue(first, error_reply(status))
    fault_server.default = json_reply(OK)
    client = driver.client(base_url=fault_server.url + "/v1", circuit_breaker=False)
    try:
        response = await driver.request(client, "POST", "/chat/completions", json={})
    finally:
        await driver.close(client)
    assert response.json() == OK
    assert fault_server.request_count == 3
    assert len({r.headers["idempotency-key"] for r in fault_server.requests}) == 1


@pytest.mark.parametrize(
    ("status", "exc"),
    [
        (400, errors.ValidationError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (422, errors.ValidationError),
    ],
)
async def test_caller_errors_are_not_retried(
    driver: Driver, fault_server: FaultServer, status: int, exc: type[Exception]
) -> None:
    fault_server.default = error_reply(status)
    client = driver.client(base_url=fault_server.url + "/v1")
    try:
        with pytest.raises(exc) as info:
            await driver.request(client, "POST", "/chat/completions", json={})
    finally:
        await driver.close(client)
    assert isinstance(info.value, errors.OpenAIError) and not info.value.retryable
    assert fault_server.request_count == 1


async def test_x_should_retry_false_on_503_forbids_the_retry(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(error_reply(503, headers={"x-should-retry": "false"}))
    fault_server.default = json_reply(OK)
    client = driver.client(base_url=fault_server.url + "/v1")
    try:
        with pytest.raises(errors.ServerError) as info:
            await driver.request(client, "POST", "/chat/completions", json={})
    finally:
        await driver.close(client)
    assert not info.value.retryable  # the server's word wins over the class default
    assert fault_server.request_count == 1


async def test_x_should_retry_true_on_400_forces_a_retry(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(error_reply(400, headers={"x-should-retry": "true"}))
    fault_server.default = json_reply(OK)
    client = driver.client(base_url=fault_server.url + "/v1")
    try:
        response = await driver.request(client, "POST", "/chat/completions", json={})
    finally:
        await driver.close(client)
    assert response.json() == OK and fault_server.request_count == 2


async def test_retry_after_http_date_is_honoured(driver: Driver, fault_server: FaultServer) -> None:
    # The wall clock stands still on a whole second (HTTP dates have 1 s resolution), so the
    # wait the client derives from the date is exact.
    with time_machine.travel(1_800_000_000.0, tick=False):
        when = email.utils.formatdate(time.time() + 3, usegmt=True)  # IMF-fixdate
        fault_server.enqueue(error_reply(503, headers={"retry-after": when}))
        fault_server.default = json_reply(OK)
        events = Events()
        client = driver.client(base_url=fault_server.url + "/v1", listeners=[events])
        try:
            await driver.request(client, "POST", "/chat/completions", json={})
        finally:
            await driver.close(client)
    (retry,) = events.of(RetryScheduled)
    assert retry.wait == 3.0  # the server's date, not the 0.5 s backoff ceiling
    assert fault_server.request_count == 2


async def test_breaker_is_not_opened_by_4xx(driver: Driver, fault_server: FaultServer) -> None:
    client = driver.client(
        base_url=fault_server.url + "/v1",
        circuit_breaker=BreakerPolicy(fail_max=2, reset_timeout=600),
    )
    try:
        for status in (429, 400, 404, 409, 422, 429):
            fault_server.default = error_reply(status, headers={"x-should-retry": "false"})
            with pytest.raises(errors.OpenAIError) as info:
                await driver.request(client, "POST", "/chat/completions", json={})
            assert not isinstance(info.value, errors.CircuitOpenError)
        fault_server.default = json_reply(OK)
        assert (await driver.request(client, "GET", "/models")).json() == OK
    finally:
        await driver.close(client)
    assert fault_server.request_count == 7  # every call reached the server
