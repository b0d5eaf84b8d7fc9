"""Prometheus metrics listener (extra ``prometheus``).

Metrics (``namespace`` defaults to ``openai``)::

    openai_requests_total{method, host, status_class, error_type}        counter
    openai_request_duration_seconds{method, host}                        histogram
    openai_retries_total{host, reason}                                   counter
    openai_circuit_breaker_state{host}           0 closed, 1 half-open, 2 open (gauge)
    openai_circuit_breaker_transitions_total{host, from_state, to_state} counter
    openai_rate_limit_waits_total{host, reason}                          counter
    openai_rate_limit_wait_seconds{host, reason}                         histogram
    openai_unknown_variants_total{operation}     union members newer than the spec (counter)
    openai_shared_storage_errors_total{component, action}  shared storage failures (counter)

and the GenAI semantic conventions' client metrics, named as OpenTelemetry's Prometheus
exporter names them (no namespace; buckets as the conventions recommend)::

    gen_ai_client_token_usage{gen_ai_operation_name, gen_ai_request_model, gen_ai_token_type}
    gen_ai_client_operation_duration_seconds{gen_ai_operation_name, gen_ai_request_model, status}
    gen_ai_client_operation_time_to_first_chunk_seconds{gen_ai_operation_name, gen_ai_request_model}
    gen_ai_client_operation_time_per_output_chunk_seconds{gen_ai_operation_name, gen_ai_request_model}

``status`` is ``ok`` or the error class name; ``gen_ai_request_model`` is the model asked
for, and past ``max_models`` distinct values per listener it is ``other`` (model names come
from callers, so they are bounded here). Labels stay low-cardinality: ``host`` is ``host[:port]`` (never a path, which holds object
ids), ``status_class`` is ``2xx``..``5xx`` or ``none``, ``error_type`` an exception class name
or ``none``, retry ``reason`` one of a few fixed forms (``status=429``, ``NetworkError``...).
``prometheus-client`` is imported when the listener is built, never at package import.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import ConfigurationError
from ._events import (
    BreakerStateChange,
    Event,
    OperationEnd,
    RateLimitWait,
    RequestEnd,
    RequestStart,
    RetryScheduled,
    RoutineEvent,
    StorageUnavailable,
)
from ._semconv import CHUNK_BUCKETS, DURATION_BUCKETS, TOKEN_BUCKETS
from ._urls import host_of

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

__all__ = ["BREAKER_STATE_VALUES", "PrometheusListener"]

#: Gauge value per breaker state (ordered by severity, so ``max()`` across hosts is useful).
BREAKER_STATE_VALUES = {"closed": 0, "half-open": 1, "open": 2}
# API calls range from ~100 ms (embeddings) to minutes (long reasoning); default buckets stop
# at 10 s.
_DURATION_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0)
_CHILDREN_LIMIT = 4096
_WAIT_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


@attrs.frozen(slots=True)
class _Metrics:
    requests: Counter
    duration: Histogram
    retries: Counter
    breaker_state: Gauge
    breaker_transitions: Counter
    limiter_waits: Counter
    limiter_wait_seconds: Histogram
    unknown_variants: Counter
    storage_errors: Counter


@attrs.frozen(slots=True)
class _GenAIMetrics:
    tokens: Histogram
    duration: Histogram
    ttfc: Histogram
    per_chunk: Histogram


# A registry refuses a second metric of the same name, so every listener on one registry
# (two clients, a test re-creating its listener) shares one set of metric objects.
_CACHE: weakref.WeakKeyDictionary[CollectorRegistry, dict[str, _Metrics]] = (
    weakref.WeakKeyDictionary()
)
_GENAI_CACHE: weakref.WeakKeyDictionary[CollectorRegistry, _GenAIMetrics] = (
    weakref.WeakKeyDictionary()
)
_CACHE_LOCK = threading.Lock()
_GENAI_LABELS = ("gen_ai_operation_name", "gen_ai_request_model")


def _import_prometheus() -> Any:
    try:
        import prometheus_client
    except ImportError:
        raise ConfigurationError(
            "PrometheusListener needs prometheus-client: "
            "pip install 'integrations-openai[prometheus]'"
        ) from None
    return prometheus_client


def _make_metrics(prom: Any, registry: CollectorRegistry, ns: str) -> _Metrics:
    def kw(help_text: str) -> dict[str, Any]:
        return {"documentation": help_text, "namespace": ns, "registry": registry}

    return _Metrics(
        requests=prom.Counter(
            "requests",
            labelnames=("method", "host", "status_class", "error_type"),
            **kw("Logical API calls (all attempts of a call count once), by outcome."),
        ),
        duration=prom.Histogram(
            "request_duration_seconds",
            labelnames=("method", "host"),
            buckets=_DURATION_BUCKETS,
            **kw("Duration of logical API calls, retries and waits included."),
        ),
        retries=prom.Counter(
            "retries",
            labelnames=("host", "reason"),
            **kw("Retries scheduled after a failed attempt, by reason."),
        ),
        breaker_state=prom.Gauge(
            "circuit_breaker_state",
            labelnames=("host",),
            **kw("Circuit breaker state per host: 0 closed, 1 half-open, 2 open."),
        ),
        breaker_transitions=prom.Counter(
            "circuit_breaker_transitions",
            labelnames=("host", "from_state", "to_state"),
            **kw("Circuit breaker state changes per host."),
        ),
        limiter_waits=prom.Counter(
            "rate_limit_waits",
            labelnames=("host", "reason"),
            **kw("Requests the client-side rate limiter held back."),
        ),
        limiter_wait_seconds=prom.Histogram(
            "rate_limit_wait_seconds",
            labelnames=("host", "reason"),
            buckets=_WAIT_BUCKETS,
            **kw("Time requests waited in the client-side rate limiter."),
        ),
        unknown_variants=prom.Counter(
            "unknown_variants",
            labelnames=("operation",),
            **kw("Union members (event types, output items) newer than the client's spec."),
        ),
        storage_errors=prom.Counter(
            "shared_storage_errors",
            labelnames=("component", "action"),
            **kw("Calls that could not reach the shared limiter/breaker storage, by action."),
        ),
    )


def _make_genai(prom: Any, registry: CollectorRegistry) -> _GenAIMetrics:
    return _GenAIMetrics(
        tokens=prom.Histogram(
            "gen_ai_client_token_usage",
            "Number of input and output tokens used.",
            labelnames=(*_GENAI_LABELS, "gen_ai_token_type"),
            buckets=TOKEN_BUCKETS,
            registry=registry,
        ),
        duration=prom.Histogram(
            "gen_ai_client_operation_duration_seconds",
            "GenAI operation duration (a stream: until its end).",
            labelnames=(*_GENAI_LABELS, "status"),
            buckets=DURATION_BUCKETS,
            registry=registry,
        ),
        ttfc=prom.Histogram(
            "gen_ai_client_operation_time_to_first_chunk_seconds",
            "Time to the first chunk of a streamed response.",
            labelnames=_GENAI_LABELS,
            buckets=DURATION_BUCKETS,
            registry=registry,
        ),
        per_chunk=prom.Histogram(
            "gen_ai_client_operation_time_per_output_chunk_seconds",
            "Mean time per output chunk after the first one, per streamed call.",
            labelnames=_GENAI_LABELS,
            buckets=CHUNK_BUCKETS,
            registry=registry,
        ),
    )


def _genai_for(prom: Any, registry: CollectorRegistry) -> _GenAIMetrics:
    with _CACHE_LOCK:
        metrics = _GENAI_CACHE.get(registry)
        if metrics is None:
            metrics = _GENAI_CACHE[registry] = _make_genai(prom, registry)
        return metrics


def _metrics_for(prom: Any, registry: CollectorRegistry, namespace: str) -> _Metrics:
    with _CACHE_LOCK:
        per_registry = _CACHE.setdefault(registry, {})
        metrics = per_registry.get(namespace)
        if metrics is None:
            metrics = per_registry[namespace] = _make_metrics(prom, registry, namespace)
        return metrics


def status_class(status_code: int | None) -> str:
    """``"2xx"``..``"5xx"`` for a status code, ``"none"`` when no response arrived."""
    if status_code is None or not 100 <= status_code <= 599:
        return "none"
    return f"{status_code // 100}xx"


class PrometheusListener:
    """Counts calls, retries, breaker transitions and limiter waits in Prometheus metrics.

    ``registry`` defaults to ``prometheus_client.REGISTRY`` (the one ``start_http_server``
    exposes); listeners sharing a registry and namespace share the metric objects.
    """

    __slots__ = (
        "_children",
        "_ends",
        "_genai",
        "_metrics",
        "_models",
        "_operations",
        "max_models",
        "namespace",
        "registry",
    )

    def __init__(
        self,
        registry: CollectorRegistry | None = None,
        *,
        namespace: str = "openai",
        max_models: int = 32,
    ) -> None:
        prom = _import_prometheus()
        if not isinstance(namespace, str) or not namespace.isidentifier():
            raise ConfigurationError(f"namespace must be a metric-name prefix, got {namespace!r}")
        self.registry: CollectorRegistry = registry if registry is not None else prom.REGISTRY
        self.namespace = namespace
        self._metrics = _metrics_for(prom, self.registry, namespace)
        self._genai = _genai_for(prom, self.registry)
        self.max_models = max_models
        self._models: set[str] = set()
        # (metric, label values) -> labelled child: ``labels()`` validates and locks on
        # every call; the label sets of a client are few, so each is looked up once.
        self._children: dict[tuple[Any, ...], Any] = {}
        # The children a call's end touches, per (method, url, status, error) and per
        # (operation, model, error): one lookup per event instead of one per series.
        self._ends: dict[tuple[Any, ...], tuple[Any, Any]] = {}
        self._operations: dict[tuple[Any, ...], list[Any]] = {}

    def __repr__(self) -> str:
        return f"PrometheusListener(namespace={self.namespace!r})"

    def _child(self, metric: Any, *labels: str) -> Any:
        key = (id(metric), *labels)
        child = self._children.get(key)
        if child is None:
            if len(self._children) >= _CHILDREN_LIMIT:
                self._children.clear()  # bounded: odd hosts or models never grow memory
            child = self._children[key] = metric.labels(*labels)
        return child

    def wants(self, kind: RoutineEvent) -> bool:
        """A call's start is never counted (its end is, with the outcome): skip building it."""
        return kind is not RequestStart

    def _request_end(self, event: RequestEnd) -> None:
        key = (event.method, event.url, event.status_code, event.error)
        children = self._ends.get(key)
        if children is None:
            m = self._metrics
            host = host_of(event.url)
            status = status_class(event.status_code)
            children = (
                self._child(m.requests, event.method, host, status, event.error or "none"),
                self._child(m.duration, event.method, host),
            )
            if len(self._ends) >= _CHILDREN_LIMIT:
                self._ends.clear()  # bounded: URLs hold object ids
            self._ends[key] = children
        children[0].inc()
        elapsed = event.elapsed
        children[1].observe(elapsed if elapsed > 0.0 else 0.0)

    def on_event(self, event: Event) -> None:
        """Update the metrics ``event`` concerns."""
        cls = event.__class__  # the two events of every call by exact class first
        if cls is RequestEnd:
            self._request_end(event)  # type: ignore[arg-type]
            return
        if cls is OperationEnd:
            self._operation_end(event)  # type: ignore[arg-type]
            return
        m = self._metrics
        child = self._child
        match event:  # the per-call events first
            case RequestEnd():
                self._request_end(event)
            case OperationEnd():
                self._operation_end(event)
            case RequestStart():
                return  # counted when the call ends, with its outcome
            case RetryScheduled():
                child(m.retries, host_of(event.url), event.reason).inc()
            case BreakerStateChange():
                m.breaker_state.labels(event.host).set(BREAKER_STATE_VALUES.get(event.new, -1))
                m.breaker_transitions.labels(event.host, event.old, event.new).inc()
            case RateLimitWait():
                child(m.limiter_waits, event.host, event.reason).inc()
                child(m.limiter_wait_seconds, event.host, event.reason).observe(
                    max(event.wait, 0.0)
                )
            case StorageUnavailable():
                m.storage_errors.labels(event.component, event.action).inc()

    def _model_label(self, model: str | None) -> str:
        if model is None:
            return "none"
        if model in self._models:
            return model
        if len(self._models) < self.max_models:
            self._models.add(model)  # set.add is atomic: a race costs one extra entry
            return model
        return "other"

    def _operation_end(self, event: OperationEnd) -> None:
        facts, result = event.facts, event.result
        if result is not None and result.unknown_variants:
            self._metrics.unknown_variants.labels(facts.operation_id).inc(result.unknown_variants)
        if not facts.genai:
            return
        key = (facts.operation, facts.model, event.error)
        slots = self._operations.get(key)
        if slots is None:
            if len(self._operations) >= _CHILDREN_LIMIT:
                self._operations.clear()  # bounded: odd models never grow memory
            # Label values fixed once per key; each child made when first observed, so a
            # series appears only once it has a value (as before).
            slots = self._operations[key] = [
                (facts.operation, self._model_label(facts.model)), event.error or "ok",
                None, None, None, None, None,
            ]  # fmt: skip
        labels = slots[0]
        duration = slots[2]
        if duration is None:
            g = self._genai
            duration = slots[2] = self._child(g.duration, *labels, slots[1])
        elapsed = event.elapsed
        duration.observe(elapsed if elapsed > 0.0 else 0.0)
        if result is not None:
            if result.input_tokens is not None:
                self._slot(slots, 3, "input").observe(result.input_tokens)
            if result.output_tokens is not None:
                self._slot(slots, 4, "output").observe(result.output_tokens)
        ttfc = event.time_to_first_chunk
        if ttfc is not None:
            self._slot(slots, 5).observe(max(ttfc, 0.0))
            if event.chunks > 1:
                self._slot(slots, 6).observe(max(event.elapsed - ttfc, 0.0) / (event.chunks - 1))

    def _slot(self, slots: list[Any], index: int, token_type: str = "") -> Any:
        child = slots[index]
        if child is None:
            g = self._genai
            if index < 5:
                child = self._child(g.tokens, *slots[0], token_type)
            else:
                child = self._child(g.ttfc if index == 5 else g.per_chunk, *slots[0])
            slots[index] = child
        return child
