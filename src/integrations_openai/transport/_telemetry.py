"""Telemetry layer: one ``RequestStart``/``RequestEnd`` pair per logical call, and the
structured-log listener that turns every event into a ``logging`` record.

The layer is the outermost of the stack, just outside the error boundary: it sees one call
however many attempts it took, and every failure as the exception the caller gets (the
boundary raised it from the failure classifier's verdict), never a guess from a status;
the attempt count comes from ``CallStats``, which the auth layer increments per attempt. For a
streamed call ``RequestEnd`` marks the arrival of the response headers (for a non-streamed
one, the end of its body: the buffer layer reads it inside the attempt). Events carry no
header value, body or secret; the URL is redacted before it leaves, and so is the
server-supplied request id (key-shaped text and the configured key itself are masked here,
at the source, so every listener gets safe data).
"""

from __future__ import annotations

import logging
import time

import httpx

from .._headers import request_id_of
from .._options import STATS_KEY, CallStats, options_of
from .._redact import redact_text
from .._secret import Secret
from ..errors._classify import error_for_exception
from ..errors._failure import classify_response
from ..instrumentation import (
    BreakerStateChange,
    Event,
    Hooks,
    Listener,
    OperationEnd,
    RateLimitWait,
    RequestEnd,
    RequestStart,
    RetryScheduled,
    StorageUnavailable,
)
from ..instrumentation._events import RoutineEvent, event_fields
from ..instrumentation._urls import safe_url

__all__ = ["LOGGER_NAME", "AsyncTelemetryTransport", "LoggingListener", "TelemetryTransport"]

LOGGER_NAME = "integrations_openai"


class LoggingListener:
    """Writes each event to the ``integrations_openai`` logger, fields in ``extra``.

    Levels: request start/end at DEBUG (a failed call at INFO), a facade call's end
    (operation, model, usage: one line per call), retries and limiter waits at INFO, a breaker opening at WARNING. Each record has ``openai_event`` (the event name)
    and ``openai_fields`` (a dict of the event's fields) for structured handlers.
    """

    __slots__ = ("_logger",)

    def __init__(self, logger: logging.Logger | None = None) -> None:
        self._logger = logger or logging.getLogger(LOGGER_NAME)

    def wants(self, kind: RoutineEvent) -> bool:
        """Whether the logger would write a routine event of ``kind`` (at its level now)."""
        return self._logger.isEnabledFor(_ROUTINE_LEVELS[kind])

    def on_event(self, event: Event) -> None:
        """Log ``event`` as one structured record, at the level its kind calls for."""
        # The level first, the message only for a record that will be written: with the
        # logger at its default WARNING a call formats nothing.
        if not self._logger.isEnabledFor(_level(event)):
            return
        level, message = _describe(event)
        extra = {
            "openai_event": type(event).__name__,
            "openai_fields": event_fields(event),
        }
        # ``Logger.log`` would walk the stack to find its caller (a fifth of a record's
        # cost) only to name this method: the record is made with that place directly.
        logger = self._logger
        logger.handle(
            logger.makeRecord(
                logger.name,
                level,
                __file__,
                _LINE,
                "%s",
                (redact_text(message),),
                None,
                "on_event",
                extra,
            )
        )


_LINE = LoggingListener.on_event.__code__.co_firstlineno  # the records' ``lineno``


def _level(event: Event) -> int:
    """The level ``_describe`` gives ``event``, without formatting its message."""
    # By exact class first: asked of every event a call emits, logging on or off.
    cls = type(event)
    level = _LEVELS.get(cls)
    if level is not None:
        return level
    if cls is RequestEnd:  # every call's: no pattern matching
        return logging.DEBUG if event.error is None else logging.INFO  # type: ignore[union-attr]
    match event:
        case RequestStart() | RequestEnd(error=None):
            return logging.DEBUG
        case BreakerStateChange(new="open") | StorageUnavailable():
            return logging.WARNING
    return logging.INFO


