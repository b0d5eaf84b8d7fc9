"""OpenTelemetry tracing listener (extra ``otel``): one CLIENT span per logical call.

A facade call's span follows the GenAI semantic conventions: named
``{gen_ai.operation.name} {gen_ai.request.model}`` (``chat gpt-4o``), it starts on
``RequestStart`` and ends on ``OperationEnd``, once the typed result is parsed or the stream
has ended, carrying response id, model, finish reasons and token usage; its GenAI metrics
(``gen_ai.client.*``) are recorded then. Other facade calls (files, batches...) are named by
their operation id; a request built outside the facade by its HTTP method, ending on
``RequestEnd``. Each retry is a span event; breaker state changes and limiter
waits are events on the call span that caused them, or a tiny standalone span when no call
of ours is active. Only method, a redacted URL without query, host, numbers, reasons and
error class names become attributes: never a header value, a body or a secret.

``opentelemetry-api`` is imported when the listener is built, never at package import.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .._redact import redact_text
from ..errors import ConfigurationError
from ._events import (
    BreakerStateChange,
    Event,
    OperationEnd,
    RateLimitWait,
    RequestEnd,
    RequestStart,
    RetryScheduled,
)
from ._genai import CallFacts, capture_enabled, content_text
from ._semconv import (
    SemconvMetrics,
    operation_attributes,
    result_attributes,
)
from ._urls import endpoint, split_host

if TYPE_CHECKING:
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.trace import Span, Tracer, TracerProvider

__all__ = ["OpenTelemetryListener"]

_INSTRUMENTATION_NAME = "integrations_openai"
_ANONYMOUS = frozenset({"", "-"})  # call ids of requests built outside our client

# Attribute and event names. HTTP ones follow the stable OTel HTTP semantic conventions;
# the rest are namespaced ``openai.*`` because no convention covers them.
ATTR_METHOD = "http.request.method"
ATTR_URL = "url.full"
ATTR_SERVER = "server.address"
ATTR_PORT = "server.port"
ATTR_STATUS = "http.response.status_code"
ATTR_ERROR = "error.type"
ATTR_REQUEST_ID = "openai.request_id"
ATTR_CALL_ID = "openai.call_id"
ATTR_ATTEMPTS = "openai.attempts"
ATTR_OPERATION_ID = "openai.operation.id"
EVENT_RETRY = "openai.retry"
EVENT_BREAKER = "openai.circuit_breaker.state_change"
EVENT_LIMITER = "openai.rate_limit.wait"


class _ActiveCall:
    """One call's live span and what its end needs (a plain slotted class: one per call)."""

    __slots__ = ("call_id", "ended", "facts", "held", "otel_token", "server", "span", "var_token")

    def __init__(
        self,
        call_id: str,
        span: Span,
        otel_token: object,  # opentelemetry.context.attach's token
        facts: CallFacts | None,
        server: Mapping[str, str | int],
    ) -> None:
        self.call_id = call_id
        self.span = span
        self.otel_token = otel_token
        self.facts = facts
        self.server = server
        self.var_token: contextvars.Token[_ActiveCall | None] | None = None
        self.ended = False
        # HTTP-exchange attributes of a call still open: set with its result, in one SDK call.
        self.held: dict[str, Any] | None = None


@lru_cache(maxsize=512)
def _base_attributes(method: str, url: str) -> tuple[dict[str, Any], Mapping[str, str | int]]:
    """The attributes every span of ``method url`` starts with, and its ``server.*`` part:
    built once per endpoint (callers copy, never mutate)."""
    safe, server = endpoint(url)
    return {ATTR_METHOD: method, ATTR_URL: safe, **server}, server


def _import_otel() -> Any:
    try:
        from opentelemetry import context, trace
    except ImportError:
        raise ConfigurationError(
            "OpenTelemetryListener needs opentelemetry-api: pip install 'integrations-openai[otel]'"
        ) from None
    return context, trace


