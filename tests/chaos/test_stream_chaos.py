"""Streams through the real client stack (OpenAIClient: boundary, telemetry, retry, breaker)
on real sockets: connection reuse counted server-side, and faults mid-stream."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from integrations_openai._client import AsyncOpenAIClient, OpenAIClient
from integrations_openai.config import Timeout
from integrations_openai.errors import StreamError, TimeoutError
from integrations_openai.stream import AsyncStream, ChatCompletionAccumulator, Stream
from integrations_openai.stream._events import stream_headers
from tests.support.faultserver import FaultServer, Reply, sse

# Every sync client here runs on both sync transports (the stdlib pool and httpx's).
pytestmark = pytest.mark.usefixtures("both_sync_transports")

KEY = "sk-test-stream-chaos-0000"
N_STREAMS = 1000


def chunk(i: int) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-x",
        "choices": [{"index": 0, "delta": {"content": f"t{i} "}, "finish_reason": None}],
    }


CHUNKS = [chunk(i) for i in range(5)]
BODY = json.dumps({"model": "gpt-x", "stream": True})


def stream_reply(_request: Any = None) -> Reply:
    return sse(CHUNKS)


def client(server: FaultServer, **kw: Any) -> OpenAIClient:
    return OpenAIClient(api_key=KEY, base_url=server.url + "/v1", max_retries=0, **kw)


def aclient(server: FaultServer, **kw: Any) -> AsyncOpenAIClient:
    return AsyncOpenAIClient(api_key=KEY, base_url=server.url + "/v1", max_retries=0, **kw)


def open_stream(c: OpenAIClient) -> Stream[dict[str, Any]]:
    request = c.build_request(
        "POST", "/chat/completions", content=BODY.encode(), headers=stream_headers(), stream=True
    )
    return Stream(c.send(request, stream=True))


async def aopen_stream(c: AsyncOpenAIClient) -> AsyncStream[dict[str, Any]]:
    request = c.build_request(
        "POST", "/chat/completions", content=BODY.encode(), headers=stream_headers(), stream=True
    )
    return AsyncStream(await c.send(request, stream=True))


@pytest.mark.slow
def test_sync_1000_streams_reuse_one_connection(fault_server: FaultServer) -> None:
    fault_server.handler = stream_reply
    with client(fault_server) as c:
        for _ in range(N_STREAMS):
            with open_stream(c) as stream:
                assert sum(1 for _ in stream) == len(CHUNKS)
    assert fault_server.request_count == N_STREAMS
    assert fault_server.accepts == 1
    assert fault_server.requests[0].headers["accept"] == "text/event-stream"


@pytest.mark.slow
async def test_async_1000_streams_reuse_one_connection(fault_server: FaultServer) -> None:
    fault_server.handler = stream_reply
    async with aclient(fault_server) as c:
        for _ in range(N_STREAMS):
            async with await aopen_stream(c) as stream:
                assert len([x async for x in stream]) == len(CHUNKS)
    assert fault_server.request_count == N_STREAMS
    assert fault_server.accepts == 1


def test_early_close_drops_only_that_connection(fault_server: FaultServer) -> None:
    with client(fault_server) as c:
        fault_server.enqueue(sse(CHUNKS * 50, event_delay=0.005))
        with open_stream(c) as stream:
            next(stream)
        for _ in range(3):
            fault_server.enqueue(sse(CHUNKS))
            with open_stream(c) as stream:
                assert len(list(stream)) == len(CHUNKS)
    assert fault_server.accepts == 2  # one for the abandoned stream, one reused after


def test_accumulated_completion_through_client(fault_server: FaultServer) -> None:
    fault_server.enqueue(
        sse(
            [*CHUNKS, {**chunk(5), "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}]
        )
    )
    acc: ChatCompletionAccumulator[dict[str, Any]] = ChatCompletionAccumulator()
    with client(fault_server) as c, open_stream(c) as stream:
        for event in stream:
            acc.handle(event)
    final = acc.final()
    assert final["choices"][0]["message"]["content"] == "t0 t1 t2 t3 t4 "
    assert final["choices"][0]["finish_reason"] == "stop"


def test_stall_through_client_is_stream_idle_timeout(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse(CHUNKS, stall_after=2))
    timeout = Timeout(stream_idle=0.3)
    with (
        client(fault_server, timeout=timeout) as c,
        open_stream(c) as stream,
        pytest.raises(TimeoutError) as info,
    ):
        for _ in stream:
            pass
    assert "stream idle" in info.value.detail


async def test_async_cut_through_client_is_stream_error(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse(CHUNKS, cut_after=2, headers={"x-request-id": "req_cut"}))
    async with aclient(fault_server) as c:
        stream = await aopen_stream(c)
        seen = []
        with pytest.raises(StreamError) as info:
            async for event in stream:
                seen.append(event)
        assert "cut off" in info.value.detail
        assert len(seen) == 2
        assert info.value.request_id == "req_cut"
        assert stream.response.is_closed


def test_error_event_through_client(fault_server: FaultServer) -> None:
    error = {"error": {"message": "model overloaded", "code": "overloaded"}}
    fault_server.enqueue(sse([CHUNKS[0], error]))
    with (
        client(fault_server) as c,
        open_stream(c) as stream,
        pytest.raises(StreamError, match="model overloaded") as info,
    ):
        list(stream)
    assert info.value.code == "overloaded"
    assert KEY not in repr(info.value) and KEY not in str(info.value)


def test_plain_httpx_pool_also_reuses(fault_server: FaultServer) -> None:
    # Same guarantee without our client: the drain is what returns the connection.
    fault_server.handler = stream_reply
    with httpx.Client(base_url=fault_server.url) as c:
        for _ in range(50):
            response = c.send(c.build_request("POST", "/v1/chat/completions"), stream=True)
            assert len(list(Stream(response))) == len(CHUNKS)
    assert fault_server.accepts == 1