# Events whose level depends on their class alone (a failed RequestEnd is INFO, an opening
# breaker WARNING: those go through ``_level``'s match).
_LEVELS: dict[type, int] = {
    RequestStart: logging.DEBUG,
    OperationEnd: logging.INFO,
    RetryScheduled: logging.INFO,
    RateLimitWait: logging.INFO,
    StorageUnavailable: logging.WARNING,
}

# The level of a routine event (see ``Hooks.wants``) of each kind.
_ROUTINE_LEVELS: dict[RoutineEvent, int] = {
    RequestStart: logging.DEBUG,
    RequestEnd: logging.DEBUG,
    OperationEnd: logging.INFO,
}


def _describe(event: Event) -> tuple[int, str]:
    match event:
        # A facade call's end first: the one line per call a logger at INFO writes.
        case OperationEnd(facts=facts, result=result):
            usage = ""
            if result is not None:
                usage = f" input_tokens={result.input_tokens} output_tokens={result.output_tokens}"
            outcome = f"error={event.error}" if event.error else "ok"
            return logging.INFO, (
                f"call {facts.operation} model={facts.model} {outcome}{usage} "
                f"elapsed={event.elapsed:.3f}s call={event.call_id}"
            )
        case RequestStart():
            return logging.DEBUG, f"request start {event.method} {event.url} call={event.call_id}"
        case RequestEnd(error=None):
            return logging.DEBUG, (
                f"request end {event.method} {event.url} status={event.status_code} "
                f"attempts={event.attempts} elapsed={event.elapsed:.3f}s "
                f"request_id={event.request_id} call={event.call_id}"
            )
        case RequestEnd():
            return logging.INFO, (
                f"request failed {event.method} {event.url} error={event.error} "
                f"status={event.status_code} attempts={event.attempts} "
                f"elapsed={event.elapsed:.3f}s call={event.call_id}"
            )
        case RetryScheduled():
            return logging.INFO, (
                f"retry {event.method} {event.url} attempt={event.attempt} "
                f"wait={event.wait:.3f}s reason={event.reason} call={event.call_id}"
            )
        case BreakerStateChange():
            level = logging.WARNING if event.new == "open" else logging.INFO
            return level, f"circuit breaker {event.host}: {event.old} -> {event.new}"
        case RateLimitWait():
            return logging.INFO, (
                f"rate limiter holds a request to {event.host} for {event.wait:.3f}s "
                f"({event.reason})"
            )
        case StorageUnavailable():
            what = "fell back to this process" if event.action == "local" else "failed the call"
            return logging.WARNING, (
                f"shared {event.component} storage unavailable for {event.key} "
                f"({event.error}); {what}"
            )
    return logging.DEBUG, repr(event)  # pragma: no cover - future event types


def _safe_url(request: httpx.Request) -> str:
    # Query strings may carry tokens in foreign requests; drop them and mask what is left
    # (parsed and masked once per distinct URL). httpx keeps a URL's parts as a tuple, which
    # hashes in a tenth of the time ``str(url)`` takes to join them again: remembered by it.
    url = request.url
    parts = getattr(url, "_uri_reference", None)
    if parts is None or parts.__class__ is not _PARTS:  # another httpx: by the text
        return safe_url(str(url))
    found = _URLS.get(parts)
    if found is None:
        if len(_URLS) >= _URLS_LIMIT:
            _URLS.clear()  # bounded: paths hold object ids
        found = _URLS[parts] = safe_url(str(url))
    return found


# httpx's parsed-URL class (private: when it moves, ``_safe_url`` reads ``str(url)``).
_PARTS = type(getattr(httpx.URL("http://h/"), "_uri_reference", None))
_URLS: dict[object, str] = {}
_URLS_LIMIT = 512


