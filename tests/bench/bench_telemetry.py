"""Telemetry cost: calling-thread CPU per chat completion with each listener, same server,
next to the floor each library sets by itself.

Cases: ``none`` (the client's built-in logging listener, its logger at the default WARNING,
so it formats nothing: the same client with no listener of yours), ``logging`` (that logger
at INFO with ``JsonFormatter``: one JSON line per call, written to a discarding stream),
``otel`` (``OpenTelemetryListener`` on the SDK's providers set up as in production: a
``BatchSpanProcessor`` whose exporter drops every batch, so the export, which runs on the
processor's own thread, is not measured; metrics aggregated in memory and never
collected, which costs a record what a periodic exporting reader does), ``otel spans
only`` (the same with ``metrics=False``), ``otel sampled 1/10`` (the same as ``otel``, with
a ``ParentBased(TraceIdRatioBased(0.1))`` sampler: nine calls in ten get a non-recording
span, and every call still records its metrics) and ``prometheus`` (``PrometheusListener``
on its own registry).

Each listener case has a *floor* case: the ``none`` client's call wrapped by hand in exactly
the library work that case produces, with every value computed beforehand (taken from one
call the listener instrumented), as a bare user of the library would pay it at best: for
OpenTelemetry the same span with the same start and end attributes, made current during
the call, and the same metric records on instruments of the same names and buckets, on
providers set up like the case's; for Prometheus the same counter and histogram updates on
pre-resolved labelled children; for logging one stdlib record per call whose formatter
dumps the same fields, prebuilt, with the same JSON encoder. So a case minus its floor is
our own cost: reading the request and the result, building the events, the listener's
bookkeeping. Where a floor alone exceeds the 5 % target, no listener can meet it.

The cases run interleaved in short blocks, round after round (each round starts with the
next case), so a load change on a shared machine hits every case alike. A row's CPU per
call is the median of its blocks; each difference (over ``none``, over the floor) is the
median of the differences within a round, between blocks run next to each other, which a
load spike in between moves far less than two separate minima. Each listener row's note
gives its overhead over ``none``, its floor's, and its own cost above the floor, in µs and
as a share of a ``none`` call; the target is under 5 % of a call in all.

The "inside the listener" rows add up the calling thread's CPU spent in each listener's
``on_event`` during those same calls (a mean, so steadier than a difference of two totals);
the rest of a case's overhead is building the events the listener asked for. The two
"replayed" rows are hot loops with no HTTP call around them (caches warm, so each costs
less than in place): one call's events replayed into the OpenTelemetry listener, and the
same span, context and records made by hand.
"""

from __future__ import annotations

import functools
import gc
import io
import itertools
import json
import logging
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from opentelemetry import context as otel_context
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
from opentelemetry.sdk.trace.sampling import (
    ALWAYS_ON,
    ParentBased,
    Sampler,
    SamplingResult,
    TraceIdRatioBased,
)
from prometheus_client import CollectorRegistry, Counter, Histogram

from integrations_openai import JsonFormatter
from integrations_openai._client import OpenAIClient
from integrations_openai._logs import encode_line
from integrations_openai.instrumentation import (
    Event,
    OpenTelemetryListener,
    OperationEnd,
    PrometheusListener,
)
from integrations_openai.instrumentation import _prometheus as prom_module
from integrations_openai.instrumentation import _semconv as semconv
from tests.bench._common import Result, scaled
from tests.bench.bench_facade import CHAT, KEY, MESSAGES
from tests.support.faultserver import FaultServer, RecordedRequest, Reply

LISTENERS = ("logging", "otel", "otel spans only", "otel sampled 1/10", "prometheus")
CASES = ("none", *LISTENERS, *(f"{name} floor" for name in LISTENERS))
_LOGGER = "integrations_openai"
_SAMPLED = 0.1


class _Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def on_event(self, event: Event) -> None:
        self.events.append(event)


class _Dropped(SpanExporter):
    """An exporter that drops every batch: the bench measures the calls, not an export."""

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        return SpanExportResult.SUCCESS


class _StartAttributes(Sampler):
    """Samples every span and remembers the attributes it was started with."""

    def __init__(self) -> None:
        self.seen: dict[str, Any] = {}

    def should_sample(self, *args: Any, **kwargs: Any) -> SamplingResult:
        attributes = kwargs.get("attributes", args[4] if len(args) > 4 else None)
        self.seen = dict(attributes or {})
        return ALWAYS_ON.should_sample(*args, **kwargs)

    def get_description(self) -> str:
        return "remembers start attributes"


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


