"""What the transport stack reports, as plain frozen data, plus the listener protocol.

Policies (retry, breaker, rate limiter) and the client only *emit* these events through a
``Hooks`` fan-out; adapters (logging, OpenTelemetry, Prometheus) only *consume* them. Neither
side imports the other, so a new backend never touches a policy (stamina's S4 habit).
No event carries a header value, a body or a secret: only method, a redacted URL and numbers.
"""

from __future__ import annotations

import keyword
import typing
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

    A listener may also define ``wants(kind) -> bool``, asked once per call for each
    *routine* event (``RoutineEvent``: a call starting, a call that succeeded): such an
    event is built only when some listener wants it, and delivered only to the listeners
    that want it (and to those without ``wants``). Failures and state changes are always
    delivered to every listener. A listener without ``wants`` gets every event.
    """

    def on_event(self, event: Event) -> None: ...


#: The events built on every call when all goes well: skipped when no listener ``wants`` them.
RoutineEvent = type[RequestStart] | type[RequestEnd] | type[OperationEnd]


def _log_failure(listener: object, event: object) -> None:
    import logging

    logging.getLogger("integrations_openai").exception(
        "listener %r failed on %s", listener, type(event).__name__
    )


class Hooks:
    """Fans one event out to every listener; a failing listener never breaks a call."""

    __slots__ = ("_filters", "_listeners", "_routes")

    def __init__(self, listeners: Iterable[Listener] = ()) -> None:
        self._listeners = tuple(listeners)
        # None: some listener takes everything; else the listeners' ``wants``, asked per call
        # (a logger's level may change at any time).
        filters = tuple(getattr(listener, "wants", None) for listener in self._listeners)
        self._filters: tuple[Callable[[RoutineEvent], bool], ...] | None = (
            None if None in filters else cast("tuple[Callable[[RoutineEvent], bool], ...]", filters)
        )
        # (listener, its ``wants`` or None: takes every event), in delivery order; None when
        # no listener filters (each takes every event).
        self._routes: tuple[tuple[Listener, Callable[[RoutineEvent], bool] | None], ...] | None = (
            None
            if all(wants is None for wants in filters)
            else tuple(zip(self._listeners, filters, strict=True))
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
        for wants in filters:  # noqa: SIM110 - asked three times per call: no generator
            if wants(kind):
                return True
        return False

    def takers(self, kind: RoutineEvent) -> tuple[Listener, ...]:
        """The listeners that take a routine event of ``kind`` now, in delivery order
        (empty: build nothing); hand the event to ``emit(event, takers)``."""
        routes = self._routes
        if routes is None:
            return self._listeners  # nobody filters
        return tuple([listener for listener, wants in routes if wants is None or wants(kind)])

    def emit(self, event: Event, listeners: tuple[Listener, ...] | None = None) -> None:
        """Deliver ``event`` to each listener (or to ``listeners``, the ``takers`` of a
        routine event), swallowing (and logging) listener errors."""
        for listener in self._listeners if listeners is None else listeners:
            try:
                listener.on_event(event)
            except Exception:  # a broken metrics backend must not fail the API call
                _log_failure(listener, event)


# Prompt and completion content never goes to logs (spans capture it only on opt-in).
_UNLOGGED = frozenset({"content", "output", "body"})


class _Plan:
    """How to read one attrs class into a log dict: its logged field names, a reader of
    all of them into a new dict, and the few fields that may hold a nested attrs object."""

    __slots__ = ("names", "nested", "read")

    def __init__(self, cls: type[Any]) -> None:
        self.names = tuple(a.name for a in attrs.fields(cls) if a.name not in _UNLOGGED)
        self.read = _dict_reader(self.names)
        try:
            hints = typing.get_type_hints(cls)
        except Exception:  # unresolvable annotations: check every value instead
            hints = {}
        self.nested = tuple(n for n in self.names if _may_nest(hints.get(n, Any)))


def _dict_reader(names: tuple[str, ...]) -> Callable[[Any], dict[str, Any]]:
    """``lambda obj: {name: obj.name, ...}`` for ``names``, compiled once per class (as
    attrs compiles its own methods): a dict display costs a third of
    ``dict(zip(names, attrgetter(*names)(obj)))``, once per log record and nested object."""
    if all(name.isidentifier() and not keyword.iskeyword(name) for name in names):
        items = ", ".join(f"{name!r}: obj.{name}" for name in names)
        # Only attrs field names (identifiers, checked above) enter the source.
        return eval(f"lambda obj: {{{items}}}", {})  # type: ignore[no-any-return]
    return lambda obj: {name: getattr(obj, name) for name in names}


def _may_nest(hint: object) -> bool:
    """Whether a field of type ``hint`` may hold an attrs object (``Any``: it may)."""
    if hint is Any:
        return True
    if isinstance(hint, type):
        return attrs.has(hint)
    return any(_may_nest(arg) for arg in typing.get_args(hint))


_PLANS: dict[type, _Plan] = {}
_NESTED: dict[type, bool] = {}  # per value class: an attrs object whose fields nest


def event_fields(event: object) -> dict[str, Any]:
    """An event's fields as a plain dict for a log record, nested facts and results
    included, prompt and completion content left out (a plan per class, made once: the
    cost of one call's log line, not of a generic ``attrs.asdict``)."""
    cls = type(event)
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _Plan(cls)
    out = plan.read(event)
    for name in plan.nested:
        value = out[name]
        if value is not None:
            nested = _NESTED.get(type(value))
            if nested is None:
                nested = _NESTED[type(value)] = attrs.has(type(value))
            if nested:
                out[name] = event_fields(value)
    return out
