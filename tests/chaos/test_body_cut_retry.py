"""A non-streamed success body cut short is a failed attempt: retried, counted by the breaker.

Streamed calls keep their rule (never retried once the caller has the response), and a
streamed download is handed over at its headers, never buffered. Real sockets; attempts are
counted server-side.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from integrations_openai import errors
from integrations_openai.config import BreakerPolicy
from integrations_openai.testing import set_testing
from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, Reply, json_reply, truncated

BODY = b'{"id": "chatcmpl-1", "object": "chat.completion", "choices": []}'


@pytest.fixture(autouse=True)
def _fast_retries():  # type: ignore[no-untyped-def]
    with set_testing(attempts=100, cap=True):
        yield


def _cut(kind: str) -> Reply:
    if kind == "short":  # Content-Length larger than what is sent, then FIN
        return truncated(BODY)
    if kind == "reset":  # Content-Length larger than what is sent, then RST
        return Reply(body=BODY[:20], declared_length=len(BODY), abort=True)
    return Reply(chunks=[BODY[:20], BODY[20:]], cut_after=1, abort=True)  # chunked, RST


@pytest.mark.parametrize("kind", ["short", "reset", "chunked-reset"])
async def test_cut_body_is_retried_with_the_same_key(
    driver: Driver, fault_server: FaultServer, kind: str
) -> None:
    fault_server.enqueue(_cut(kind), _cut(kind))
    fault_server.default = json_reply({"id": "chatcmpl-1", "ok": True})
    client = driver.client(base_url=fault_server.url + "/v1", circuit_breaker=False)
    try:
        response = await driver.request(client, "POST", "/chat/completions", json={"m": 1})
    finally:
        await driver.close(client)
    assert response.json() == {"id": "chatcmpl-1", "ok": True}
    requests = fault_server.requests
    assert len(requests) == 3
    assert len({r.headers["idempotency-key"] for r in requests}) == 1
    assert [r.headers["x-retry-count"] for r in requests] == ["0", "1", "2"]


async def test_cut_body_respects_max_retries(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.default = _cut("reset")
    client = driver.client(base_url=fault_server.url + "/v1", circuit_breaker=False, max_retries=1)
    try:
        with pytest.raises(errors.NetworkError) as info:
            await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    assert info.value.retryable
    assert fault_server.request_count == 2


async def test_cut_bodies_open_the_breaker(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.default = truncated(BODY)
    client = driver.client(
        base_url=fault_server.url + "/v1",
        max_retries=0,
        circuit_breaker=BreakerPolicy(fail_max=2, reset_timeout=600),
    )
    try:
        for _ in range(2):
            with pytest.raises(errors.NetworkError):
                await driver.request(client, "GET", "/models")
        with pytest.raises(errors.CircuitOpenError):
            await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    assert fault_server.request_count == 2  # the third call never left the client


async def test_streamed_call_with_cut_body_is_not_retried(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.default = truncated(BODY)
    client = driver.client(base_url=fault_server.url + "/v1", circuit_breaker=False)
    try:
        request = client.build_request("GET", "/models", stream=True)
        response = await driver.send(client, request, stream=True)
        assert response.status_code == 200  # handed over at the headers
        with pytest.raises(errors.NetworkError):
            await driver.read(response)
    finally:
        await driver.close(client)
    assert fault_server.request_count == 1


async def test_streamed_download_is_handed_over_at_the_headers(
    driver: Driver, fault_server: FaultServer
) -> None:
    # A download is built as a plain call and sent with stream=True (the facade's way). The
    # server sends one chunk and then nothing: had the transport buffered the body, send()
    # would block until the read timeout instead of returning.
    first = b"x" * 4096
    fault_server.enqueue(Reply(chunks=[first, b"y" * 4096], stall_after=1))
    client = driver.client(base_url=fault_server.url + "/v1", timeout=30.0)
    try:
        request = client.build_request("GET", "/files/file-1/content")
        response = await driver.send(client, request, stream=True)
        if driver.is_async:
            chunk = await response.aiter_raw().__anext__()
        else:
            chunk = next(response.iter_raw())
        assert chunk == first
        await driver.close_response(response)
    finally:
        await driver.close(client)
    assert fault_server.request_count == 1


async def test_facade_download_is_streamed_so_a_cut_is_not_retried(
    driver: Driver, fault_server: FaultServer, tmp_path: Path
) -> None:
    # Buffered, the cut download would be retried (4 requests); streamed to the file, the
    # caller already consumed bytes, so it fails once and leaves no partial file.
    payload = b"z" * 300_000
    fault_server.default = Reply(chunks=[payload[:100_000], payload[100_000:]], cut_after=1)
    client = driver.client(base_url=fault_server.url + "/v1", circuit_breaker=False)
    out = tmp_path / "content.bin"
    try:
        with pytest.raises(errors.NetworkError):
            result = client.files.content_to_file("file-1", destination=out)
            if driver.is_async:
                await result
    finally:
        await driver.close(client)
    assert fault_server.request_count == 1
    assert not out.exists()


async def test_raw_http_stream_is_not_buffered(driver: Driver, fault_server: FaultServer) -> None:
    first = b"x" * 4096
    fault_server.enqueue(Reply(chunks=[first, b"y" * 4096], stall_after=1))
    client = driver.client(base_url=fault_server.url + "/v1", timeout=30.0)
    try:
        if driver.is_async:
            async with client.http.stream("GET", "/files/file-1/content") as response:  # type: ignore[attr-defined]
                chunk = await response.aiter_raw().__anext__()
        else:
            with client.http.stream("GET", "/files/file-1/content") as response:  # type: ignore[attr-defined]
                chunk = next(response.iter_raw())
    finally:
        await driver.close(client)
    assert chunk == first  # handed over at the headers, not after a 30 s read timeout
