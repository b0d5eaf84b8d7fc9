"""OpenTelemetryListener fed events directly: span shape, events, context, concurrency."""

from __future__ import annotations

import asyncio
import threading

import pytest
from opentelemetry import trace
from opentelemetry.trace import SpanKind, StatusCode

from integrations_openai.instrumentation import (
    BreakerStateChange,
    RateLimitWait,
    RequestEnd,
    RequestStart,
    RetryScheduled,
)
from integrations_openai.instrumentation._otel import OpenTelemetryListener

URL = "https://api.openai.com/v1/chat/completions"


def start(call_id: str = "c1", url: str = URL, method: str = "POST") -> RequestStart:
    return RequestStart(method=method, url=url, call_id=call_id)


def end(call_id: str = "c1", **fields: object) -> RequestEnd:
    values: dict[str, object] = {"attempts": 1, "elapsed": 0.01, "status_code": 200}
    values.update(fields)
    return RequestEnd(method="POST", url=URL, call_id=call_id, **values)  # type: ignore[arg-type]


def retry(call_id: str = "c1", attempt: int = 1, status: int | None = 503) -> RetryScheduled:
    return RetryScheduled(
        method="POST",
        url=URL,
        call_id=call_id,
        attempt=attempt,
        wait=0.25,
        reason=f"status={status}" if status else "NetworkError",
        status_code=status,
    )


def test_one_client_span_per_call_with_semantic_attributes(tracing) -> None:  # type: ignore[no-untyped-def]
    listener = tracing.listener
    listener.on_event(start())
    listener.on_event(retry(attempt=1))
    listener.on_event(retry(attempt=2, status=None))
    listener.on_event(end(attempts=3, request_id="req_123"))

    [span] = tracing.spans()
    assert span.name == "POST"
    assert span.kind is SpanKind.CLIENT
    assert dict(span.attributes) == {
        "http.request.method": "POST",
        "url.full": URL,
        "server.address": "api.openai.com",
        "openai.call_id": "c1",
        "openai.attempts": 3,
        "http.response.status_code": 200,
        "openai.request_id": "req_123",
    }
    assert span.status.status_code is StatusCode.UNSET
    assert [e.name for e in span.events] == ["openai.retry", "openai.retry"]
    first, second = (dict(e.attributes) for e in span.events)
    assert first == {
        "openai.retry.attempt": 1,
        "openai.retry.wait_s": 0.25,
        "openai.retry.reason": "status=503",
        "http.response.status_code": 503,
    }
    assert second["openai.retry.reason"] == "NetworkError"
    assert "http.response.status_code" not in second


def test_failed_call_sets_error_status_and_type(tracing) -> None:  # type: ignore[no-untyped-def]
    tracing.listener.on_event(start())
    tracing.listener.on_event(end(status_code=None, error="CircuitOpenError", attempts=0))
    [span] = tracing.spans()
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == "CircuitOpenError"
    assert span.attributes["error.type"] == "CircuitOpenError"
    assert "http.response.status_code" not in span.attributes
    assert "openai.request_id" not in span.attributes


def test_http_error_status_is_an_error_span(tracing) -> None:  # type: ignore[no-untyped-def]
    tracing.listener.on_event(start())
    tracing.listener.on_event(end(status_code=404, error="NotFoundError"))
    [span] = tracing.spans()
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes["http.response.status_code"] == 404


def test_breaker_and_limiter_events_land_on_the_active_call_span(tracing) -> None:  # type: ignore[no-untyped-def]
    listener = tracing.listener
    listener.on_event(start())
    listener.on_event(RateLimitWait(host="api.openai.com", wait=0.5, reason="requests"))
    listener.on_event(BreakerStateChange(host="api.openai.com", old="closed", new="open"))
    listener.on_event(end(status_code=503, error="ServerError"))

    [span] = tracing.spans()
    limiter, breaker = span.events
    assert limiter.name == "openai.rate_limit.wait"
    assert dict(limiter.attributes) == {
        "server.address": "api.openai.com",
        "openai.rate_limit.wait_s": 0.5,
        "openai.rate_limit.reason": "requests",
    }
    assert breaker.name == "openai.circuit_breaker.state_change"
    assert dict(breaker.attributes) == {
        "server.address": "api.openai.com",
        "openai.circuit_breaker.old": "closed",
        "openai.circuit_breaker.new": "open",
    }


def test_breaker_change_outside_a_call_is_a_standalone_span(tracing) -> None:  # type: ignore[no-untyped-def]
    tracing.listener.on_event(
        BreakerStateChange(host="127.0.0.1:8080", old="open", new="half-open")
    )
    [span] = tracing.spans()
    assert span.name == "openai.circuit_breaker.state_change"
    assert span.kind is SpanKind.INTERNAL
    assert span.attributes["server.address"] == "127.0.0.1"
    assert span.attributes["server.port"] == 8080
    assert span.attributes["openai.circuit_breaker.new"] == "half-open"
    assert [e.name for e in span.events] == ["openai.circuit_breaker.state_change"]


def test_call_span_is_current_during_the_call_and_parented_by_the_caller(tracing) -> None:  # type: ignore[no-untyped-def]
    tracer = tracing.provider.get_tracer("app")
    listener = tracing.listener
    with tracer.start_as_current_span("handler") as parent:
        listener.on_event(start())
        inside = trace.get_current_span()
        with tracer.start_as_current_span("http attempt"):
            pass
        listener.on_event(end())
        assert trace.get_current_span() is parent  # the caller's context is restored
    spans = {s.name: s for s in tracing.spans()}
    call, attempt, handler = spans["POST"], spans["http attempt"], spans["handler"]
    assert inside.get_span_context().span_id == call.context.span_id
    assert call.parent.span_id == handler.context.span_id
    assert attempt.parent.span_id == call.context.span_id  # HTTP work nests under the call


