"""Tracing and metrics listeners on real calls: the client, its full transport stack and the
fault server on 127.0.0.1, sync and async (the ``driver`` fixture).

Spans come from the OpenTelemetry SDK's in-memory exporter, metrics from a fresh Prometheus
registry per test. Backoff waits are tiny policy knobs; no timing is asserted.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest
from opentelemetry import trace
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from integrations_openai import errors
from integrations_openai.config import BreakerPolicy, RateLimitPolicy, RetryPolicy
from integrations_openai.instrumentation import Event
from integrations_openai.instrumentation._prometheus import PrometheusListener
from integrations_openai.transport import _stack
from integrations_openai.transport._ratelimit import RateLimitTransport
from tests.support.drivers import Driver
from tests.support.faultserver import (
    FaultServer,
    RecordedRequest,
    Reply,
    error_reply,
    json_reply,
    reset,
    sse,
)
from tests.support.resilience import VirtualClock

pytestmark = pytest.mark.timeout(60)

FAST = RetryPolicy(initial_backoff=0.001, max_backoff=0.005)


def host(server: FaultServer) -> str:
    return server.url.removeprefix("http://")


def make_client(driver: Driver, server: FaultServer, *listeners: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("retry", FAST)
    return driver.client(base_url=server.url + "/v1", listeners=list(listeners), **kwargs)


async def test_retried_call_is_one_span_with_retry_events_and_metrics(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing, registry, metrics
) -> None:
    fault_server.enqueue(
        error_reply(503),
        error_reply(429),
        json_reply({"ok": 1}, headers={"x-request-id": "req_live_1"}),
    )
    client = make_client(driver, fault_server, tracing.listener, metrics)
    try:
        response = await driver.request(client, "POST", "/chat/completions", json={"m": 1})
    finally:
        await driver.close(client)
    assert response.status_code == 200
    assert fault_server.request_count == 3

    [span] = tracing.call_spans()
    attrs = span.attributes
    assert attrs["http.request.method"] == "POST"
    assert attrs["url.full"] == fault_server.url + "/v1/chat/completions"
    assert attrs["server.address"] == "127.0.0.1"
    assert attrs["server.port"] == int(host(fault_server).split(":")[1])
    assert attrs["http.response.status_code"] == 200
    assert attrs["openai.request_id"] == "req_live_1"
    assert attrs["openai.attempts"] == 3
    assert "error.type" not in attrs
    reasons = [e.attributes["openai.retry.reason"] for e in span.events]
    assert reasons == ["status=503", "status=429"]
    assert [e.attributes["openai.retry.attempt"] for e in span.events] == [1, 2]

    labels = {"method": "POST", "host": host(fault_server)}
    ok = {**labels, "status_class": "2xx", "error_type": "none"}
    assert registry.get_sample_value("openai_requests_total", ok) == 1
    assert registry.get_sample_value("openai_request_duration_seconds_count", labels) == 1
    for reason in ("status=503", "status=429"):
        retry_labels = {"host": host(fault_server), "reason": reason}
        assert registry.get_sample_value("openai_retries_total", retry_labels) == 1


async def test_breaker_opening_and_fail_fast(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing, registry, metrics
) -> None:
    fault_server.default = error_reply(500)
    client = make_client(
        driver,
        fault_server,
        tracing.listener,
        metrics,
        max_retries=1,
        circuit_breaker=BreakerPolicy(fail_max=2, reset_timeout=60),
    )
    try:
        with pytest.raises(errors.ServerError):
            await driver.request(client, "POST", "/chat/completions", json={"m": 1})
        with pytest.raises(errors.CircuitOpenError):
            await driver.request(client, "POST", "/chat/completions", json={"m": 2})
    finally:
        await driver.close(client)
    assert fault_server.request_count == 2  # the second call never reached the server

    failed, refused = tracing.call_spans()
    assert failed.attributes["error.type"] == "InternalServerError"
    assert failed.attributes["http.response.status_code"] == 500
    assert failed.attributes["openai.attempts"] == 2
    assert failed.status.status_code.name == "ERROR"
    breaker_events = [e for e in failed.events if e.name == "openai.circuit_breaker.state_change"]
    assert [dict(e.attributes) for e in breaker_events] == [
        {
            "server.address": "127.0.0.1",
            "server.port": int(host(fault_server).split(":")[1]),
            "openai.circuit_breaker.old": "closed",
            "openai.circuit_breaker.new": "open",
        }
    ]
    assert refused.attributes["error.type"] == "CircuitOpenError"
    assert "http.response.status_code" not in refused.attributes
    assert refused.status.status_code.name == "ERROR"

    h = host(fault_server)
    assert registry.get_sample_value("openai_circuit_breaker_state", {"host": h}) == 2
    opened = {"host": h, "from_state": "closed", "to_state": "open"}
    assert registry.get_sample_value("openai_circuit_breaker_transitions_total", opened) == 1
    base = {"method": "POST", "host": h}
    server_error = {**base, "status_class": "5xx", "error_type": "InternalServerError"}
    circuit_open = {**base, "status_class": "none", "error_type": "CircuitOpenError"}
    assert registry.get_sample_value("openai_requests_total", server_error) == 1
    assert registry.get_sample_value("openai_requests_total", circuit_open) == 1
    assert (
        registry.get_sample_value("openai_retries_total", {"host": h, "reason": "status=500"}) == 1
    )


def virtual_limiter(monkeypatch: pytest.MonkeyPatch, clock: VirtualClock) -> None:
    """Every client built from now on waits for its rate limiter on ``clock``."""
    layers = list(_stack.LAYERS)
    index = next(i for i, layer in enumerate(layers) if layer[0] is RateLimitTransport)
    sync_layer, async_layer, arguments = layers[index]

    def timed(config: Any, hooks: Any, is_async: bool) -> dict[str, Any] | None:
        kwargs = arguments(config, hooks, is_async)
        if kwargs is None:
            return None
        return {**kwargs, "clock": clock, "sleep": clock.asleep if is_async else clock.sleep}

    layers[index] = (sync_layer, async_layer, timed)
    monkeypatch.setattr(_stack, "LAYERS", tuple(layers))


async def test_limiter_wait_is_an_event_and_a_metric(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing, registry, metrics, monkeypatch
) -> None:
    # Virtual time: the second call finds the one-request window still full, however long
    # the first one took on the machine.
    clock = VirtualClock()
    virtual_limiter(monkeypatch, clock)
    client = make_client(
        driver,
        fault_server,
        tracing.listener,
        metrics,
        rate_limit=RateLimitPolicy(requests_per_minute=1, window=0.2),
    )
    try:
        await driver.request(client, "GET", "/models")
        await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)

    first, second = tracing.call_spans()
    assert first.events == ()
    [wait] = second.events
    assert wait.name == "openai.rate_limit.wait"
    assert wait.attributes["openai.rate_limit.reason"] == "requests"
    assert 0 < wait.attributes["openai.rate_limit.wait_s"] <= 0.2 + 1e-6
    assert clock.slept == wait.attributes["openai.rate_limit.wait_s"]

    labels = {"host": host(fault_server), "reason": "requests"}
    assert registry.get_sample_value("openai_rate_limit_waits_total", labels) == 1
    waited = registry.get_sample_value("openai_rate_limit_wait_seconds_sum", labels)
    assert waited == clock.slept


def attempt_spans(tracer: trace.Tracer, is_async: bool) -> Any:
    """A network transport making one span per attempt, like httpx auto-instrumentation."""
    if is_async:

        class AsyncAttempts(httpx.AsyncHTTPTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                with tracer.start_as_current_span("attempt"):
                    return await super().handle_async_request(request)

        return AsyncAttempts()

    class Attempts(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            with tracer.start_as_current_span("attempt"):
                return super().handle_request(request)

    return Attempts()


async def test_attempts_nest_under_the_call_span_and_context_is_restored(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing
) -> None:
    tracer = tracing.provider.get_tracer("test")
    fault_server.enqueue(error_reply(500), json_reply({"ok": 1}), json_reply({"ok": 2}))
    network = attempt_spans(tracer, driver.is_async)
    client = make_client(driver, fault_server, tracing.listener, transport=network)
    try:
        with tracer.start_as_current_span("handler") as handler:
            await driver.request(client, "GET", "/models")
            assert trace.get_current_span() is handler  # detached after the call
            await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    assert trace.get_current_span() is trace.INVALID_SPAN

    first, second = tracing.call_spans()
    attempts = [s for s in tracing.spans() if s.name == "attempt"]
    [root] = [s for s in tracing.spans() if s.name == "handler"]
    assert len(attempts) == 3
    assert first.parent.span_id == root.context.span_id
    assert second.parent.span_id == root.context.span_id
    parents = [a.parent.span_id for a in attempts]
    assert parents == [first.context.span_id] * 2 + [second.context.span_id]


async def test_streamed_call_span_ends_at_the_headers(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing, registry, metrics
) -> None:
    fault_server.enqueue(error_reply(503), sse([{"n": 1}, {"n": 2}], done=True))
    client = make_client(driver, fault_server, tracing.listener, metrics)
    try:
        request = client.build_request("POST", "/chat/completions", json={}, stream=True)
        response = await driver.send(client, request, stream=True)
        [span] = tracing.call_spans()  # ended before the body is read
        assert trace.get_current_span() is trace.INVALID_SPAN
        body = await driver.read(response)
        await driver.close_response(response)
    finally:
        await driver.close(client)
    assert b"[DONE]" in body
    assert span.attributes["openai.attempts"] == 2
    assert span.attributes["http.response.status_code"] == 200
    ok = {"method": "POST", "host": host(fault_server), "status_class": "2xx", "error_type": "none"}
    assert registry.get_sample_value("openai_requests_total", ok) == 1


class Boom:
    """A listener that raises on every event."""

    def __init__(self) -> None:
        self.calls = 0

    def on_event(self, event: Event) -> None:
        self.calls += 1
        raise RuntimeError("metrics backend down")


async def test_a_raising_listener_does_not_break_the_call(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing, registry, metrics
) -> None:
    boom = Boom()
    fault_server.enqueue(error_reply(502), json_reply({"ok": 1}))
    client = make_client(driver, fault_server, boom, tracing.listener, metrics)
    try:
        response = await driver.request(client, "POST", "/embeddings", json={"m": 1})
    finally:
        await driver.close(client)
    assert response.json() == {"ok": 1}
    assert boom.calls == 3  # start, retry, end: each raised and was swallowed
    [span] = tracing.call_spans()  # the listeners after it still saw everything
    assert span.attributes["openai.attempts"] == 2
    labels = {"method": "POST", "host": host(fault_server), "status_class": "2xx"}
    assert registry.get_sample_value("openai_requests_total", {**labels, "error_type": "none"}) == 1


async def test_concurrent_calls_get_their_own_spans(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing, metrics
) -> None:
    n = 8
    for i in range(n):
        fault_server.enqueue(*[error_reply(503)] * (i % 3), json_reply({"i": i}), path=f"/v1/c{i}")
    # No breaker: up to 8 interleaved 503s would open it, which is another test's subject.
    client = make_client(driver, fault_server, tracing.listener, metrics, circuit_breaker=False)
    failures: list[BaseException] = []

    def call(i: int) -> None:
        try:
            client.request("GET", f"/c{i}")
        except BaseException as exc:
            failures.append(exc)

    try:
        if driver.is_async:
            await asyncio.gather(*(driver.request(client, "GET", f"/c{i}") for i in range(n)))
        else:
            threads = [threading.Thread(target=call, args=(i,)) for i in range(n)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    finally:
        await driver.close(client)
    assert failures == []

    spans = tracing.call_spans()
    assert len(spans) == n
    assert len({s.context.span_id for s in spans}) == n
    for span in spans:
        i = int(str(span.attributes["url.full"]).rsplit("/c", 1)[1])
        assert span.attributes["openai.attempts"] == i % 3 + 1
        assert len(span.events) == i % 3
        assert span.parent is None  # no call nested under another


KEYS = ["sk-proj-OTELLEAK0123456789abcdefXYZ", "plainkey-OTELLEAK-7f3a9c"]


def _hostile(request: RecordedRequest) -> Reply:
    # An upstream that echoes the credential back everywhere it can.
    auth = request.headers.get("authorization", "")
    echo = {"x-echo": auth, "www-authenticate": auth, "x-request-id": f"req {auth}"}
    return error_reply(503, f"bad key {auth}", headers=echo)


@pytest.mark.parametrize("key", KEYS)
async def test_key_never_reaches_a_span_or_a_metric(  # type: ignore[no-untyped-def]
    key: str, driver: Driver, fault_server: FaultServer, tracing, registry: CollectorRegistry
) -> None:
    metrics = PrometheusListener(registry)
    fault_server.enqueue(
        json_reply({"ok": 1}),
        error_reply(401, f"Incorrect API key provided: {key}", code="invalid_api_key"),
        reset(),
        json_reply({"ok": 2}),
    )
    client = make_client(
        driver,
        fault_server,
        tracing.listener,
        metrics,
        api_key=key,
        max_retries=1,
        circuit_breaker=BreakerPolicy(fail_max=3, reset_timeout=60),
        rate_limit=RateLimitPolicy(requests_per_minute=100),
    )
    try:
        await driver.request(client, "GET", "/models", params={"api_key": key})
        with pytest.raises(errors.AuthenticationError):
            await driver.request(client, "POST", "/chat/completions", json={"k": key})
        await driver.request(client, "GET", "/models")  # reset, then retried
        fault_server.handler = _hostile
        with pytest.raises(errors.ServerError):  # 2 failures: the breaker is still closed
            await driver.request(client, "POST", "/chat/completions", json={"k": 1})
        with pytest.raises(errors.CircuitOpenError):  # the 3rd failure opens it
            await driver.request(client, "POST", "/chat/completions", json={"k": 2})
    finally:
        await driver.close(client)

    texts: list[str] = []
    for span in tracing.spans():
        texts += [span.name, str(span.status.description)]
        texts += [f"{k}={v}" for k, v in span.attributes.items()]
        for event in span.events:
            texts.append(event.name)
            texts += [f"{k}={v}" for k, v in event.attributes.items()]
    exposition = generate_latest(registry).decode()
    texts.append(exposition)
    for family in text_string_to_metric_families(exposition):
        for sample in family.samples:
            texts += [sample.name, *sample.labels.values()]

    assert len(tracing.call_spans()) == 5
    # The scenario did reach the breaker and record the hostile request id (masked).
    assert any("circuit_breaker" in t for t in texts)
    assert any(t.startswith("openai.request_id=req Bearer ***") for t in texts)
    for text in texts:
        assert key not in text
        assert "OTELLEAK" not in text
