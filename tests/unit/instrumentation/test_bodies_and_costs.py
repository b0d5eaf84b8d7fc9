"""Sampled debug bodies (off by default, masked), and the cost-saving paths of the
listeners: caches that start over when full, nothing built for an unsampled span, the
log level decided before any formatting, the tracker's timing on an injected clock."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF
from prometheus_client import CollectorRegistry, generate_latest

from integrations_openai.errors import ConfigurationError
from integrations_openai.instrumentation import (
    BreakerStateChange,
    CallFacts,
    CallResult,
    DebugBodies,
    Hooks,
    OpenTelemetryListener,
    OperationEnd,
    PrometheusListener,
    RateLimitWait,
    RequestEnd,
    RequestStart,
    RetryScheduled,
    StorageUnavailable,
    _prometheus,
    _semconv,
    default_listeners,
)
from integrations_openai.instrumentation._genai import request_facts
from integrations_openai.instrumentation._tracker import CallTracker
from integrations_openai.transport import _telemetry as telemetry

KEY = "sk-proj-SECRETSECRETSECRET0123"
URL = "http://127.0.0.1:9/v1/chat/completions"


def _facts(model: str = "gpt-4o") -> CallFacts:
    body = {"model": model, "messages": [{"role": "user", "content": f"key {KEY}"}]}
    return request_facts("createChatCompletion", body)


def _end(facts: CallFacts, call_id: str = "c1", **kwargs: Any) -> OperationEnd:
    result = CallResult(
        input_tokens=3, output_tokens=2, body={"id": f"chatcmpl-{KEY}", "choices": []}
    )
    return OperationEnd(call_id=call_id, facts=facts, elapsed=0.5, result=result, **kwargs)


class Draws:
    def __init__(self, *values: float) -> None:
        self.values = list(values)

    def __call__(self) -> float:
        return self.values.pop(0)


def test_debug_bodies_sample_mask_and_stay_quiet_unless_debug(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bodies = DebugBodies(0.5, random=Draws(0.1, 0.9))
    facts = _facts()
    with caplog.at_level(logging.DEBUG, logger="integrations_openai.bodies"):
        bodies.on_event(_end(facts, "a"))  # drawn 0.1 < 0.5: logged
        bodies.on_event(_end(facts, "b"))  # drawn 0.9: skipped
        bodies.on_event(RequestStart(method="POST", url=URL, call_id="a"))  # not a call end
    [record] = caplog.records
    fields = record.openai_fields  # type: ignore[attr-defined]
    assert fields["call_id"] == "a" and fields["operation"] == "createChatCompletion"
    assert "sk-***" in fields["request"] and "sk-***" in fields["response"]
    assert KEY not in repr(fields)
    caplog.clear()
    quiet = DebugBodies(random=Draws())  # an empty draw list: must not be consulted
    with caplog.at_level(logging.INFO, logger="integrations_openai.bodies"):
        quiet.on_event(_end(facts))
    assert caplog.records == []
    assert repr(quiet) == "DebugBodies(sample_rate=1.0)"


def test_debug_bodies_without_a_result(caplog: pytest.LogCaptureFixture) -> None:
    facts = CallFacts("createFile", "createFile")
    end = OperationEnd(call_id="f", facts=facts, elapsed=0.1, error="NetworkError")
    with caplog.at_level(logging.DEBUG, logger="integrations_openai.bodies"):
        DebugBodies().on_event(end)
    [record] = caplog.records
    fields = record.openai_fields  # type: ignore[attr-defined]
    assert (fields["request"], fields["response"], fields["error"]) == (None, None, "NetworkError")


@pytest.mark.parametrize("rate", [0, -0.1, 1.5, True, "0.5"])
def test_debug_bodies_reject_a_bad_rate(rate: Any) -> None:
    with pytest.raises(ConfigurationError, match="sample_rate"):
        DebugBodies(rate)


def test_debug_bodies_are_off_by_default_and_on_by_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_LOG_BODIES", raising=False)
    assert not any(isinstance(x, DebugBodies) for x in default_listeners())
    assert DebugBodies.from_env({}) is None
    monkeypatch.setenv("OPENAI_LOG_BODIES", "0.25")
    [bodies] = [x for x in default_listeners() if isinstance(x, DebugBodies)]
    assert bodies.sample_rate == 0.25
    with pytest.raises(ConfigurationError, match="OPENAI_LOG_BODIES"):
        DebugBodies.from_env({"OPENAI_LOG_BODIES": "often"})


def test_tracker_times_a_stream_on_its_clock() -> None:
    now = [10.0]
    ends: list[OperationEnd] = []

    class Keep:
        def on_event(self, event: Any) -> None:
            ends.append(event)

    tracker = CallTracker(Hooks([Keep()]), "s1", _facts(), clock=lambda: now[0])
    now[0] = 11.0
    chunks = [
        {"id": "c", "model": f"m-{KEY}", "choices": [{"finish_reason": None}]},
        {"choices": [{"finish_reason": KEY}]},
        {"choices": [], "usage": {"prompt_tokens": 4, "completion_tokens": 9}},
    ]
    for chunk in chunks:
        tracker.chunks([chunk])
        now[0] += 2.0
    tracker.close(complete=True)
    tracker.close(complete=True)  # a second report is ignored
    [end] = ends
    assert end.time_to_first_chunk == 1.0
    assert end.elapsed == 7.0  # until the stream's end, not its first chunk
    assert end.chunks == 3
    assert end.result is not None
    assert (end.result.input_tokens, end.result.output_tokens) == (4, 9)
    assert KEY not in repr(end) and end.result.finish_reasons == ("sk-***",)


def test_unsampled_span_gets_no_attributes_and_metrics_still_count() -> None:
    reader = InMemoryMetricReader()
    listener = OpenTelemetryListener(
        TracerProvider(sampler=ALWAYS_OFF), meter_provider=MeterProvider(metric_readers=[reader])
    )
    facts = _facts()
    listener.on_event(RequestStart(method="POST", url=URL, call_id="u", facts=facts))
    listener.on_event(
        RequestEnd(method="POST", url=URL, call_id="u", attempts=1, elapsed=0.1, status_code=200)
    )
    listener.on_event(_end(facts, "u"))
    data = reader.get_metrics_data()
    assert data is not None
    names = {m.name for rm in data.resource_metrics for sm in rm.scope_metrics for m in sm.metrics}
    assert "gen_ai.client.token.usage" in names
    assert repr(listener) == "OpenTelemetryListener(active_calls=0)"


def test_unsampled_span_never_serializes_content_or_retries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from integrations_openai.instrumentation import _otel

    serialized: list[object] = []
    real = _otel.content_text
    monkeypatch.setattr(_otel, "content_text", lambda v: serialized.append(v) or real(v))
    facts = _facts()
    events = [
        RequestStart(method="POST", url=URL, call_id="u", facts=facts),
        RetryScheduled(method="POST", url=URL, call_id="u", attempt=1, wait=0.1, reason="x"),
        RequestEnd(method="POST", url=URL, call_id="u", attempts=2, elapsed=0.1, status_code=200),
        _end(facts, "u"),
    ]
    quiet = OpenTelemetryListener(
        TracerProvider(sampler=ALWAYS_OFF), meter_provider=MeterProvider(), capture_content=True
    )
    for event in events:
        quiet.on_event(event)
    assert serialized == []
    exporter = InMemorySpanExporter()
    tracing = TracerProvider()
    tracing.add_span_processor(SimpleSpanProcessor(exporter))
    sampled = OpenTelemetryListener(tracing, meter_provider=MeterProvider(), capture_content=True)
    for event in events:
        sampled.on_event(event)
    [span] = exporter.get_finished_spans()
    assert span.attributes is not None and "gen_ai.input.messages" in span.attributes
    assert KEY not in str(span.attributes["gen_ai.input.messages"])
    assert [e.name for e in span.events] == ["openai.retry"] and serialized


def test_metric_attribute_sets_start_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_semconv, "_SETS_LIMIT", 1)
    reader = InMemoryMetricReader()
    metrics = _semconv.SemconvMetrics(MeterProvider(metric_readers=[reader]))
    server = {"server.address": "h"}
    for model in ("a", "b", "a"):
        metrics.record(_end(_facts(model)), server)
    metrics.record_failure(_facts("c"), server, "NetworkError", 0.2)
    data = reader.get_metrics_data()
    assert data is not None
    [duration] = [
        m
        for rm in data.resource_metrics
        for sm in rm.scope_metrics
        for m in sm.metrics
        if m.name == "gen_ai.client.operation.duration"
    ]
    counts = {
        (p.attributes["gen_ai.request.model"], p.attributes.get("error.type")): p.count
        for p in duration.data.data_points
    }
    assert counts == {("a", None): 2, ("b", None): 1, ("c", "NetworkError"): 1}


def test_metric_attribute_sets_follow_each_server_mapping() -> None:
    reader = InMemoryMetricReader()
    metrics = _semconv.SemconvMetrics(MeterProvider(metric_readers=[reader]))
    for host in ("h1", "h2", "h1"):
        metrics.record(_end(_facts("a")), {"server.address": host})  # a new mapping each time
    data = reader.get_metrics_data()
    assert data is not None
    [duration] = [
        m
        for rm in data.resource_metrics
        for sm in rm.scope_metrics
        for m in sm.metrics
        if m.name == "gen_ai.client.operation.duration"
    ]
    counts = {p.attributes["server.address"]: p.count for p in duration.data.data_points}
    assert counts == {"h1": 2, "h2": 1}


def test_prometheus_children_start_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_prometheus, "_CHILDREN_LIMIT", 1)
    registry = CollectorRegistry()
    listener = PrometheusListener(registry)
    for url in (URL, "http://127.0.0.2:9/v1/x", URL):
        listener.on_event(
            RequestEnd(method="GET", url=url, call_id="p", attempts=1, elapsed=0.1, status_code=200)
        )
    listener.on_event(
        RetryScheduled(method="GET", url=URL, call_id="p", attempt=1, wait=0.1, reason="status=429")
    )
    listener.on_event(RateLimitWait(host="127.0.0.1:9", wait=0.2, reason="tokens"))
    text = generate_latest(registry).decode()
    assert (
        'openai_requests_total{error_type="none",host="127.0.0.1:9",method="GET",'
        'status_class="2xx"} 2.0' in text
    )
    assert 'openai_retries_total{host="127.0.0.1:9",reason="status=429"} 1.0' in text
    assert 'openai_rate_limit_waits_total{host="127.0.0.1:9",reason="tokens"} 1.0' in text


@pytest.mark.parametrize(
    "event",
    [
        RequestStart(method="GET", url=URL, call_id="l"),
        RequestEnd(method="GET", url=URL, call_id="l", attempts=1, elapsed=0.1, status_code=200),
        RequestEnd(method="GET", url=URL, call_id="l", attempts=2, elapsed=0.1, error="X"),
        RetryScheduled(method="GET", url=URL, call_id="l", attempt=1, wait=0.1, reason="r"),
        BreakerStateChange(host="h", old="closed", new="open"),
        BreakerStateChange(host="h", old="open", new="half-open"),
        RateLimitWait(host="h", wait=0.1, reason="requests"),
        StorageUnavailable(component="breaker", key="k", error="E", action="local"),
        _end(_facts()),
    ],
)
def test_log_level_is_decided_before_the_message(event: Any) -> None:
    level, _ = telemetry._describe(event)
    assert telemetry._level(event) == level


def test_disabled_logger_formats_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(event: Any) -> Any:
        raise AssertionError("formatted a message nobody reads")

    monkeypatch.setattr(telemetry, "_describe", boom)
    logger = logging.getLogger("integrations_openai.test_quiet")
    logger.setLevel(logging.WARNING)
    telemetry.LoggingListener(logger).on_event(_end(_facts()))


def test_metrics_can_be_left_to_another_listener(tracing) -> None:  # type: ignore[no-untyped-def]
    reader = InMemoryMetricReader()
    listener = OpenTelemetryListener(
        tracing.provider, meter_provider=MeterProvider(metric_readers=[reader]), metrics=False
    )
    facts = _facts()
    for call_id, error in (("ok", None), ("bad", "NetworkError")):
        listener.on_event(RequestStart(method="POST", url=URL, call_id=call_id, facts=facts))
        listener.on_event(
            RequestEnd(
                method="POST", url=URL, call_id=call_id, attempts=1, elapsed=0.1, error=error
            )
        )
    listener.on_event(_end(facts, "ok"))
    assert len(tracing.call_spans()) == 2  # spans as usual...
    data = reader.get_metrics_data()
    points = [
        m
        for rm in (data.resource_metrics if data else ())
        for sm in rm.scope_metrics
        for m in sm.metrics
    ]
    assert points == []  # ...and no metric at all


def test_json_formatter_stamps_each_second_once() -> None:
    import json

    from integrations_openai import JsonFormatter

    formatter = JsonFormatter()
    calls: list[float] = []
    real = formatter.formatTime

    def counting(record: logging.LogRecord, datefmt: str | None = None) -> str:
        calls.append(record.created)
        return real(record, datefmt)

    formatter.formatTime = counting  # type: ignore[method-assign]
    times = []
    for created in (100.1, 100.9, 101.2):
        record = logging.LogRecord("integrations_openai", logging.INFO, "x", 1, "m", None, None)
        record.created = created
        times.append(json.loads(formatter.format(record))["time"])
    assert calls == [100.1, 101.2]  # the second line of second 100 reused the first's stamp
    assert times[0] == times[1] != times[2]


def test_tracker_takes_chunks_of_any_shape() -> None:
    # Lenient models keep wrongly typed server values as they came: telemetry reads them
    # as data (found by the fuzzer: ``choices: true`` in a chat chunk).
    seen: list[Any] = []

    class Keep:
        def on_event(self, event: Any) -> None:
            seen.append(event)

    tracker = CallTracker(Hooks([Keep()]), "s1", _facts(), clock=lambda: 0.0)
    tracker.chunks([{"choices": True}, {"type": {"a": 1}}, {"type": ["x"], "choices": 3}])
    tracker.close(complete=True)
    assert seen and seen[-1].chunks == 3 and seen[-1].result.finish_reasons == ()
