"""Buffer layer decisions: which responses are read inside the attempt, and how they come out."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from integrations_openai.transport._buffer import AsyncBufferTransport, BufferTransport, buffers
from tests.support.resilience import MODES, TrackedStream, request, send


def _response(status: int = 200, body: bytes = b"{}", **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, stream=TrackedStream(body, []))


def test_only_unread_success_bodies_of_non_streamed_calls_are_buffered() -> None:
    assert buffers(request(), _response())
    assert buffers(request(), _response(302))
    assert not buffers(request(stream=True), _response())
    assert not buffers(request(), _response(429))
    assert not buffers(request(), _response(500))
    assert not buffers(request(), httpx.Response(200, json={}))  # already in memory
    foreign = httpx.Request("GET", "https://api.test/v1/models")
    assert not buffers(foreign, _response())


@pytest.mark.parametrize("mode", MODES)
async def test_buffered_body_is_closed_and_still_decoded(mode: str) -> None:
    payload = {"id": "x", "data": list(range(100))}
    streams: list[TrackedStream] = []

    def handler(req: httpx.Request) -> httpx.Response:
        raw = gzip.compress(json.dumps(payload).encode())
        stream = TrackedStream(raw, streams)
        return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=stream)

    mock = httpx.MockTransport(handler)
    transport = BufferTransport(mock) if mode == "sync" else AsyncBufferTransport(mock)
    response = await send(mode, transport, request())
    assert response.json() == payload
    assert streams[0].closed  # the network stream was released inside the attempt
    assert response.elapsed.total_seconds() >= 0  # httpx finished the response as usual
