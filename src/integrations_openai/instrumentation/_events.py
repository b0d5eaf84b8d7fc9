"""What the transport stack reports, as plain frozen data, plus the listener protocol.

Policies (retry, breaker, rate limiter) and the client only *emit* these events through a
``Hooks`` fan-out; adapters (logging, OpenTelemetry, Prometheus) only *consume* them. Neither
side imports the other, so a new backend never touches a policy (stamina's S4 habit).
No event carries a header value, a body or a secret: only method, a redacted URL and numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal, Protocol, cast, runtime_checkable

import attrs

from ._genai import CallFacts, CallResult

__all__ = [
    "BreakerStateChange",
    "Hooks",
    "Listener",
    "OperationEnd",
    "RateLimitWait",
    "RequestEnd",
    "RequestStart",
    "RetryScheduled",
    "RoutineEvent",
    "StorageUnavailable",
    "event_fields",
]


@attrs.frozen(slots=True)
class RequestStart:
    """A logical call begins (before the first attempt)."""

    method: str
    url: str
    call_id: str
    facts: CallFacts | None = None  # set for facade calls: operation, model, parameters


@attrs.frozen(slots=True)
class RequestEnd:
    """A logical call ended, after all attempts: ``status_code`` or ``error`` is set."""

    method: str
    url: str
    call_id: str
    attempts: int
    elapsed: float
    status_code: int | None = None
    error: str | None = None  # exception class name, never its text
    request_id: str | None = None


@attrs.frozen(slots=True)
class RetryScheduled:
    """Attempt ``attempt`` failed for ``reason``; the next one starts after ``wait`` seconds."""

    method: str
    url: str
    call_id: str
    attempt: int
    wait: float
    reason: str  # e.g. "status=429", "NetworkError", "x-should-retry"
    status_code: int | None = None


@attrs.frozen(slots=True)
class BreakerStateChange:
    """The circuit breaker guarding ``host`` moved from ``old`` to ``new``."""

    host: str
    old: Literal["closed", "open", "half-open"]
    new: Literal["closed", "open", "half-open"]


@attrs.frozen(slots=True)
class RateLimitWait:
    """The client-side limiter held a request back for ``wait`` seconds."""

    host: str
    wait: float
    reason: Literal["requests", "tokens", "server"]


@attrs.frozen(slots=True)
class OperationEnd:
    """A facade call is over: its typed result was parsed, or its stream ended.

    Follows the call's ``RequestEnd`` (which marks the HTTP exchange: for a stream, the
    headers). ``result`` holds ids, finish reasons and token usage (parsed once, from the
    typed result or the final stream event); ``error`` is the exception class name;
    ``time_to_first_chunk`` and ``chunks`` are set for streamed calls; ``complete`` is
    False for a stream closed before its final event.
    """

    call_id: str
    facts: CallFacts
    elapsed: float
    result: CallResult | None = None
    error: str | None = None
    time_to_first_chunk: float | None = None
    chunks: int = 0
    complete: bool = True


@attrs.frozen(slots=True)
class StorageUnavailable:
    """The shared storage of the ``component`` failed (``error`` is the exception class name);
    ``action`` says what the call did: ``"local"`` fell back to this process, ``"fail"`` raised.
    """

    component: Literal["rate_limit", "breaker"]
    key: str
    error: str
    action: Literal["local", "fail"]


Event = (
    RequestStart
    | RequestEnd
    | RetryScheduled
    | BreakerStateChange
    | RateLimitWait
    | StorageUnavailable
    | OperationEnd
)


@runtime_checkable
class Listener(Protocol):
    """Anything with ``on_event(event)``. Must be fast and must not raise.

    A listener may also define ``wants(kind) -> bool``: False lets the stack skip building
    the *routine* events of ``kind`` (``RoutineEvent``: a call starting, a call that
    succeeded) while nobody else wants them. Failures and state changes are always
    delivered. A listener without ``wants`` gets every event.
    """

    def on_event(self, event: Event) -> None: ...


#: The events built on every call when all goes well: skipped when no listener ``wants`` them.
RoutineEvent = type[RequestStart] | type[RequestEnd] | type[OperationEnd]


class Hooks:
    """Fans one event out to every listener; a failing listener never breaks a call."""

    __slots__ = ("_filters", "_listeners")

    def __init__(self, listeners: Iterable[Listener] = ()) -> None:
        self._listeners = tuple(listeners)
        # None: some listener takes everything; else the listeners' ``wants``, asked per call
        # (a logger's level may change at any time).
        filters = tuple(getattr(listener, "wants", None) for listener in self._listeners)
        self._filters: tuple[Callable[[RoutineEvent], bool], ...] | None = (
            None if None in filters else cast("tuple[Callable[[RoutineEvent], bool], ...]", filters)
        )

    def __bool__(self) -> bool:
        return bool(self._listeners)

    @property
    def listeners(self) -> tuple[Listener, ...]:
        """The listeners, in delivery order."""
        return self._listeners

    def wants(self, kind: RoutineEvent) -> bool:
        """Whether any listener takes routine events of ``kind`` now: build one only then."""
        filters = self._filters
        if filters is None:
            return True
        return any(wants(kind) for wants in filters)

    def emit(self, event: Event) -> None:
        """Deliver ``event`` to each listener, swallowing (and logging) listener errors."""
        for listener in self._listeners:
            try:
                listener.on_event(event)
            except Exception:  # a broken metrics backend must not fail the API call
                import logging

                logging.getLogger("integrations_openai").exception(
                    "listener %r failed on %s", listener, type(event).__name__
                )


# Prompt and completion content never goes to logs (spans capture it only on opt-in).
_UNLOGGED = frozenset({"content", "output", "body"})


_NAMES: dict[type, tuple[str, ...]] = {}
_NESTED: dict[type, bool] = {}  # per value type: an attrs class whose fields nest


def _field_names(cls: type[Any]) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(a.name for a in attrs.fields(cls) if a.name not in _UNLOGGED)
    return names


def event_fields(event: object) -> dict[str, Any]:
    """An event's fields as a plain dict for a log record, nested facts and results
    included, prompt and completion content left out (a fixed field list per class: the
    cost of one call's log line, not of a generic ``attrs.asdict``)."""
    out: dict[str, Any] = {}
    for name in _field_names(type(event)):
        value = getattr(event, name)
        cls = type(value)
        nested = _NESTED.get(cls)
        if nested is None:
            nested = _NESTED[cls] = attrs.has(cls)
        if nested:  # facts or a result
            value = event_fields(value)
        out[name] = value
    return out