def _block(fn: Callable[[], object], calls: int) -> float:
    start = time.thread_time()
    for _ in range(calls):
        fn()
    return (time.thread_time() - start) / calls


def _round(fn: Callable[[], object], calls: int) -> float:
    gc.collect()
    return _block(fn, calls)


def _best(fn: Callable[[], object], calls: int, repeat: int) -> float:
    for _ in range(min(calls, 50)):
        fn()  # warm up
    return min(_round(fn, calls) for _ in range(repeat))


class _Logging:
    """A logger at INFO with a JSON handler into a discarding stream, while entered."""

    def __init__(self, name: str = _LOGGER, formatter: logging.Formatter | None = None) -> None:
        self.handler = logging.StreamHandler(io.StringIO())
        self.handler.setFormatter(formatter or JsonFormatter())
        self.logger = logging.getLogger(name)
        self.level = self.logger.level

    def __enter__(self) -> None:
        self.handler.stream = io.StringIO()
        self.logger.addHandler(self.handler)
        self.logger.setLevel(logging.INFO)

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self.handler)
        self.logger.setLevel(self.level)


class _Prebuilt(logging.Formatter):
    """The logging floor's formatter: the record carries its line's fields, prebuilt."""

    def format(self, record: logging.LogRecord) -> str:
        return encode_line(record.__dict__["line"])


def _tracing(sampler: Sampler | None = None) -> TracerProvider:
    provider = TracerProvider(sampler=sampler)
    provider.add_span_processor(BatchSpanProcessor(_Dropped()))
    return provider


def _meters() -> MeterProvider:
    return MeterProvider(metric_readers=[InMemoryMetricReader()])


class _Observed:
    """What one instrumented call produced: span name, start and end attributes, metric
    records (instrument name, value, attributes) and the JSON log line's fields."""

    def __init__(self, call: Callable[[OpenAIClient], object], base: str) -> None:
        sampler = _StartAttributes()
        tracing = TracerProvider(sampler=sampler)
        exporter = InMemorySpanExporter()
        tracing.add_span_processor(SimpleSpanProcessor(exporter))
        reader = InMemoryMetricReader()
        listener = OpenTelemetryListener(tracing, meter_provider=MeterProvider([reader]))
        lines = _Logging()
        with lines, OpenAIClient(api_key=KEY, base_url=base, listeners=[listener]) as client:
            call(client)
            line = lines.handler.stream.getvalue().splitlines()[-1]
        [span] = exporter.get_finished_spans()
        assert span.attributes is not None
        self.name = span.name
        self.start = sampler.seen
        self.end = {k: v for k, v in span.attributes.items() if k not in self.start}
        self.records: list[tuple[str, float, dict[str, Any]]] = []
        data = reader.get_metrics_data()
        assert data is not None
        for resource in data.resource_metrics:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    for point in metric.data.data_points:
                        value = point.sum  # type: ignore[union-attr]
                        self.records.append((metric.name, value, dict(point.attributes or {})))
        self.line: dict[str, Any] = json.loads(line)
        self.message: str = self.line["message"]
        tracing.shutdown()


def _otel_floor(
    call: Callable[[], object],
    seen: _Observed,
    tracing: TracerProvider,
    meters: MeterProvider | None,
) -> Callable[[], object]:
    """``call`` wrapped in the span and records ``seen`` shows, made by hand."""
    tracer = tracing.get_tracer("floor")
    records: list[tuple[Any, float, Mapping[str, Any]]] = []
    if meters is not None:
        meter = meters.get_meter("floor")
        buckets = {
            semconv.METRIC_TOKEN_USAGE: semconv.TOKEN_BUCKETS,
            semconv.METRIC_DURATION: semconv.DURATION_BUCKETS,
        }
        instruments = {
            name: meter.create_histogram(name, explicit_bucket_boundaries_advisory=list(b))
            for name, b in buckets.items()
        }
        records = [(instruments[n], v, a) for n, v, a in seen.records]
    name, start, end = seen.name, seen.start, seen.end
    kind = trace.SpanKind.CLIENT
    attach, detach, in_context = otel_context.attach, otel_context.detach, trace.set_span_in_context

    def floor() -> object:
        span = tracer.start_span(name, kind=kind, attributes=start)
        token = attach(in_context(span))
        try:
            return call()
        finally:
            detach(token)
            span.set_attributes(end)
            span.end()
            for instrument, value, attributes in records:
                instrument.record(value, attributes)

    return floor


