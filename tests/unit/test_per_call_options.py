"""Per-call options and raw access through the facade, on real sockets (sync and async)."""

from __future__ import annotations

import hashlib
import inspect
import os
from pathlib import Path
from typing import Any

import pytest

from integrations_openai.errors import ServerError, TimeoutError
from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, Reply, error_reply, json_reply, sse

MODEL = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}
FAST_RETRY = {"retry-after-ms": "1"}


async def call(result: Any) -> Any:
    """Await the facade's result when the async client returned a coroutine."""
    return await result if inspect.isawaitable(result) else result


async def close(driver: Driver, client: Any) -> None:
    if driver.is_async:
        await client.aclose()
    else:
        client.close()


async def test_extra_headers_query_body_reach_the_wire(
    driver: Driver, fault_server: FaultServer
) -> None:
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    fault_server.enqueue(json_reply({"id": "modr", "model": "m", "results": []}))
    result = await call(
        client.moderations.create(
            input="x",
            extra_headers={"X-Trace-Id": "abc"},
            extra_query={"dry": "1"},
            extra_body={"future_flag": True},
        )
    )
    assert result.id == "modr"
    req = fault_server.requests[0]
    assert (req.method, req.path) == ("POST", "/v1/moderations")
    assert req.headers["x-trace-id"] == "abc"
    assert req.query == "dry=1"
    assert req.json() == {"input": "x", "future_flag": True}
    await close(driver, client)


async def test_max_retries_per_call_overrides_the_client(
    driver: Driver, fault_server: FaultServer
) -> None:
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    fault_server.enqueue(
        error_reply(503, headers=FAST_RETRY),
        error_reply(503, headers=FAST_RETRY),
        json_reply(MODEL),
    )
    raw = await call(client.models.with_raw_response.retrieve("gpt-4o", max_retries=2))
    assert raw.parse().id == "gpt-4o"
    assert raw.retries_taken == 2  # the SDK's attribute: attempts before this answer
    assert fault_server.request_count == 3

    fault_server.clear()
    fault_server.enqueue(error_reply(503, headers=FAST_RETRY), json_reply(MODEL))
    with pytest.raises(ServerError):
        await call(client.models.retrieve("gpt-4o"))  # the client's own max_retries=0
    assert fault_server.request_count == 1
    await close(driver, client)


async def test_timeout_per_call(driver: Driver, fault_server: FaultServer) -> None:
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    fault_server.enqueue(Reply(body=MODEL, delay=2.0))
    # The server answers after 2 s, well within the client's default timeouts: only the
    # per-call 0.2 s budget can turn this call into a TimeoutError.
    with pytest.raises(TimeoutError):
        await call(client.models.retrieve("gpt-4o", timeout=0.2))
    await close(driver, client)


async def test_raw_response_exposes_status_headers_request_id_rate_limit(
    driver: Driver, fault_server: FaultServer
) -> None:
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    headers = {
        "x-request-id": "req_123",
        "x-ratelimit-remaining-requests": "99",
        "x-ratelimit-reset-tokens": "1.5s",
    }
    fault_server.enqueue(json_reply(MODEL, headers=headers))
    raw = await call(client.models.with_raw_response.retrieve("gpt-4o"))
    assert raw.parsed.id == "gpt-4o"
    assert raw.status_code == 200
    assert raw.request_id == "req_123"
    assert raw.headers["x-request-id"] == "req_123"
    assert raw.rate_limit.remaining_requests == 99
    assert raw.rate_limit.reset_tokens == 1.5
    assert raw.elapsed.total_seconds() > 0
    assert raw.retries_taken == 0
    await close(driver, client)


async def test_chat_stream_on_a_socket(driver: Driver, fault_server: FaultServer) -> None:
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    fault_server.enqueue(
        sse(
            [
                {
                    **chunk,
                    "choices": [{"index": 0, "delta": {"content": "Hel"}, "finish_reason": None}],
                },
                {
                    **chunk,
                    "choices": [{"index": 0, "delta": {"content": "lo"}, "finish_reason": "stop"}],
                },
            ]
        )
    )
    stream = await call(
        client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}], stream=True
        )
    )
    if driver.is_async:
        texts = [e.choices[0].delta.content async for e in stream]
    else:
        texts = [e.choices[0].delta.content for e in stream]
    assert texts == ["Hel", "lo"]
    assert fault_server.requests[0].headers["accept"] == "text/event-stream"
    await close(driver, client)


async def test_chunked_upload(driver: Driver, fault_server: FaultServer, tmp_path: Path) -> None:
    data = os.urandom(10_240)  # -> 3 parts of 4,096 bytes
    path = tmp_path / "big.jsonl"
    path.write_bytes(data)
    parts: dict[str, bytes] = {}
    assembled: list[bytes] = []

    def handler(request: Any) -> Reply:
        if request.path == "/v1/uploads":
            body = request.json()
            assert body["bytes"] == len(data) and body["filename"] == "big.jsonl"
            return json_reply({"id": "upload_1", "object": "upload", "bytes": body["bytes"],
                               "created_at": 1, "expires_at": 2, "filename": body["filename"],
                               "purpose": body["purpose"], "status": "pending"})  # fmt: skip
        if request.path == "/v1/uploads/upload_1/parts":
            start = request.body.index(b"\r\n\r\n") + 4
            end = request.body.rindex(b"\r\n--")
            part_id = f"part_{len(parts)}"
            parts[part_id] = request.body[start:end]
            return json_reply({"id": part_id, "object": "upload.part",
                               "created_at": 1, "upload_id": "upload_1"})  # fmt: skip
        body = request.json()
        assert body["md5"] == hashlib.md5(data).hexdigest()
        assembled.append(b"".join(parts[i] for i in body["part_ids"]))
        return json_reply({"id": "upload_1", "object": "upload", "bytes": len(data), "created_at": 1,
                           "expires_at": 2, "filename": "big.jsonl", "purpose": "batch",
                           "status": "completed", "part_ids": body["part_ids"]})  # fmt: skip

    fault_server.handler = handler
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    upload = await call(
        client.uploads.upload_file_chunked(path, purpose="batch", part_size=4096, concurrency=2)
    )
    assert upload.status == "completed"
    assert len(parts) == 3
    assert assembled == [data]  # part_ids in file order rebuild the file
    await close(driver, client)


async def test_download_to_file_streams(
    driver: Driver, fault_server: FaultServer, tmp_path: Path
) -> None:
    payload = b"x" * 200_000
    fault_server.enqueue(Reply(body=payload, chunks=[payload[:100_000], payload[100_000:]]))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    out = tmp_path / "content.bin"
    written = await call(client.files.content_to_file("file-1", destination=out))
    assert written == len(payload)
    assert out.read_bytes() == payload
    assert fault_server.requests[0].path == "/v1/files/file-1/content"
    await close(driver, client)
