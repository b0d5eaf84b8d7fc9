"""The health report: read through the breaker and limiter objects of a transport stack
(so a shared storage behind them is read the same way), plus the last error per host.

Pure reading, no I/O: the client's ``health()`` adds the optional live probe.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import attrs

from ..instrumentation._events import Event, Hooks, RequestEnd
from ..instrumentation._urls import host_of

__all__ = [
    "BreakerHealth",
    "HealthReport",
    "HostError",
    "LastErrors",
    "LimiterHealth",
    "Probe",
    "readiness",
    "snapshot",
]


@attrs.frozen(slots=True)
class BreakerHealth:
    """One host's circuit: ``closed``, ``open`` or ``half-open``, and its failure count."""

    host: str
    state: str
    failures: int


@attrs.frozen(slots=True)
class LimiterHealth:
    """One host's remaining budget (``None``: no such limit, or nothing reported yet)."""

    host: str
    requests: int | None
    tokens: int | None
    server_requests: int | None
    server_tokens: int | None


@attrs.frozen(slots=True)
class HostError:
    """The last failed call to ``host``: error class, status, and when (``time.time()``)."""

    host: str
    error: str
    status_code: int | None
    at: float


@attrs.frozen(slots=True)
class Probe:
    """A live ``GET /models``: ``ok``, its status, or the error class name."""

    ok: bool
    status_code: int | None = None
    error: str | None = None


@attrs.frozen(slots=True)
class HealthReport:
    """A client's health; ``ok`` is False when a circuit is open or the probe failed."""

    breakers: tuple[BreakerHealth, ...] = ()
    limiters: tuple[LimiterHealth, ...] = ()
    last_errors: tuple[HostError, ...] = ()
    probe: Probe | None = None

    @property
    def ok(self) -> bool:
        """No open circuit, and the probe (if any) succeeded."""
        if any(b.state == "open" for b in self.breakers):
            return False
        return self.probe is None or self.probe.ok

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (no secret: hosts, states, numbers, class names)."""
        data: dict[str, Any] = attrs.asdict(self)
        data["ok"] = self.ok
        return data


class LastErrors:
    """A listener keeping the last failed call per host (bounded to ``max_hosts``)."""

    __slots__ = ("_clock", "_errors", "_lock", "max_hosts")

    def __init__(self, *, max_hosts: int = 64, clock: Callable[[], float] = time.time) -> None:
        self.max_hosts = max_hosts
        self._clock = clock
        self._errors: dict[str, HostError] = {}
        self._lock = threading.Lock()

    def wants(self, kind: object) -> bool:
        """Routine events (a call that went well) are of no interest: failures always come."""
        return False

    def on_event(self, event: Event) -> None:
        """Remember a failed ``RequestEnd``."""
        if not isinstance(event, RequestEnd) or event.error is None:
            return
        host = host_of(event.url)
        error = HostError(host, event.error, event.status_code, self._clock())
        with self._lock:
            self._errors.pop(host, None)
            self._errors[host] = error
            while len(self._errors) > self.max_hosts:
                self._errors.pop(next(iter(self._errors)))

    def errors(self) -> tuple[HostError, ...]:
        """The last error of each host, oldest first."""
        with self._lock:
            return tuple(self._errors.values())


def _layers(stack: Any) -> list[Any]:
    layers: list[Any] = []
    while stack is not None and len(layers) < 32:
        layers.append(stack)
        stack = getattr(stack, "_inner", None)
    return layers


def snapshot(
    transport: Any,
    hooks: Hooks | None = None,
    *,
    now: Callable[[], float] = time.monotonic,
    probe: Probe | None = None,
) -> HealthReport:
    """The report of one transport stack (its breaker and limiter layers) and its hooks."""
    breakers: list[BreakerHealth] = []
    limiters: list[LimiterHealth] = []
    for layer in _layers(transport):
        registry = getattr(layer, "breakers", None)
        if registry is not None and hasattr(registry, "hosts"):
            breakers.extend(BreakerHealth(b.host, b.state, b.failures) for b in registry.hosts())
        registry = getattr(layer, "limiters", None)
        if registry is not None and hasattr(registry, "hosts"):
            for limiter in registry.hosts():
                limiters.append(LimiterHealth(limiter.host, **limiter.budget(now())))
    errors: tuple[HostError, ...] = ()
    for listener in hooks.listeners if hooks is not None else ():
        if isinstance(listener, LastErrors):
            errors = listener.errors()
    return HealthReport(tuple(breakers), tuple(limiters), errors, probe)


def readiness(report: HealthReport) -> tuple[int, dict[str, Any]]:
    """``(200 or 503, JSON body)`` for a readiness endpoint."""
    return (200 if report.ok else 503), report.to_dict()