def _prometheus_floor(call: Callable[[], object], host: str) -> Callable[[], object]:
    """``call`` followed by the counter and histogram updates ``PrometheusListener`` makes
    for it, on children resolved once (same metric kinds, labels and buckets)."""
    registry = CollectorRegistry()
    requests = Counter(
        "r", "r", ("method", "host", "status_class", "error_type"), registry=registry
    )
    duration = Histogram(
        "d", "d", ("method", "host"), buckets=prom_module._DURATION_BUCKETS, registry=registry
    )
    genai = ("gen_ai_operation_name", "gen_ai_request_model")
    op_duration = Histogram(
        "g", "g", (*genai, "status"), buckets=semconv.DURATION_BUCKETS, registry=registry
    )
    tokens = Histogram(
        "t", "t", (*genai, "gen_ai_token_type"), buckets=semconv.TOKEN_BUCKETS, registry=registry
    )
    count = requests.labels("POST", host, "2xx", "none")
    elapsed = duration.labels("POST", host)
    op = op_duration.labels("chat", "m", "ok")
    inputs, outputs = tokens.labels("chat", "m", "input"), tokens.labels("chat", "m", "output")
    usage = CHAT["usage"]
    assert isinstance(usage, dict)

    def floor() -> object:
        result = call()
        count.inc()
        elapsed.observe(0.001)
        op.observe(0.001)
        inputs.observe(usage["prompt_tokens"])
        outputs.observe(usage["completion_tokens"])
        return result

    return floor


def _logging_floor(call: Callable[[], object], seen: _Observed) -> Callable[[], object]:
    """``call`` followed by one stdlib record whose formatter dumps ``seen``'s line fields."""
    logger = logging.getLogger("bench.telemetry.floor")
    logger.propagate = False
    extra = {"line": seen.line}
    message = seen.message

    def floor() -> object:
        result = call()
        if logger.isEnabledFor(logging.INFO):
            logger.handle(
                logger.makeRecord(
                    logger.name, logging.INFO, __file__, 0, "%s", (message,), None, "floor", extra
                )
            )
        return result

    return floor


def _replayed_floor(seen: _Observed, tracing: TracerProvider) -> Callable[[], object]:
    return _otel_floor(lambda: None, seen, tracing, _meters())


