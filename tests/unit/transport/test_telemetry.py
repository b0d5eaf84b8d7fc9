"""Request events per logical call, and the structured-log listener."""

from __future__ import annotations

import logging

import httpx
import pytest

from integrations_openai._options import OPTIONS_KEY, RequestOptions
from integrations_openai._secret import Secret
from integrations_openai.instrumentation import (
    BreakerStateChange,
    Event,
    Hooks,
    RateLimitWait,
    RequestEnd,
    RequestStart,
    RetryScheduled,
)
from integrations_openai.transport._auth import AuthTransport, Credentials
from integrations_openai.transport._telemetry import (
    AsyncTelemetryTransport,
    LoggingListener,
    TelemetryTransport,
)


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def on_event(self, event: Event) -> None:
        self.events.append(event)


def _request(
    url: str = "https://api.openai.com/v1/models?token=sk-query-123456789",
) -> httpx.Request:
    request = httpx.Request("GET", url)
    request.extensions[OPTIONS_KEY] = RequestOptions(call_id="c1")
    return request


def _creds() -> Credentials:
    return Credentials(api_key=Secret("sk-x-123456789"), origin=httpx.URL("https://api.openai.com"))


def test_start_and_end_with_attempts_and_request_id() -> None:
    recorder = Recorder()
    inner = AuthTransport(
        httpx.MockTransport(lambda r: httpx.Response(200, headers={"x-request-id": "req_7"})),
        _creds(),
    )
    transport = TelemetryTransport(inner, Hooks([recorder]))
    response = transport.handle_request(_request())
    assert response.status_code == 200
    start, end = recorder.events
    assert isinstance(start, RequestStart) and isinstance(end, RequestEnd)
    assert start.call_id == end.call_id == "c1"
    assert "token" not in start.url and "sk-query" not in start.url
    assert (end.status_code, end.attempts, end.request_id, end.error) == (200, 1, "req_7", None)
    assert end.elapsed >= 0


def test_error_status_and_exception_are_named() -> None:
    recorder = Recorder()
    statuses = iter(
        [httpx.Response(503), httpx.Response(429, json={"error": {"code": "insufficient_quota"}})]
    )
    transport = TelemetryTransport(httpx.MockTransport(lambda r: next(statuses)), Hooks([recorder]))
    transport.handle_request(_request())
    transport.handle_request(_request())
    assert [e.error for e in recorder.events if isinstance(e, RequestEnd)] == [
        "InternalServerError",  # the name the raised error prints (the SDK's)
        "RateLimitError",  # decided from the status alone; the boundary reads the body
    ]

    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    recorder.events.clear()
    failing = TelemetryTransport(httpx.MockTransport(fail), Hooks([recorder]))
    with pytest.raises(httpx.ConnectError):
        failing.handle_request(httpx.Request("GET", "https://h/x"))
    end = recorder.events[-1]
    assert isinstance(end, RequestEnd)
    assert (end.error, end.status_code, end.call_id, end.attempts) == (
        "APIConnectionError",
        None,
        "-",
        0,
    )


