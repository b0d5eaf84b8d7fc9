"""Telemetry cost: calling-thread CPU per chat completion with each listener, same server.

Cases: ``none`` (the client's built-in logging listener, its logger at the default WARNING,
so it formats nothing: the same client with no listener of yours), ``logging`` (that logger
at INFO with ``JsonFormatter``: one JSON line per call, written to a discarding stream),
``otel`` (``OpenTelemetryListener`` on the SDK's providers set up as in production: a
``BatchSpanProcessor`` whose exporter drops every batch, so the export, which runs on the
processor's own thread, is not measured; metrics aggregated in memory and never
collected, which costs a record what a periodic exporting reader does), ``otel spans
only`` (the same with ``metrics=False``), ``otel sampled 1/10`` (the same as ``otel``, with
a ``ParentBased(TraceIdRatioBased(0.1))`` sampler: nine calls in ten get a non-recording
span) and ``prometheus`` (``PrometheusListener`` on its own registry). The cases run
interleaved, round after round, and each keeps its best round, so a load spike on a shared
machine hits every case alike (each round starts with the next case). Each row's note is
its overhead over ``none``, as a percentage and a ratio; the target is under 5 %.

The "inside the listener" rows add up the calling thread's CPU spent in each listener's
``on_event`` during those same calls (a mean, so steadier than a difference of two totals);
the rest of a case's overhead is building the events the listener asked for. Two more rows
split the OpenTelemetry cost: ``otel SDK floor`` is what the SDK alone charges for one span
with the same attributes plus the three histogram records the conventions ask for
(duration, input and output tokens); ``otel listener alone`` replays one call's events into
the listener, without the HTTP call around it (both hot loops: inside a real call, with
caches cold from the HTTP work around it, the same work costs more).
"""

from __future__ import annotations

import gc
import io
import json
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from opentelemetry import trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    SimpleSpanProcessor,
    SpanExporter,
    SpanExportResult,
)
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import ParentBased, Sampler, TraceIdRatioBased
from prometheus_client import CollectorRegistry

from integrations_openai import JsonFormatter
from integrations_openai._client import OpenAIClient
from integrations_openai.instrumentation import (
    Event,
    OpenTelemetryListener,
    OperationEnd,
    PrometheusListener,
)
from tests.bench._common import Result, scaled
from tests.bench.bench_facade import CHAT, KEY, MESSAGES
from tests.support.faultserver import FaultServer, RecordedRequest, Reply

CASES = ("none", "logging", "otel", "otel spans only", "otel sampled 1/10", "prometheus")
_LOGGER = "integrations_openai"


class _Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def on_event(self, event: Event) -> None:
        self.events.append(event)


class _Dropped(SpanExporter):
    """An exporter that drops every batch: the bench measures the calls, not an export."""

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        return SpanExportResult.SUCCESS


class _Timed:
    """Wraps a listener and adds up the calling thread's CPU spent inside it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.ns = 0
        self.calls = 0
        wants = getattr(inner, "wants", None)
        if wants is not None:  # the stack skips the events the listener does not want
            self.wants = wants

    def on_event(self, event: Event) -> None:
        start = time.thread_time_ns()
        self.inner.on_event(event)
        self.ns += time.thread_time_ns() - start
        if isinstance(event, OperationEnd):
            self.calls += 1

    def per_call(self) -> float:
        """Mean seconds per call (a call ends with one ``OperationEnd``)."""
        return self.ns / 1e9 / max(self.calls, 1)


def _round(fn: Callable[[], object], calls: int) -> float:
    gc.collect()
    start = time.thread_time()
    for _ in range(calls):
        fn()
    return (time.thread_time() - start) / calls


def _best(fn: Callable[[], object], calls: int, repeat: int) -> float:
    for _ in range(min(calls, 50)):
        fn()  # warm up
    return min(_round(fn, calls) for _ in range(repeat))


class _Logging:
    """The client's logger at INFO with a JSON handler into a discarding stream."""

    def __init__(self) -> None:
        self.handler = logging.StreamHandler(io.StringIO())
        self.handler.setFormatter(JsonFormatter())
        self.logger = logging.getLogger(_LOGGER)
        self.level = self.logger.level

    def __enter__(self) -> None:
        self.handler.stream = io.StringIO()
        self.logger.addHandler(self.handler)
        self.logger.setLevel(logging.INFO)

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self.handler)
        self.logger.setLevel(self.level)


def _tracing(sampler: Sampler | None = None) -> TracerProvider:
    provider = TracerProvider(sampler=sampler)
    provider.add_span_processor(BatchSpanProcessor(_Dropped()))
    return provider


def _providers() -> tuple[TracerProvider, MeterProvider]:
    return _tracing(), MeterProvider(metric_readers=[InMemoryMetricReader()])