class OpenTelemetryListener:
    """Turns transport events into OpenTelemetry spans and span events.

    ``tracer_provider`` and ``meter_provider`` default to the global ones, so an
    application that configured OpenTelemetry needs nothing more than
    ``OpenAIClient(listeners=[OpenTelemetryListener()])``. ``capture_content`` puts prompts
    and completions on spans (``gen_ai.input.messages``/``gen_ai.output.messages``, masked of
    key-shaped text); off unless set here or by
    ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true``. ``clock`` (nanoseconds)
    stamps span start and end times; by default the SDK's own clock does.
    ``metrics=False`` records no ``gen_ai.client.*`` metrics (about a third of the
    listener's cost, for teams that take their metrics from ``PrometheusListener``).
    Thread- and task-safe.
    """

    __slots__ = (
        "_attach",
        "_calls",
        "_capture",
        "_client_kind",
        "_clock",
        "_context",
        "_current",
        "_in_context",
        "_metrics",
        "_start_span",
        "_trace",
        "_tracer",
    )

    def __init__(
        self,
        tracer_provider: TracerProvider | None = None,
        *,
        meter_provider: MeterProvider | None = None,
        capture_content: bool | None = None,
        clock: Callable[[], int] | None = None,
        metrics: bool = True,
    ) -> None:
        self._context, self._trace = _import_otel()
        self._clock = clock
        self._capture = capture_enabled() if capture_content is None else bool(capture_content)
        self._metrics = SemconvMetrics(meter_provider) if metrics else None
        self._tracer: Tracer = self._trace.get_tracer(
            _INSTRUMENTATION_NAME, tracer_provider=tracer_provider
        )
        # call_id -> live call, for events that arrive outside the call's context.
        # Each access is one dict operation (atomic: no lock needed, none taken per call).
        self._calls: dict[str, _ActiveCall] = {}
        # The call running in this thread / task: breaker and limiter events carry no
        # call_id, and they are emitted synchronously inside the call that caused them.
        self._current: contextvars.ContextVar[_ActiveCall | None] = contextvars.ContextVar(
            f"integrations_openai_otel_call_{id(self)}", default=None
        )
        # Looked up once: every call goes through these.
        self._start_span = self._tracer.start_span
        self._client_kind = self._trace.SpanKind.CLIENT
        self._attach = self._context.attach
        self._in_context = self._trace.set_span_in_context

    def __repr__(self) -> str:
        return f"OpenTelemetryListener(active_calls={len(self._calls)})"

    def on_event(self, event: Event) -> None:
        """Start, annotate or end a span for ``event``."""
        # The three events of every call by exact class first (one dict lookup each).
        routine = _ROUTINE.get(event.__class__)
        if routine is not None:
            routine(self, event)
            return
        match event:
            case RequestStart():
                self._start(event)
            case RequestEnd():
                self._end(event)
            case OperationEnd():
                self._finish(event)
            case RetryScheduled():
                call = self._find(event.call_id)
                if call is not None and call.span.is_recording():  # sampled out: nothing
                    attributes: dict[str, Any] = {
                        "openai.retry.attempt": event.attempt,
                        "openai.retry.wait_s": event.wait,
                        "openai.retry.reason": event.reason,
                    }
                    if event.status_code is not None:
                        attributes[ATTR_STATUS] = event.status_code
                    call.span.add_event(EVENT_RETRY, attributes)
            case BreakerStateChange():
                self._annotate(
                    EVENT_BREAKER,
                    {
                        **split_host(event.host),
                        "openai.circuit_breaker.old": event.old,
                        "openai.circuit_breaker.new": event.new,
                    },
                )
            case RateLimitWait():
                self._annotate(
                    EVENT_LIMITER,
                    {
                        **split_host(event.host),
                        "openai.rate_limit.wait_s": event.wait,
                        "openai.rate_limit.reason": event.reason,
                    },
                )

    def _start(self, event: RequestStart) -> None:
        # A call ended from another context left its span attached here; drop it first.
        stale = self._current.get()
        while stale is not None and stale.ended and self._restore(stale):
            stale = self._current.get()
        base, server = _base_attributes(event.method, event.url)
        attributes = base.copy()  # one dict, handed to the SDK once
        attributes[ATTR_CALL_ID] = event.call_id
        facts = event.facts
        if facts is None:
            # Span name per the HTTP conventions: the method alone, since the event carries
            # no low-cardinality path template and raw paths hold object ids.
            name = event.method
        else:
            attributes[ATTR_OPERATION_ID] = facts.operation_id
            name = facts.operation_id
            if facts.genai:
                operation_attributes(facts, attributes)
                name = f"{facts.operation} {facts.model}" if facts.model else facts.operation
        span = self._start_span(
            name, kind=self._client_kind, attributes=attributes, start_time=self._now()
        )
        # After the sampler's verdict: a sampled-out span never pays for the prompt's JSON
        # (samplers decide on the attributes above, never on content).
        if (
            self._capture
            and facts is not None
            and facts.genai
            and facts.content
            and span.is_recording()
        ):
            span.set_attribute("gen_ai.input.messages", redact_text(content_text(facts.content)))
        # The call span becomes the current OTel context until RequestEnd: spans made below
        # us during the call (httpx/socket auto-instrumentation per attempt, the caller's
        # own hooks) become its children, and a trace shows call -> attempts. RequestStart
        # and RequestEnd are emitted by the telemetry layer in the same thread/task, so the
        # attach/detach pair is balanced; if it ever is not, we end the span at once and
        # detach it lazily, at the next RequestStart in the context it was attached to.
        call = _ActiveCall(event.call_id, span, self._attach(self._in_context(span)), facts, server)
        call.var_token = self._current.set(call)
        if event.call_id not in _ANONYMOUS:
            self._calls[event.call_id] = call

    def _find(self, call_id: str) -> _ActiveCall | None:
        current = self._current.get()
        if current is not None and (
            current.call_id == call_id or {current.call_id, call_id} <= _ANONYMOUS
        ):
            return current
        return self._calls.get(call_id)

    def _end(self, event: RequestEnd) -> None:
        call = self._find(event.call_id)
        if call is None:
            return  # started before this listener existed
        # A facade call whose HTTP exchange succeeded stays open until its OperationEnd
        # (result parsed, stream over); anything else ends here.
        pending = call.facts is not None and event.error is None
        if event.call_id not in _ANONYMOUS and not pending:
            self._calls.pop(event.call_id, None)
        span = call.span
        if span.is_recording():  # a sampled-out span is not worth building attributes for
            attributes: dict[str, Any] = {ATTR_ATTEMPTS: event.attempts}
            if event.status_code is not None:
                attributes[ATTR_STATUS] = event.status_code
            if event.request_id:
                # Server-supplied text: mask anything key-shaped a hostile upstream echoed.
                attributes[ATTR_REQUEST_ID] = redact_text(event.request_id)
            if event.error is not None:
                attributes[ATTR_ERROR] = event.error
            if pending:
                call.held = attributes
            else:
                span.set_attributes(attributes)
        if event.error is not None:
            # Description is the class name only: exception text may quote a server body.
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR, event.error))
        call.ended = True
        self._restore(call)
        if pending:
            return
        if call.facts is not None and call.facts.genai and self._metrics is not None:
            self._metrics.record_failure(call.facts, call.server, event.error, event.elapsed)
        span.end(self._now())

    def _finish(self, event: OperationEnd) -> None:
        call = self._calls.pop(event.call_id, None)
        if call is None:
            return  # failed at the HTTP level (span ended there) or never started here
        span = call.span
        if span.is_recording():
            attributes = self._result_attributes(event)
            if call.held:
                attributes.update(call.held)
            span.set_attributes(attributes)
        if event.error is not None:
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR, event.error))
        if event.facts.genai and self._metrics is not None:
            self._metrics.record(event, call.server)
        span.end(self._now())

    def _result_attributes(self, event: OperationEnd) -> dict[str, Any]:
        attributes: dict[str, Any] = {}
        if event.result is not None:
            result_attributes(event.result, genai=event.facts.genai, into=attributes)
            if self._capture and event.facts.genai and event.result.output is not None:
                attributes["gen_ai.output.messages"] = redact_text(
                    content_text(event.result.output)
                )
        if event.time_to_first_chunk is not None:
            attributes["gen_ai.response.time_to_first_chunk"] = event.time_to_first_chunk
        if not event.complete:
            attributes["openai.stream.complete"] = False
        if event.error is not None:
            attributes[ATTR_ERROR] = event.error
        return attributes

    def _now(self) -> int | None:
        return self._clock() if self._clock is not None else None

    def _restore(self, call: _ActiveCall) -> bool:
        """Detach ``call``'s span if it is attached in this context; False if it is not."""
        if self._current.get() is not call or call.var_token is None:
            return False  # ended from another context: nothing of ours is attached here
        try:
            self._current.reset(call.var_token)
        except ValueError:  # same value seen from a copied context (a child task)
            return False
        self._context.detach(call.otel_token)
        return True

    def _annotate(self, name: str, attributes: dict[str, Any]) -> None:
        current = self._current.get()
        if current is not None:
            current.span.add_event(name, attributes)
            return
        # Not inside one of our calls: a zero-length span carries the event instead.
        span = self._tracer.start_span(
            name, kind=self._trace.SpanKind.INTERNAL, attributes=attributes, start_time=self._now()
        )
        span.add_event(name, attributes)
        span.end(self._now())


# The per-call events' handlers, by exact class (subclasses go through ``on_event``'s match).
_ROUTINE: dict[type, Callable[[OpenTelemetryListener, Any], None]] = {
    RequestStart: OpenTelemetryListener._start,
    RequestEnd: OpenTelemetryListener._end,
    OperationEnd: OpenTelemetryListener._finish,
}