async def test_async_driver_emits_the_same() -> None:
    recorder = Recorder()

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201)

    transport = AsyncTelemetryTransport(httpx.MockTransport(handler), Hooks([recorder]))
    await transport.handle_async_request(_request())
    assert [type(e) for e in recorder.events] == [RequestStart, RequestEnd]
    assert recorder.events[1].status_code == 201  # type: ignore[union-attr]

    async def cancelled(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    recorder.events.clear()
    with pytest.raises(KeyboardInterrupt):
        await AsyncTelemetryTransport(
            httpx.MockTransport(cancelled), Hooks([recorder])
        ).handle_async_request(_request())
    assert recorder.events[-1].error == "KeyboardInterrupt"  # type: ignore[union-attr]
    await transport.aclose()


@pytest.mark.parametrize(
    ("event", "level", "needle"),
    [
        (RequestStart(method="GET", url="u", call_id="c"), logging.DEBUG, "request start GET u"),
        (
            RequestEnd(
                method="GET", url="u", call_id="c", attempts=2, elapsed=0.5, status_code=200
            ),
            logging.DEBUG,
            "attempts=2",
        ),
        (
            RequestEnd(
                method="GET", url="u", call_id="c", attempts=4, elapsed=1, error="ServerError"
            ),
            logging.INFO,
            "error=ServerError",
        ),
        (
            RetryScheduled(
                method="GET", url="u", call_id="c", attempt=1, wait=0.25, reason="status=503"
            ),
            logging.INFO,
            "reason=status=503",
        ),
        (BreakerStateChange(host="h", old="closed", new="open"), logging.WARNING, "closed -> open"),
        (BreakerStateChange(host="h", old="open", new="half-open"), logging.INFO, "half-open"),
        (RateLimitWait(host="h", wait=1.0, reason="tokens"), logging.INFO, "(tokens)"),
    ],
)
def test_logging_listener_levels_and_fields(
    event: Event, level: int, needle: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="integrations_openai")
    LoggingListener().on_event(event)
    (record,) = caplog.records
    assert record.levelno == level
    assert needle in record.getMessage()
    assert record.openai_event == type(event).__name__  # type: ignore[attr-defined]
    assert isinstance(record.openai_fields, dict)  # type: ignore[attr-defined]


def test_logging_listener_is_silent_when_disabled(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="integrations_openai")
    LoggingListener().on_event(RequestStart(method="GET", url="u", call_id="c"))
    assert caplog.records == []


@pytest.mark.parametrize(
    ("server_id", "expected"),
    [
        ("req_sk-proj-abcdef123456", "req_sk-***"),  # key-shaped text, whoever's it is
        ("req_Bearer tok.en-123", "req_Bearer ***"),
        ("req_plain-SECRETVALUE-42", "req_***"),  # the configured key, even unshaped
        ("req_ordinary", "req_ordinary"),
    ],
)
def test_request_id_is_masked_at_the_source(
    server_id: str, expected: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="integrations_openai")
    recorder = Recorder()
    headers = {"x-request-id": server_id}
    hooks = Hooks([recorder, LoggingListener()])
    mock = httpx.MockTransport(lambda r: httpx.Response(200, headers=headers))
    secret = Secret("plain-SECRETVALUE-42")
    TelemetryTransport(mock, hooks, secret=secret).handle_request(_request())
    end = recorder.events[-1]
    assert isinstance(end, RequestEnd) and end.request_id == expected
    fields = [r.__dict__.get("openai_fields", {}) for r in caplog.records]
    assert {"request_id": expected}.items() <= fields[-1].items()


@pytest.mark.parametrize("by_parts", [True, False])
def test_event_urls_are_safe_and_remembered_per_url(
    by_parts: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The redacted URL is made once per distinct URL (by httpx's parsed parts, or by the
    text when that private attribute is not what is expected) and is the same either way."""
    from integrations_openai.transport import _telemetry

    if not by_parts:
        monkeypatch.setattr(_telemetry, "_PARTS", type("Elsewhere", (), {}))
    monkeypatch.setattr(_telemetry, "_URLS", {})
    made: list[str] = []
    safe = _telemetry.safe_url

    def counted(url: str) -> str:
        made.append(url)
        return safe(url)

    monkeypatch.setattr(_telemetry, "safe_url", counted)
    monkeypatch.setattr(_telemetry, "_URLS_LIMIT", 2)
    recorder = Recorder()
    transport = TelemetryTransport(
        httpx.MockTransport(lambda r: httpx.Response(200)), Hooks([recorder])
    )
    for url in (
        "https://u:sk-pass-123456789@api.openai.com/v1/models?token=sk-query-123456789",
        "https://u:sk-pass-123456789@api.openai.com/v1/models?token=sk-query-123456789",
        "https://api.openai.com/v1/files/file-1",
        "https://api.openai.com/v1/files/file-2",
        "https://api.openai.com/v1/files/file-3",
    ):
        transport.handle_request(_request(url))
    urls = {e.url for e in recorder.events if isinstance(e, RequestEnd)}
    assert "https://api.openai.com/v1/models" in urls
    assert not any("sk-" in url or "token" in url for url in urls)
    assert len(made) == (4 if by_parts else 5)  # by parts: the repeated URL made once