class _Call:
    """One call's bookkeeping, shared by both drivers.

    Routine events (the start, a successful end) are built only when a listener wants them,
    and handed only to those (``Hooks.takers``); a failure goes to every listener. The redacted URL is made once, and
    only for an event that carries it.
    """

    __slots__ = ("_url", "call_id", "facts", "hooks", "request", "secret", "started", "stats")

    def __init__(self, request: httpx.Request, hooks: Hooks, secret: Secret | None) -> None:
        options = options_of(request)
        self.hooks = hooks
        self.secret = secret
        self.request = request
        self._url: str | None = None
        self.call_id = options.call_id if options else "-"
        self.facts = options.facts if options else None
        self.stats = CallStats()
        request.extensions[STATS_KEY] = self.stats
        self.started = time.monotonic()
        takers = hooks.takers(RequestStart)
        if takers:
            # Positional: an attrs class's keyword call costs a third more, every call.
            hooks.emit(RequestStart(request.method, self.url, self.call_id, self.facts), takers)

    @property
    def url(self) -> str:
        if self._url is None:
            self._url = _safe_url(self.request)
        return self._url

    def end(self, response: httpx.Response | None, exc: BaseException | None = None) -> None:
        error: str | None = None
        takers: tuple[Listener, ...] | None = None  # None: every listener (a failure)
        if isinstance(exc, Exception):
            # Below the boundary in the stack this is the caller's exception already.
            error = type(error_for_exception(exc)).__name__
        elif exc is not None:  # cancellation, KeyboardInterrupt: report, never translate
            error = type(exc).__name__
        elif response is not None and response.status_code >= 400:
            # Only without a boundary below (a bare layer): the best a status can say.
            error = classify_response(response.status_code, response.headers).error.__name__
        else:
            takers = self.hooks.takers(RequestEnd)
            if not takers:
                return  # a success nobody listens to
        status = getattr(exc, "status_code", None) if response is None else response.status_code
        # From the headers: masked by ``request_id_from``; from an exception: masked here.
        request_id = request_id_of(response) if response is not None else None
        if not request_id:
            request_id = getattr(exc, "request_id", None)
            if request_id:
                request_id = redact_text(request_id)
        if request_id and self.secret is not None:
            # Key shapes and remembered secrets are masked already; this is the one key of
            # this client (remembered too, unless shorter than a safe mask).
            key = self.secret.get_secret_value()
            if key and key in request_id:
                request_id = request_id.replace(key, "***")
        self.hooks.emit(
            RequestEnd(  # method, url, call_id, attempts, elapsed, status, error, request id
                self.request.method,
                self.url,
                self.call_id,
                self.stats.attempts,
                time.monotonic() - self.started,
                status,
                error,
                request_id,
            ),
            takers,
        )


class TelemetryTransport(httpx.BaseTransport):
    """Sync driver: emit start, call the inner stack, emit end (also on failure)."""

    def __init__(
        self, inner: httpx.BaseTransport, hooks: Hooks, *, secret: Secret | None = None
    ) -> None:
        self._inner = inner
        self._hooks = hooks
        self._secret = secret

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Emit ``RequestStart``, send through the inner stack, emit ``RequestEnd``."""
        call = _Call(request, self._hooks, self._secret)
        try:
            response = self._inner.handle_request(request)
        except BaseException as exc:
            call.end(None, exc)
            raise
        call.end(response)
        return response

    def close(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        self._inner.close()


class AsyncTelemetryTransport(httpx.AsyncBaseTransport):
    """Async driver: emit start, call the inner stack, emit end (also on failure)."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, hooks: Hooks, *, secret: Secret | None = None
    ) -> None:
        self._inner = inner
        self._hooks = hooks
        self._secret = secret

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Emit ``RequestStart``, send through the inner stack, emit ``RequestEnd``."""
        call = _Call(request, self._hooks, self._secret)
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException as exc:
            call.end(None, exc)
            raise
        call.end(response)
        return response

    async def aclose(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        await self._inner.aclose()