def test_url_attribute_drops_query_credentials_and_masks_keys(tracing) -> None:  # type: ignore[no-untyped-def]
    url = "https://user:pw@api.test:8443/v1/files/sk-abcdefghijkl?api_key=secret#frag"
    tracing.listener.on_event(start(url=url))
    tracing.listener.on_event(end())
    [span] = tracing.spans()
    assert span.attributes["url.full"] == "https://api.test:8443/v1/files/sk-***"
    assert span.attributes["server.address"] == "api.test"
    assert span.attributes["server.port"] == 8443


def test_events_for_unknown_calls_are_ignored(tracing) -> None:  # type: ignore[no-untyped-def]
    listener = tracing.listener
    listener.on_event(retry(call_id="nope"))
    listener.on_event(end(call_id="nope"))
    assert tracing.spans() == []


def test_anonymous_calls_are_tracked_by_context(tracing) -> None:  # type: ignore[no-untyped-def]
    # Requests built outside our client have no call id: "-" from telemetry, "" from retry.
    listener = tracing.listener
    listener.on_event(start(call_id="-"))
    listener.on_event(retry(call_id=""))
    listener.on_event(end(call_id="-"))
    [span] = tracing.spans()
    assert [e.name for e in span.events] == ["openai.retry"]


def test_end_from_another_thread_still_ends_the_span(tracing) -> None:  # type: ignore[no-untyped-def]
    listener = tracing.listener
    listener.on_event(start(call_id="x"))
    worker = threading.Thread(target=listener.on_event, args=(end(call_id="x"),))
    worker.start()
    worker.join()
    assert len(tracing.spans()) == 1
    assert "active_calls=0" in repr(listener)
    # The ended span is still attached to this thread's context until our next call here.
    listener.on_event(start(call_id="y"))
    listener.on_event(end(call_id="y"))
    assert trace.get_current_span() is trace.INVALID_SPAN
    _, y = tracing.spans()
    assert y.parent is None  # the next call does not nest under the stale one


def test_concurrent_threads_keep_their_own_spans(tracing) -> None:  # type: ignore[no-untyped-def]
    listener = tracing.listener
    barrier = threading.Barrier(8)

    def call(n: int) -> None:
        call_id = f"t{n}"
        listener.on_event(start(call_id=call_id))
        barrier.wait()  # every call is open at once
        for attempt in range(n % 3):
            listener.on_event(retry(call_id=call_id, attempt=attempt + 1))
        listener.on_event(RateLimitWait(host=call_id, wait=0.0, reason="tokens"))
        barrier.wait()
        listener.on_event(end(call_id=call_id, attempts=n % 3 + 1))

    threads = [threading.Thread(target=call, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    spans = tracing.spans()
    assert len(spans) == 8
    for span in spans:
        n = int(str(span.attributes["openai.call_id"])[1:])
        names = [e.name for e in span.events]
        assert names == ["openai.retry"] * (n % 3) + ["openai.rate_limit.wait"]
        assert span.events[-1].attributes["server.address"] == f"t{n}"
        assert span.attributes["openai.attempts"] == n % 3 + 1


async def test_concurrent_tasks_keep_their_own_spans(tracing) -> None:  # type: ignore[no-untyped-def]
    listener = tracing.listener

    async def call(n: int) -> None:
        listener.on_event(start(call_id=f"a{n}"))
        await asyncio.sleep(0)
        listener.on_event(BreakerStateChange(host=f"a{n}", old="closed", new="open"))
        await asyncio.sleep(0)
        listener.on_event(end(call_id=f"a{n}"))

    await asyncio.gather(*(call(n) for n in range(10)))
    spans = tracing.spans()
    assert len(spans) == 10
    for span in spans:
        [event] = span.events
        assert event.attributes["server.address"] == span.attributes["openai.call_id"]
    assert trace.get_current_span() is trace.INVALID_SPAN  # nothing left attached


def test_default_tracer_provider_is_the_global_one() -> None:
    # With no SDK configured the global provider is a no-op: the listener works, records nothing.
    listener = OpenTelemetryListener()
    listener.on_event(start())
    listener.on_event(end())
    assert trace.get_current_span() is trace.INVALID_SPAN


@pytest.mark.parametrize("bad", ["not a url", "http://[::1/x", "http://h:notaport/x"])
def test_unparsable_urls_do_not_raise(tracing, bad: str) -> None:  # type: ignore[no-untyped-def]
    tracing.listener.on_event(start(url=bad))
    tracing.listener.on_event(end())
    [span] = tracing.spans()
    assert "?" not in str(span.attributes["url.full"])


async def test_end_from_a_child_task_ends_the_span_and_the_parent_recovers(tracing) -> None:  # type: ignore[no-untyped-def]
    listener = tracing.listener
    listener.on_event(start(call_id="p"))
    # A child task sees a copy of the context: it can end the span but not detach it.
    await asyncio.create_task(_emit(listener, end(call_id="p")))
    assert len(tracing.spans()) == 1
    assert trace.get_current_span().get_span_context().span_id == tracing.spans()[0].context.span_id
    listener.on_event(start(call_id="q"))  # the next call here detaches the stale span first
    listener.on_event(end(call_id="q"))
    assert trace.get_current_span() is trace.INVALID_SPAN
    assert tracing.spans()[1].parent is None


async def _emit(listener: OpenTelemetryListener, event: RequestEnd) -> None:
    listener.on_event(event)


def test_unknown_events_are_ignored(tracing) -> None:  # type: ignore[no-untyped-def]
    tracing.listener.on_event(object())  # type: ignore[arg-type]
    assert tracing.spans() == []
