"""Every fault the upstream can throw ends as one clear error of ours, sync and async.

Real sockets: the fault server on 127.0.0.1. Attempts are counted server-side.
"""

from __future__ import annotations

import pytest

from integrations_openai import errors
from integrations_openai.config import Timeout
from integrations_openai.testing import set_testing
from tests.support.drivers import Driver
from tests.support.faultserver import (
    FaultServer,
    Reply,
    error_reply,
    html_502,
    json_reply,
    malformed_json,
    reset,
    sse,
    stall,
    truncated,
)


@pytest.fixture(autouse=True)
def _fast_retries():  # type: ignore[no-untyped-def]
    # No backoff sleeps; attempts stay as configured (cap=True with a high ceiling).
    with set_testing(attempts=100, cap=True):
        yield


async def _expect(driver: Driver, server: FaultServer, exc: type[Exception], **client_kwargs):  # type: ignore[no-untyped-def]
    client = driver.client(base_url=server.url + "/v1", **client_kwargs)
    try:
        with pytest.raises(exc) as info:
            response = await driver.request(client, "POST", "/chat/completions", json={"m": 1})
            response.json()
    finally:
        await driver.close(client)
    assert isinstance(info.value, errors.OpenAIError)
    return info.value


async def test_html_502_retried_then_server_error(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.default = html_502()
    err = await _expect(driver, fault_server, errors.ServerError, circuit_breaker=False)
    assert err.status_code == 502
    assert str(err) == "Error code: 502" and "502 Bad Gateway" in err.detail
    assert fault_server.request_count == 4  # 1 + max_retries (3)


async def test_html_502_then_success(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.enqueue(html_502(), html_502())
    client = driver.client(base_url=fault_server.url + "/v1")
    try:
        response = await driver.request(client, "POST", "/chat/completions", json={})
    finally:
        await driver.close(client)
    assert response.json() == {"ok": True}
    keys = {r.headers["idempotency-key"] for r in fault_server.requests}
    assert len(keys) == 1 and fault_server.request_count == 3


async def test_reset_before_headers_is_network_error(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.default = reset()
    err = await _expect(
        driver, fault_server, errors.NetworkError, max_retries=2, circuit_breaker=False
    )
    assert err.retryable
    assert fault_server.request_count == 3


async def test_truncated_body_every_attempt_is_network_error(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.default = truncated()
    err = await _expect(driver, fault_server, errors.NetworkError, circuit_breaker=False)
    assert str(err) == "Connection error." and "closed mid-response" in err.detail
    assert fault_server.request_count == 4  # a cut body fails the attempt: 1 + 3 retries


async def test_truncated_error_body_is_still_a_server_error(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.default = Reply(status=500, body=b'{"error": {"mess', declared_length=400)
    err = await _expect(driver, fault_server, errors.ServerError, max_retries=0)
    assert err.status_code == 500


async def test_malformed_json_error_body(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.enqueue(malformed_json(status=400))
    err = await _expect(driver, fault_server, errors.ValidationError)
    assert err.status_code == 400 and err.code is None


async def test_openai_error_shape_is_parsed(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.enqueue(
        error_reply(
            429,
            "You exceeded your current quota",
            type="insufficient_quota",
            code="insufficient_quota",
            headers={"x-request-id": "req_q", "x-ratelimit-limit-requests": "500"},
        )
    )
    err = await _expect(driver, fault_server, errors.QuotaExceededError)
    assert not err.retryable
    assert fault_server.request_count == 1, "insufficient_quota is never retried"
    assert (err.request_id, err.code) == ("req_q", "insufficient_quota")
    assert err.rate_limit is not None and err.rate_limit.limit_requests == 500


async def test_read_timeout_is_timeout_error(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.default = stall(30)
    timeout = Timeout(read=0.2, total=20)
    err = await _expect(
        driver,
        fault_server,
        errors.TimeoutError,
        timeout=timeout,
        max_retries=1,
        circuit_breaker=False,
    )
    assert err.retryable
    assert fault_server.request_count == 2


async def test_connect_refused_is_network_error(driver: Driver) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = driver.client(base_url=f"http://127.0.0.1:{port}/v1", max_retries=1)
    try:
        with pytest.raises(errors.NetworkError):
            await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)


async def test_total_deadline_across_retries(driver: Driver, fault_server: FaultServer) -> None:
    # Each attempt is slow (0.4 s) and fails; the 1 s deadline stops the retry loop early.
    fault_server.default = error_reply(503, delay=0.4)
    client = driver.client(
        base_url=fault_server.url + "/v1",
        timeout=Timeout(total=1.0),
        max_retries=50,
        circuit_breaker=False,
    )
    try:
        with pytest.raises(errors.TimeoutError) as info:
            await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    # Without the deadline the 50 retries would end in a ServerError; the deadline's own
    # code says it is what stopped the loop (no wall-clock reading needed).
    assert info.value.code == "deadline_exceeded"
    assert 1 <= fault_server.request_count < 50


async def test_per_call_deadline_override(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.default = stall(30)
    client = driver.client(base_url=fault_server.url + "/v1", circuit_breaker=False)
    try:
        with pytest.raises(errors.TimeoutError) as info:
            await driver.request(client.with_options(timeout=0.5), "GET", "/models")
    finally:
        await driver.close(client)
    assert info.value.code == "deadline_exceeded"  # the per-call deadline, not a read timeout


async def test_stream_idle_timeout(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.enqueue(sse([{"n": 1}, {"n": 2}], stall_after=1))
    client = driver.client(base_url=fault_server.url + "/v1", timeout=Timeout(stream_idle=0.3))
    chunks: list[bytes] = []
    try:
        request = client.build_request("POST", "/chat/completions", json={}, stream=True)
        response = await driver.send(client, request, stream=True)
        with pytest.raises(errors.TimeoutError):
            if driver.is_async:
                async for chunk in response.aiter_raw():
                    chunks.append(chunk)
            else:
                for chunk in response.iter_raw():
                    chunks.append(chunk)
        await driver.close_response(response)
    finally:
        await driver.close(client)
    assert b"".join(chunks) == b'data: {"n": 1}\n\n'


async def test_stream_cut_is_network_error(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.enqueue(sse(["a", "b", "c"], cut_after=2))
    client = driver.client(base_url=fault_server.url + "/v1")
    try:
        request = client.build_request("GET", "/stream", stream=True)
        response = await driver.send(client, request, stream=True)
        with pytest.raises(errors.NetworkError):
            await driver.read(response)
    finally:
        await driver.close(client)


async def test_success_carries_rate_limit_info(driver: Driver, fault_server: FaultServer) -> None:
    from integrations_openai.transport._boundary import rate_limit_of

    headers = {
        "x-ratelimit-limit-requests": "60",
        "x-ratelimit-remaining-requests": "59",
        "x-ratelimit-reset-requests": "1s",
        "x-ratelimit-remaining-tokens": "149000",
        "x-ratelimit-reset-tokens": "6m0s",
    }
    fault_server.enqueue(json_reply({"id": 1}, headers=headers))
    client = driver.client(base_url=fault_server.url + "/v1")
    try:
        response = await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    info = rate_limit_of(response)
    assert (info.limit_requests, info.remaining_requests, info.reset_requests) == (60, 59, 1.0)
    assert (info.remaining_tokens, info.reset_tokens) == (149000, 360.0)


async def test_malformed_json_on_200_is_response_decode_error_everywhere(
    driver: Driver, fault_server: FaultServer
) -> None:
    from integrations_openai_api.api.models import list_models, retrieve_model

    fault_server.default = malformed_json(headers={"x-request-id": "req_bad"})
    client = driver.client(base_url=fault_server.url + "/v1")
    calls = {
        "client.request": lambda: driver.request(client, "GET", "/models"),
        "generated": lambda: (
            list_models.asyncio_detailed(client=client.api)
            if driver.is_async
            else _done(list_models.sync_detailed(client=client.api))
        ),
        "generated parsed": lambda: (
            retrieve_model.asyncio(model="m", client=client.api)
            if driver.is_async
            else _done(retrieve_model.sync(model="m", client=client.api))
        ),
        "facade": lambda: (
            client.models.retrieve("m") if driver.is_async else _done(client.models.retrieve("m"))
        ),
    }
    try:
        for name, call in calls.items():
            with pytest.raises(errors.ResponseDecodeError) as info:
                result = await call()
                if name == "client.request":
                    result.json()
            assert info.value.status_code == 200, name
            assert info.value.request_id == "req_bad", name
    finally:
        await driver.close(client)
    assert fault_server.request_count == len(calls)  # a malformed 200 is not retried


async def _done(value: object) -> object:
    return value