def _sdk_floor(events: list[Event], calls: int, repeat: int) -> float:
    """One span with the attributes our listener sets, plus three histogram records."""
    tracer_provider, meter_provider = _providers()
    tracer = tracer_provider.get_tracer("floor")
    meter = meter_provider.get_meter("floor")
    duration, tokens = meter.create_histogram("d"), meter.create_histogram("t")
    tracing = TracerProvider()
    exporter = InMemorySpanExporter()
    tracing.add_span_processor(SimpleSpanProcessor(exporter))
    probe = OpenTelemetryListener(tracing, meter_provider=MeterProvider())
    for event in events:
        probe.on_event(event)
    [span] = exporter.get_finished_spans()
    assert span.attributes is not None
    start = {k: v for k, v in span.attributes.items() if not k.startswith("gen_ai.usage")}
    end = {k: v for k, v in span.attributes.items() if k not in start}
    metric = {
        k: v
        for k, v in span.attributes.items()
        if k.startswith(("gen_ai.operation", "gen_ai.provider", "gen_ai.request.model", "server"))
    }
    metric["gen_ai.response.model"] = span.attributes.get("gen_ai.response.model", "")
    inputs = {**metric, "gen_ai.token.type": "input"}
    outputs = {**metric, "gen_ai.token.type": "output"}

    def one() -> None:
        s = tracer.start_span(span.name, kind=trace.SpanKind.CLIENT, attributes=start)
        s.set_attributes(end)
        s.end()
        duration.record(0.1, metric)
        tokens.record(9, inputs)
        tokens.record(3, outputs)

    try:
        return _best(one, calls, repeat)
    finally:
        tracer_provider.shutdown()


def run(quick: bool) -> list[Result]:
    """See the module docstring."""
    # Many short rounds: on a loaded machine the best of many is steadier than of a few.
    calls = scaled(quick, 150, 100, 1)
    repeat = scaled(quick, 16, 4, 1)
    body = json.dumps(CHAT).encode()

    def handler(request: RecordedRequest) -> Reply:
        return Reply(headers={"content-type": "application/json"}, body=body)

    tracer_provider, meter_provider = _providers()
    otel = OpenTelemetryListener(tracer_provider, meter_provider=meter_provider)
    prom = PrometheusListener(CollectorRegistry())
    recorder = _Recorder()
    sampled_tracing = _tracing(ParentBased(TraceIdRatioBased(0.1)))
    spans_tracing = _tracing()
    sampled = OpenTelemetryListener(
        sampled_tracing, meter_provider=MeterProvider(metric_readers=[InMemoryMetricReader()])
    )
    plain: dict[str, Any] = {
        "otel": otel,
        "otel spans only": OpenTelemetryListener(spans_tracing, metrics=False),
        "otel sampled 1/10": sampled,
        "prometheus": prom,
    }
    # The overhead rows use the listeners as they are; the "inside" rows time the same
    # listener objects through other clients, in rounds of their own, so the timer's own
    # clock reads never weigh on an overhead row.
    inside = {name: _Timed(listener) for name, listener in plain.items()}
    listeners: dict[str, list[Any]] = {
        "none": [],
        "logging": [],
        **{name: [listener] for name, listener in plain.items()},
        **{f"{name} (timed)": [timed] for name, timed in inside.items()},
        "record": [recorder],
    }
    log_case = _Logging()
    best = dict.fromkeys(CASES, float("inf"))
    with FaultServer() as server:
        server.handler = handler
        base = server.url + "/v1"
        clients = {
            name: OpenAIClient(api_key=KEY, base_url=base, max_retries=0, listeners=found)
            for name, found in listeners.items()
        }
        try:
            calls_of = {
                name: (lambda c=client: c.chat.completions.create(model="m", messages=MESSAGES))
                for name, client in clients.items()
            }
            calls_of["record"]()  # one call's events, for the replay rows
            for name in calls_of.keys() - {"record"}:  # warm up: imports, pooled connection
                for _ in range(min(calls, 30)):
                    calls_of[name]()
            for timed in inside.values():
                timed.ns = timed.calls = 0  # the means count the timed rounds only
            for round_ in range(repeat):
                # Each round starts with another case: none is always first, or last.
                for name in CASES[round_ % len(CASES) :] + CASES[: round_ % len(CASES)]:
                    if name == "logging":
                        with log_case:
                            best[name] = min(best[name], _round(calls_of[name], calls))
                    else:
                        best[name] = min(best[name], _round(calls_of[name], calls))
            for _ in range(max(repeat // 4, 1)):
                for name in inside:
                    _round(calls_of[f"{name} (timed)"], calls)
        finally:
            for client in clients.values():
                client.close()
    events = recorder.events

    def replay() -> None:
        for event in events:
            otel.on_event(event)

    listener_alone = _best(replay, calls * 4, repeat)
    floor = _sdk_floor(events, calls * 4, repeat)
    for provider in (tracer_provider, spans_tracing, sampled_tracing):
        provider.shutdown()  # stops the batch processors' threads
    us = 1e6
    base_cpu = best["none"]
    rows = [
        Result("chat CPU per call, none (built-in listeners, logging off)", "us", base_cpu * us)
    ]
    for name in CASES[1:]:
        extra = best[name] / base_cpu - 1
        rows.append(
            Result(
                f"chat CPU per call, {name}",
                "us",
                best[name] * us,
                note=f"{extra * 100:+.1f}% vs none, ratio {best[name] / base_cpu:.3f} (target < 5%)",
            )
        )
    for name, timed in inside.items():
        rows.append(
            Result(
                f"{name}: CPU inside the listener per call (mean, in place)",
                "us",
                timed.per_call() * us,
                note=f"{timed.per_call() / base_cpu * 100:.1f}% of a call",
            )
        )
    rows.append(
        Result(
            "otel listener alone (one call's events replayed)",
            "us",
            listener_alone * us,
            note=f"{listener_alone / base_cpu * 100:.1f}% of a call",
        )
    )
    rows.append(
        Result(
            "otel SDK floor (1 span + 3 histogram records)",
            "us",
            floor * us,
            note=f"{floor / base_cpu * 100:.1f}% of a call",
        )
    )
    return rows
