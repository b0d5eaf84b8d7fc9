"""Stream / AsyncStream on real sockets (tests/support/faultserver.py), each case sync and async."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from integrations_openai.errors import RateLimitError, StreamError, TimeoutError
from integrations_openai.stream import AsyncStream, Stream
from integrations_openai.stream._events import STREAM_HEADERS, stream_headers
from tests.support.faultserver import FaultServer, Reply, SSEEvent, sse

CHUNKS = [{"id": "c1", "choices": [{"index": 0, "delta": {"content": str(i)}}]} for i in range(3)]

Parse = Callable[[dict[str, Any]], Any] | None


async def collect(
    server: FaultServer,
    reply: Reply,
    *,
    is_async: bool,
    parse: Parse = None,
    read_timeout: float = 5.0,
    take: int | None = None,
    observer: Any = None,
) -> list[Any]:
    """Stream one reply through Stream or AsyncStream; ``take`` stops early and closes."""
    server.enqueue(reply)
    timeout = httpx.Timeout(5.0, read=read_timeout)
    out: list[Any] = []
    if is_async:
        async with httpx.AsyncClient(base_url=server.url, timeout=timeout) as client:
            request = client.build_request("POST", "/v1/chat/completions")
            response = await client.send(request, stream=True)
            async with AsyncStream(response, parse=parse, observer=observer) as stream:
                async for item in stream:
                    out.append(item)
                    if take is not None and len(out) >= take:
                        break
            assert response.is_closed
    else:
        with httpx.Client(base_url=server.url, timeout=timeout) as client:
            request = client.build_request("POST", "/v1/chat/completions")
            response = client.send(request, stream=True)
            with Stream(response, parse=parse, observer=observer) as stream:
                for item in stream:
                    out.append(item)
                    if take is not None and len(out) >= take:
                        break
            assert response.is_closed
    return out


both = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


@both
async def test_normal_end_yields_every_event(fault_server: FaultServer, is_async: bool) -> None:
    assert await collect(fault_server, sse(CHUNKS), is_async=is_async) == CHUNKS


@both
async def test_typed_events_through_parse(fault_server: FaultServer, is_async: bool) -> None:
    out = await collect(fault_server, sse(CHUNKS), is_async=is_async, parse=lambda d: d["id"])
    assert out == ["c1", "c1", "c1"]


@both
async def test_events_after_done_are_ignored(fault_server: FaultServer, is_async: bool) -> None:
    reply = sse([{"a": 1}, "[DONE]", {"b": 2}], done=False)
    assert await collect(fault_server, reply, is_async=is_async) == [{"a": 1}]


@both
async def test_early_close_closes_response(fault_server: FaultServer, is_async: bool) -> None:
    reply = sse(CHUNKS * 20, event_delay=0.01)
    out = await collect(fault_server, reply, is_async=is_async, take=1)
    assert out == CHUNKS[:1]


@both
async def test_stall_is_idle_timeout(fault_server: FaultServer, is_async: bool) -> None:
    reply = sse(CHUNKS, stall_after=1)
    # The limit only has to be longer than a loaded machine takes to deliver the head and
    # the first chunk (a shorter one can expire before them: a read timeout, not an idle one).
    with pytest.raises(TimeoutError, match=r"^Request timed out\.$") as info:
        await collect(fault_server, reply, is_async=is_async, read_timeout=1.0)
    assert info.value.retryable and "stream idle" in info.value.detail


@both
async def test_cut_mid_stream_is_stream_error(fault_server: FaultServer, is_async: bool) -> None:
    reply = sse(CHUNKS, cut_after=2)
    with pytest.raises(StreamError, match="cut off"):
        await collect(fault_server, reply, is_async=is_async)


@both
async def test_clean_end_without_done_is_stream_error(
    fault_server: FaultServer, is_async: bool
) -> None:
    with pytest.raises(StreamError, match="truncated"):
        await collect(fault_server, sse(CHUNKS, done=False), is_async=is_async)


@both
async def test_in_band_error_is_stream_error(fault_server: FaultServer, is_async: bool) -> None:
    error = {"error": {"message": "overloaded", "type": "server_error", "code": "busy"}}
    reply = sse([CHUNKS[0], error], headers={"x-request-id": "req_42"})
    with pytest.raises(StreamError, match="overloaded") as info:
        await collect(fault_server, reply, is_async=is_async)
    assert info.value.code == "busy"
    assert info.value.type == "server_error"
    assert info.value.request_id == "req_42"


@both
async def test_error_event_is_stream_error(fault_server: FaultServer, is_async: bool) -> None:
    reply = sse(
        [SSEEvent('{"type": "error", "code": "rate", "message": "slow down"}', event="error")]
    )
    with pytest.raises(StreamError, match="slow down") as info:
        await collect(fault_server, reply, is_async=is_async)
    assert info.value.code == "rate"


@both
async def test_responses_stream_ends_at_terminal_event(
    fault_server: FaultServer, is_async: bool
) -> None:
    events = [
        {"type": "response.created", "response": {"id": "r"}},
        {"type": "response.completed", "response": {"id": "r"}},
    ]
    reply = sse([SSEEvent(json.dumps(e), event=e["type"]) for e in events], done=False)
    assert await collect(fault_server, reply, is_async=is_async) == events


@both
async def test_assistant_events_are_routed_by_name(
    fault_server: FaultServer, is_async: bool
) -> None:
    reply = sse(
        [
            SSEEvent('{"id": "run_1", "object": "thread.run"}', event="thread.run.created"),
            SSEEvent("[DONE]", event="done"),
        ],
        done=False,
    )
    out = await collect(fault_server, reply, is_async=is_async)
    assert out == [{"event": "thread.run.created", "data": {"id": "run_1", "object": "thread.run"}}]


@both
async def test_invalid_json_is_stream_error(fault_server: FaultServer, is_async: bool) -> None:
    with pytest.raises(StreamError, match="not valid JSON"):
        await collect(fault_server, sse(["{oops"]), is_async=is_async)


@both
async def test_non_object_json_is_stream_error(fault_server: FaultServer, is_async: bool) -> None:
    with pytest.raises(StreamError, match="not a JSON object"):
        await collect(fault_server, sse(["[1, 2]"]), is_async=is_async)


@both
async def test_parse_failure_is_stream_error(fault_server: FaultServer, is_async: bool) -> None:
    def parse(d: dict[str, Any]) -> Any:
        return d["missing"]

    with pytest.raises(StreamError, match="could not parse") as info:
        await collect(fault_server, sse(CHUNKS), is_async=is_async, parse=parse)
    assert isinstance(info.value.__cause__, KeyError)


def test_reuse_after_normal_end_and_drain(fault_server: FaultServer) -> None:
    with httpx.Client(base_url=fault_server.url) as client:
        for _ in range(5):
            fault_server.enqueue(sse(CHUNKS))
            response = client.send(client.build_request("GET", "/s"), stream=True)
            stream = Stream(response)
            assert list(stream) == CHUNKS
            assert stream.complete
    assert fault_server.request_count == 5
    assert fault_server.accepts == 1


def test_close_after_last_event_drains_and_reuses(fault_server: FaultServer) -> None:
    # The consumer stops right after the last chunk, before reading [DONE]: the stream is not
    # complete, so close() drops the connection; after a terminal event it drains instead.
    events = [{"type": "response.completed", "response": {}}]
    with httpx.Client(base_url=fault_server.url) as client:
        for _ in range(3):
            fault_server.enqueue(sse(events, done=False))
            response = client.send(client.build_request("GET", "/s"), stream=True)
            with Stream(response) as stream:
                assert next(stream) == events[0]
                assert stream.complete
    assert fault_server.accepts == 1


async def test_async_reuse_after_normal_end(fault_server: FaultServer) -> None:
    async with httpx.AsyncClient(base_url=fault_server.url) as client:
        for _ in range(5):
            fault_server.enqueue(sse(CHUNKS))
            response = await client.send(client.build_request("GET", "/s"), stream=True)
            assert [x async for x in AsyncStream(response)] == CHUNKS
    assert fault_server.accepts == 1


def test_close_twice_and_repr(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse(CHUNKS, headers={"x-request-id": "req_9"}))
    with httpx.Client(base_url=fault_server.url) as client:
        stream = Stream(client.send(client.build_request("GET", "/s"), stream=True))
        assert "open" in repr(stream)
        assert stream.request_id == "req_9"
        stream.close()
        stream.close()
        assert "closed" in repr(stream)
        assert list(stream) == []


def test_stream_headers_helper() -> None:
    assert STREAM_HEADERS == {"Accept": "text/event-stream"}
    assert stream_headers({"X": "1"}) == {"Accept": "text/event-stream", "X": "1"}
    assert stream_headers() == {"Accept": "text/event-stream"}


@both
async def test_error_status_raises_mapped_error(fault_server: FaultServer, is_async: bool) -> None:
    body = {"error": {"message": "slow down", "type": "requests", "code": "rate_limit_exceeded"}}
    reply = Reply(status=429, headers={"x-request-id": "req_429"}, body=body)
    with pytest.raises(RateLimitError, match="slow down") as info:
        await collect(fault_server, reply, is_async=is_async)
    assert info.value.request_id == "req_429"


@both
async def test_json_instead_of_stream_is_clear_stream_error(
    fault_server: FaultServer, is_async: bool
) -> None:
    reply = Reply(headers={"content-type": "application/json"}, body={"id": "x"})
    with pytest.raises(StreamError, match="expected an event stream"):
        await collect(fault_server, reply, is_async=is_async)


@both
async def test_byte_by_byte_http_chunks_give_same_events(
    fault_server: FaultServer, is_async: bool
) -> None:
    # CRLF terminators and multibyte characters split across HTTP chunks on the wire.
    events = [{"text": "héllo 😀 wörld", "i": i} for i in range(3)]
    raw = b"".join(f"data: {json.dumps(e, ensure_ascii=False)}\r\n\r\n".encode() for e in events)
    raw += b"data: [DONE]\r\n\r\n"
    reply = Reply(
        headers={"content-type": "text/event-stream"},
        chunks=[raw[i : i + 1] for i in range(len(raw))],
    )
    assert await collect(fault_server, reply, is_async=is_async) == events


def test_huge_tail_after_done_is_not_drained_forever(fault_server: FaultServer) -> None:
    junk = b": " + b"x" * 200_000 + b"\n"
    fault_server.enqueue(sse([CHUNKS[0], "[DONE]", junk, junk], done=False))
    with httpx.Client(base_url=fault_server.url) as client:
        response = client.send(client.build_request("GET", "/s"), stream=True)
        assert list(Stream(response)) == CHUNKS[:1]
        assert response.is_closed


class BrokenObserver:
    """Telemetry that fails at every step."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def chunks(self, events: Any) -> None:
        self.calls.append("chunks")
        raise TypeError("telemetry bug")

    def fail(self, exc: BaseException) -> None:
        self.calls.append("fail")
        raise TypeError("telemetry bug")

    def close(self, *, complete: bool) -> None:
        self.calls.append("close")
        raise TypeError("telemetry bug")


@both
async def test_a_failing_observer_never_breaks_the_stream(
    fault_server: FaultServer, is_async: bool, caplog: pytest.LogCaptureFixture
) -> None:
    observer = BrokenObserver()
    assert await collect(fault_server, sse(CHUNKS), is_async=is_async, observer=observer) == CHUNKS
    assert observer.calls == ["chunks"]  # dropped after its first failure
    assert "stream telemetry failed" in caplog.text