def run(quick: bool) -> list[Result]:
    """See the module docstring."""
    # Many short blocks: on a loaded machine, medians of paired blocks are steadier.
    calls = scaled(quick, 30, 20, 1)  # per block
    rounds = scaled(quick, 80, 20, 1)
    repeat = scaled(quick, 16, 4, 1)  # rounds of the replayed rows (hot loops)
    served = itertools.count()

    def handler(request: RecordedRequest) -> Reply:
        # Ids differ per call, as the API's do: masking them is never a remembered answer.
        n = next(served)
        return Reply(
            headers={"content-type": "application/json", "x-request-id": f"req_{n:032x}"},
            body=json.dumps({**CHAT, "id": f"chatcmpl-{n:024x}"}).encode(),
        )

    def chat(client: OpenAIClient) -> object:
        return client.chat.completions.create(model="m", messages=MESSAGES)

    full_tracing, full_meters = _tracing(), _meters()
    sampled_tracing = _tracing(ParentBased(TraceIdRatioBased(_SAMPLED)))
    spans_tracing = _tracing()
    otel = OpenTelemetryListener(full_tracing, meter_provider=full_meters)
    plain: dict[str, Any] = {
        "otel": otel,
        "otel spans only": OpenTelemetryListener(spans_tracing, metrics=False),
        "otel sampled 1/10": OpenTelemetryListener(sampled_tracing, meter_provider=_meters()),
        "prometheus": PrometheusListener(CollectorRegistry()),
    }
    floor_tracing = {
        "otel floor": (_tracing(), _meters()),
        "otel spans only floor": (_tracing(), None),
        "otel sampled 1/10 floor": (_tracing(ParentBased(TraceIdRatioBased(_SAMPLED))), _meters()),
    }
    replay_tracing = _tracing()
    providers = [full_tracing, sampled_tracing, spans_tracing, replay_tracing]
    providers += [tracing for tracing, _ in floor_tracing.values()]
    # The overhead rows use the listeners as they are; the "inside" rows time the same
    # listener objects through other clients, in rounds of their own, so the timer's own
    # clock reads never weigh on an overhead row.
    inside = {name: _Timed(listener) for name, listener in plain.items()}
    recorder = _Recorder()
    listeners: dict[str, list[Any]] = {
        "none": [],
        "logging": [],
        **{name: [listener] for name, listener in plain.items()},
        **{f"{name} (timed)": [timed] for name, timed in inside.items()},
        "record": [recorder],
    }
    log_case = _Logging()
    log_floor = _Logging("bench.telemetry.floor", _Prebuilt())
    blocks: dict[str, list[float]] = {name: [] for name in CASES}
    with FaultServer() as server:
        server.handler = handler
        base = server.url + "/v1"
        seen = _Observed(chat, base)
        clients = {
            name: OpenAIClient(api_key=KEY, base_url=base, max_retries=0, listeners=found)
            for name, found in listeners.items()
        }
        try:
            calls_of: dict[str, Callable[[], object]] = {
                name: functools.partial(chat, client) for name, client in clients.items()
            }
            bare = calls_of["none"]
            for name, (tracing, meters) in floor_tracing.items():
                calls_of[name] = _otel_floor(bare, seen, tracing, meters)
            host = f"127.0.0.1:{seen.start['server.port']}"
            calls_of["prometheus floor"] = _prometheus_floor(bare, host)
            calls_of["logging floor"] = _logging_floor(bare, seen)
            contexts = {"logging": log_case, "logging floor": log_floor}
            calls_of["record"]()  # one call's events, for the replay rows
            for name in calls_of.keys() - {"record"}:  # warm up: imports, pooled connection
                for _ in range(min(calls, 30)):
                    calls_of[name]()
            for timed in inside.values():
                timed.ns = timed.calls = 0  # the means count the timed rounds only
            for round_ in range(rounds):
                gc.collect()  # each round starts clean; within it, collections are real costs
                # Each round starts with another case: none is always first, or last.
                for name in CASES[round_ % len(CASES) :] + CASES[: round_ % len(CASES)]:
                    found_context = contexts.get(name)
                    if found_context is not None:
                        with found_context:
                            blocks[name].append(_block(calls_of[name], calls))
                    else:
                        blocks[name].append(_block(calls_of[name], calls))
            for _ in range(max(rounds // 4, 1)):
                gc.collect()
                for name in inside:
                    _block(calls_of[f"{name} (timed)"], calls)
        finally:
            for client in clients.values():
                client.close()
    events = recorder.events

    def replay() -> None:
        for event in events:
            otel.on_event(event)

    listener_alone = _best(replay, 600, repeat)
    sdk_alone = _best(_replayed_floor(seen, replay_tracing), 600, repeat)
    for provider in providers:
        provider.shutdown()  # stops the batch processors' threads
    return _rows(blocks, inside, listener_alone, sdk_alone)


def _paired(blocks: dict[str, list[float]], case: str, base: str) -> float:
    """Median over rounds of ``case``'s block minus ``base``'s block of the same round."""
    return statistics.median(a - b for a, b in zip(blocks[case], blocks[base], strict=True))


def _rows(
    blocks: dict[str, list[float]],
    inside: dict[str, _Timed],
    listener_alone: float,
    sdk_alone: float,
) -> list[Result]:
    us = 1e6
    base_cpu = statistics.median(blocks["none"])

    def share(seconds: float) -> str:
        return f"{seconds / base_cpu * 100:+.1f}%"

    rows = [
        Result("chat CPU per call, none (built-in listeners, logging off)", "us", base_cpu * us)
    ]
    for name in LISTENERS:
        over = _paired(blocks, name, "none")
        floor = _paired(blocks, f"{name} floor", "none")
        above = _paired(blocks, name, f"{name} floor")
        rows.append(
            Result(
                f"chat CPU per call, {name}",
                "us",
                statistics.median(blocks[name]) * us,
                note=(
                    f"{share(over)} vs none (target < 5%); its library's floor {share(floor)};"
                    f" ours above the floor {above * us:+.1f} us ({share(above)})"
                ),
            )
        )
    for name in LISTENERS:
        floor = _paired(blocks, f"{name} floor", "none")
        rows.append(
            Result(
                f"chat CPU per call, {name} floor (its library's work by hand, no listener)",
                "us",
                statistics.median(blocks[f"{name} floor"]) * us,
                note=f"{share(floor)} vs none ({floor * us:+.1f} us)",
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
            note=(
                f"{listener_alone / base_cpu * 100:.1f}% of a call;"
                f" {(listener_alone - sdk_alone) * us:+.1f} us above the SDK alone"
            ),
        )
    )
    rows.append(
        Result(
            "otel SDK alone (the floor's span, context and records, replayed)",
            "us",
            sdk_alone * us,
            note=f"{sdk_alone / base_cpu * 100:.1f}% of a call",
        )
    )
    return rows
