"""Poll a long-running object until it reaches a terminal status, within a deadline.

The decision is pure: ``next_poll(state, headers, deadline)`` says "done", "sleep this
long" (the server's ``openai-poll-after-ms`` when given, else the interval, never past the
deadline) or raises our ``TimeoutError`` once the deadline has passed. ``poll`` and
``apoll`` are the thin drivers; the fetch and the sleep are injected. Terminal statuses per
resource kind come from the pinned spec's status enums.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from ._headers import non_negative_number
from .errors import ConfigurationError, TimeoutError
from .pagination import field_of

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "MAX_POLL_AFTER",
    "POLL_AFTER_HEADER",
    "TERMINAL_STATUSES",
    "PollState",
    "apoll",
    "next_poll",
    "poll",
    "poll_after_seconds",
    "status_of",
    "terminal_statuses",
]

T = TypeVar("T")

POLL_AFTER_HEADER = "openai-poll-after-ms"
DEFAULT_POLL_INTERVAL = 1.0
# The longest wait between polls a server may ask for (like the retry layer's
# ``max_retry_after``); real values are a few seconds.
MAX_POLL_AFTER = 60.0

# Keyed by the object's ``object`` field. A run waiting for tool outputs
# (``requires_action``) is terminal for polling: only the caller can move it on.
TERMINAL_STATUSES: Mapping[str, frozenset[str]] = {
    "thread.run": frozenset(
        {"requires_action", "cancelled", "failed", "completed", "incomplete", "expired"}
    ),
    "batch": frozenset({"failed", "completed", "expired", "cancelled"}),
    "fine_tuning.job": frozenset({"succeeded", "failed", "cancelled"}),
    "vector_store.file": frozenset({"completed", "cancelled", "failed"}),
    "vector_store.files_batch": frozenset({"completed", "cancelled", "failed"}),
    "response": frozenset({"completed", "failed", "cancelled", "incomplete"}),
    "upload": frozenset({"completed", "cancelled", "expired"}),
}
# Friendly aliases for the names callers think in.
_ALIASES = {
    "run": "thread.run",
    "fine_tuning_job": "fine_tuning.job",
    "vector_store_file": "vector_store.file",
    "vector_store_file_batch": "vector_store.files_batch",
    "file_batch": "vector_store.files_batch",
}


def terminal_statuses(kind: str) -> frozenset[str]:
    """The terminal statuses of a resource kind (``"batch"``, ``"run"``, ``"response"``...)."""
    key = _ALIASES.get(kind, kind)
    try:
        return TERMINAL_STATUSES[key]
    except KeyError:
        known = ", ".join(sorted({*TERMINAL_STATUSES, *_ALIASES}))
        raise ConfigurationError(f"unknown poll kind {kind!r}; known: {known}") from None


def status_of(obj: Any) -> str | None:
    """The ``status`` of a dict or typed model (enum members give their value)."""
    value = field_of(obj, "status")
    value = getattr(value, "value", value)
    return value if isinstance(value, str) else None


def poll_after_seconds(headers: Mapping[str, str] | None) -> float | None:
    """The server's suggested delay from ``openai-poll-after-ms``, or ``None``.

    Capped at ``MAX_POLL_AFTER``: a poll without a deadline must not sleep for as long as
    a broken or hostile server asks (``openai-poll-after-ms: 1e12``).
    """
    if not headers:
        return None
    raw = headers.get(POLL_AFTER_HEADER)
    ms = None if raw is None else non_negative_number(raw)
    return None if ms is None else min(ms / 1000.0, MAX_POLL_AFTER)


@attrs.frozen(slots=True)
class PollState:
    """What one poll saw: the object's ``status``, the poll ``attempt`` (1-based), ``now``."""

    status: str | None
    attempt: int
    now: float
    terminal: frozenset[str]

    @property
    def done(self) -> bool:
        """True when ``status`` is terminal for this kind."""
        return self.status in self.terminal


def next_poll(
    state: PollState,
    headers: Mapping[str, str] | None,
    deadline: float | None,
    *,
    interval: float = DEFAULT_POLL_INTERVAL,
) -> float | None:
    """``None`` when done, else seconds to sleep; ``TimeoutError`` past the deadline.

    The sleep is the server's ``openai-poll-after-ms`` if sent, else ``interval``, and is
    cut short at the deadline so the last poll happens right at it.
    """
    if state.done:
        return None
    if deadline is not None and state.now >= deadline:
        raise TimeoutError(
            f"polling deadline passed after {state.attempt} polls; last status {state.status!r}"
        )
    delay = poll_after_seconds(headers)
    if delay is None:
        delay = interval
    if deadline is not None:
        delay = min(delay, deadline - state.now)
    return max(delay, 0.0)


@attrs.frozen(slots=True)
class _Plan:
    terminal: frozenset[str]
    deadline: float | None
    interval: float
    clock: Callable[[], float]

    def decide(self, obj: Any, headers: Mapping[str, str] | None, attempt: int) -> float | None:
        state = PollState(status_of(obj), attempt, self.clock(), self.terminal)
        return next_poll(state, headers, self.deadline, interval=self.interval)


def _is_seconds(value: object) -> bool:
    # ``not value >= 0`` also refuses NaN; bool is an int but never meant as seconds.
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0


def _plan(
    kind: str | None,
    terminal: Iterable[str] | None,
    timeout: float | None,
    interval: float,
    clock: Callable[[], float],
    first: Any,
) -> _Plan:
    if not _is_seconds(interval):
        raise ConfigurationError(f"poll interval must be a number >= 0, got {interval!r}")
    if timeout is not None and not _is_seconds(timeout):
        raise ConfigurationError(f"poll timeout must be a number >= 0 or None, got {timeout!r}")
    if terminal is not None:
        statuses = frozenset(terminal)
    else:
        name = kind or field_of(first, "object")
        if not isinstance(name, str):
            raise ConfigurationError("poll needs kind= or terminal= (object kind unknown)")
        statuses = terminal_statuses(name)
    deadline = None if timeout is None else clock() + timeout
    return _Plan(statuses, deadline, interval, clock)


Fetched = tuple[T, Mapping[str, str] | None]


def poll(
    fetch: Callable[[], Fetched[T]],
    *,
    first: Fetched[T] | None = None,
    kind: str | None = None,
    terminal: Iterable[str] | None = None,
    timeout: float | None = None,
    interval: float = DEFAULT_POLL_INTERVAL,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Fetch until the object's status is terminal; return the last object.

    ``fetch()`` returns ``(object, response headers)``; ``first`` is what a create call
    already returned (saves one request). ``kind`` defaults to the object's ``object``.
    """
    obj, headers = first if first is not None else fetch()
    plan = _plan(kind, terminal, timeout, interval, clock, obj)
    attempt = 1
    while (delay := plan.decide(obj, headers, attempt)) is not None:
        sleep(delay)
        obj, headers = fetch()
        attempt += 1
    return obj


async def apoll(
    fetch: Callable[[], Awaitable[Fetched[T]]],
    *,
    first: Fetched[T] | None = None,
    kind: str | None = None,
    terminal: Iterable[str] | None = None,
    timeout: float | None = None,
    interval: float = DEFAULT_POLL_INTERVAL,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """The async twin of ``poll``."""
    obj, headers = first if first is not None else await fetch()
    plan = _plan(kind, terminal, timeout, interval, clock, obj)
    attempt = 1
    while (delay := plan.decide(obj, headers, attempt)) is not None:
        await sleep(delay)
        obj, headers = await fetch()
        attempt += 1
    return obj
