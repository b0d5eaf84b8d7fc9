"""EventRouter / StreamCore without sockets: routing, errors, httpx exception mapping."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integrations_openai.errors import (
    NetworkError,
    OpenAIError,
    StreamCutError,
    StreamError,
    TimeoutError,
)
from integrations_openai.stream._events import EventRouter, StreamCore
from integrations_openai.stream._sse import ServerSentEvent


def make_response(**headers: str) -> httpx.Response:
    request = httpx.Request("POST", "http://127.0.0.1/v1/x", extensions={"timeout": {"read": 2.5}})
    return httpx.Response(200, headers=headers, request=request)


def test_router_done_stops_everything() -> None:
    router: EventRouter[object] = EventRouter()
    assert router.route(ServerSentEvent('{"a": 1}')) == {"a": 1}
    assert router.route(ServerSentEvent("[DONE]")) is None
    assert router.done and router.complete
    assert router.route(ServerSentEvent("not json at all")) is None


def test_router_error_string_and_nested_error() -> None:
    router: EventRouter[object] = EventRouter(request_id="req_1")
    with pytest.raises(StreamError, match="boom") as info:
        router.route(ServerSentEvent('{"error": "boom"}'))
    assert info.value.request_id == "req_1"
    with pytest.raises(StreamError, match="An error occurred during streaming") as info:
        router.route(ServerSentEvent('{"code": 500}', event="error"))
    assert info.value.code == "500"


def test_thread_error_event_with_error_object() -> None:
    router: EventRouter[object] = EventRouter()
    with pytest.raises(StreamError, match="run failed") as info:
        router.route(
            ServerSentEvent('{"error": {"message": "run failed", "code": "x"}}', event="error")
        )
    assert info.value.code == "x"


def test_thread_payload_with_error_field_is_an_event_not_an_error() -> None:
    router: EventRouter[object] = EventRouter()
    sse = ServerSentEvent('{"id": "run", "error": {"message": "n/a"}}', event="thread.run.failed")
    assert router.route(sse) == {
        "event": "thread.run.failed",
        "data": {"id": "run", "error": {"message": "n/a"}},
    }


def test_custom_terminal_types() -> None:
    router: EventRouter[object] = EventRouter(terminal_types={"x.end"})
    router.route(ServerSentEvent('{"type": "response.completed"}'))
    assert not router.complete
    router.route(ServerSentEvent('{"type": "x.end"}'))
    assert router.complete and not router.done


def test_core_feed_and_finish() -> None:
    core: StreamCore[object] = StreamCore(make_response(**{"x-request-id": "req_2"}))
    assert core.feed(b'data: {"a": 1}\n\ndata: [DO') == [{"a": 1}]
    assert not core.done
    assert core.feed(b"NE]\n\n") == []
    assert core.done
    core.finish()


def test_core_finish_without_end_raises_with_request_id() -> None:
    core: StreamCore[object] = StreamCore(make_response(**{"x-request-id": "req_3"}))
    core.feed(b'data: {"a": 1}\n\n')
    with pytest.raises(StreamError) as info:
        core.finish()
    assert info.value.request_id == "req_3"


@pytest.mark.parametrize(
    ("exc", "expected", "text"),
    [
        (httpx.ReadTimeout("t"), TimeoutError, "no event within 2.5s"),
        (httpx.RemoteProtocolError("incomplete chunked read"), StreamCutError, "cut off"),
        (httpx.ReadError("connection reset"), NetworkError, "network error"),
        (httpx.StreamClosed(), StreamError, "failed"),
    ],
)
def test_translate(exc: Exception, expected: type[Exception], text: str) -> None:
    core: StreamCore[object] = StreamCore(make_response())
    out = core.translate(exc)
    assert type(out) is expected
    assert isinstance(out, OpenAIError) and text in out.detail
    if isinstance(out, NetworkError):
        assert not out.retryable  # bytes already reached the caller


def test_translate_without_request_or_timeout() -> None:
    core: StreamCore[object] = StreamCore(httpx.Response(200))
    out = core.translate(httpx.ReadTimeout("t"))
    assert str(out) == "Request timed out."  # the SDK's words; what happened is the detail
    assert isinstance(out, OpenAIError) and out.detail.startswith("stream idle: no data received")


def _wrapped(ours: Exception, cause: Exception) -> Exception:
    """What an error-boundary transport raises: our error with the httpx one as cause."""
    try:
        raise ours from cause
    except Exception as exc:
        return exc


@pytest.mark.parametrize(
    ("exc", "expected", "text"),
    [
        (_wrapped(TimeoutError("read timeout"), httpx.ReadTimeout("t")), TimeoutError, "no event"),
        (
            _wrapped(NetworkError("closed"), httpx.RemoteProtocolError("incomplete")),
            StreamCutError,
            "cut off",
        ),
        (_wrapped(NetworkError("reset"), ConnectionResetError()), NetworkError, "network"),
    ],
)
def test_translate_remaps_errors_of_a_boundary_transport(
    exc: Exception, expected: type[Exception], text: str
) -> None:
    out = StreamCore(make_response()).translate(exc)
    assert type(out) is expected and isinstance(out, OpenAIError) and text in out.detail


def test_translate_leaves_other_errors_alone() -> None:
    core: StreamCore[object] = StreamCore(make_response())
    ours = StreamError("bad event")
    assert core.translate(ours) is ours
    other = KeyError("x")
    assert core.translate(other) is other


@settings(max_examples=300, deadline=None)
@given(
    raw=st.one_of(
        st.binary(max_size=300),
        st.lists(
            st.sampled_from(
                [
                    b"data: {}\n\n",
                    b'data: {"error": 1}\n\n',
                    b"data: [DONE]\n\n",
                    b"event: error\ndata: {}\n\n",
                    b"event: thread.run.created\ndata: {}\n\n",
                    b'data: {"type": "response.completed"}\n\n',
                    b"data: nope\n\n",
                    b"data: 1\n\n",
                    b"\xff\xfe\r\n",
                ]
            ),
            max_size=8,
        ).map(b"".join),
    ),
    cut=st.integers(0, 300),
)
def test_core_garbage_gives_events_or_stream_error(raw: bytes, cut: int) -> None:
    core: StreamCore[object] = StreamCore(make_response())
    try:
        core.feed(raw[:cut])
        core.feed(raw[cut:])
        core.finish()
    except StreamError:
        pass


# --- route_data: the plain events' bytes path gives route's verdicts ------------------------

ROUTE_DATA_CASES = [
    b'{"a": 1, "b": [null, 2.5]}',
    '{"s": "é€😀"}'.encode(),
    b'{"s": "\xff\xfe broken"}',  # invalid UTF-8: replaced, as the text path does
    b"\xef\xbb\xbf{}",  # a BOM: JSON text may not start with one
    b"[DONE]",
    b"[1, 2]",
    b"NaN",
    b'{"n": 123456789012345678901234567890}',
    b'{"x": NaN}',
    b'{"error": {"message": "boom", "type": "server_error"}}',
    b'{"type": "error", "message": "bad"}',
    b'{"type": "response.completed"}',
    b'{"type": ["response.completed"]}',
    b"{",
    b"",
    b"[" * 400 + b"]" * 400,
]


def _outcome(call: Callable[[], object]) -> object:
    try:
        return ("ok", call())
    except StreamError as exc:
        return ("error", type(exc).__name__, exc.message, exc.request_id)


@pytest.mark.parametrize("data", ROUTE_DATA_CASES)
def test_route_data_gives_the_verdict_of_route(data: bytes) -> None:
    fast: EventRouter[object] = EventRouter(request_id="req_1")
    slow: EventRouter[object] = EventRouter(request_id="req_1")
    text = data.decode("utf-8", "replace")
    assert repr(_outcome(lambda: fast.route_data(data))) == repr(
        _outcome(lambda: slow.route(ServerSentEvent(text)))
    )
    assert (fast.done, fast.complete) == (slow.done, slow.complete)


def test_route_data_strict_text_is_stream_error() -> None:
    def strict(data: bytes) -> str:
        return data.decode("utf-8")

    router: EventRouter[object] = EventRouter(text=strict)
    with pytest.raises(UnicodeDecodeError):
        router.route_data(b'{"s": "\xff"}')
    assert router.route_data(b'{"s": "\xc3\xa9"}') == {"s": "é"}


def test_core_counts_each_plain_event_as_progress() -> None:
    response = httpx.Response(200, headers={"content-type": "text/event-stream"})
    times = iter([0.0, 1.0, 2.0])
    core: StreamCore[object] = StreamCore(response, clock=lambda: next(times))
    assert core.feed(b"data: {}\n\ndata: {}\n\ndata: {}\n\n") == [{}, {}, {}]
    assert core.timer.events == 3
