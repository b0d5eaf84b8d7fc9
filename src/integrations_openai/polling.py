"""Poll a long-running object until it reaches a terminal status, within a deadline.

The decision is pure: ``next_poll(state, headers, deadline)`` says "done", "sleep this
long" (the server's ``openai-poll-after-ms`` when given, else the interval, never past the
deadline) or raises our ``TimeoutError`` once the deadline has passed. ``poll`` and
``apoll`` are the thin drivers; the fetch, the clock and the sleep are injected (per call,
or for a block of code with ``use_timer``). Terminal statuses per resource kind come from
the pinned spec's status enums.

Every poll has a deadline: a status that never moves (a stuck job, a server bug, a mock)
ends in ``TimeoutError`` naming the last status, never in an endless loop. Without
``timeout=`` the kind's ``DEFAULT_POLL_TIMEOUTS`` entry applies; pass ``math.inf`` to wait
without a limit on purpose.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from typing import Any, Final, TypeVar

import anyio
import attrs

from ._headers import non_negative_number
from .errors import ConfigurationError, TimeoutError
from .pagination import field_of

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_POLL_TIMEOUT",
    "DEFAULT_POLL_TIMEOUTS",
    "POLL_AFTER_HEADER",
    "TERMINAL_STATUSES",
    "PollState",
    "PollTimeoutError",
    "PollTimer",
    "apoll",
    "default_timeout",
    "next_poll",
    "poll",
    "poll_after_seconds",
    "status_of",
    "terminal_statuses",
    "use_timer",
]

T = TypeVar("T")

POLL_AFTER_HEADER = "openai-poll-after-ms"
DEFAULT_POLL_INTERVAL = 1.0

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
    "video": frozenset({"completed", "failed"}),
    # ``files.wait_for_processing``: the official SDK stops at these three.
    "file": frozenset({"processed", "error", "deleted"}),
}
#: The overall deadline of a poll without ``timeout=``, in seconds, per kind: a little more
#: than the longest the server lets the object stay open, so a healthy object always ends
#: first and a stuck one ends in ``TimeoutError``. A run expires after 10 minutes; an upload
#: after an hour; a batch at its 24 h completion window (plus finalizing); a fine-tuning job
#: has no server limit, so a day; vector store files, background responses and videos
#: finish in minutes, so an hour is generous; a file gets the SDK's half hour.
DEFAULT_POLL_TIMEOUTS: Final[Mapping[str, float]] = {
    "thread.run": 15 * 60.0,
    "batch": 26 * 3600.0,
    "fine_tuning.job": 24 * 3600.0,
    "vector_store.file": 3600.0,
    "vector_store.files_batch": 3600.0,
    "response": 3600.0,
    "upload": 3600.0 + 300.0,
    "video": 3600.0,
    "file": 30 * 60.0,
}
#: For statuses given as ``terminal=`` without a known kind.
DEFAULT_POLL_TIMEOUT: Final = 3600.0
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


def default_timeout(kind: str | None) -> float:
    """The deadline (seconds) a poll of ``kind`` gets when the caller sets none."""
    key = _ALIASES.get(kind or "", kind or "")
    return DEFAULT_POLL_TIMEOUTS.get(key, DEFAULT_POLL_TIMEOUT)


@attrs.frozen(slots=True)
class PollTimer:
    """Where a poll reads the time and how it waits; swap it in tests (``use_timer``)."""

    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], object] = time.sleep
    async_sleep: Callable[[float], Awaitable[object]] = anyio.sleep


_REAL_TIME: Final = PollTimer()
# ``None``: the real clock. A context variable, so ``use_timer`` never leaks across threads.
_TIMER: contextvars.ContextVar[PollTimer | None] = contextvars.ContextVar(
    "integrations_openai_poll_timer", default=None
)


def _current_timer() -> PollTimer:
    return _TIMER.get() or _REAL_TIME


@contextlib.contextmanager
def use_timer(timer: PollTimer) -> Iterator[PollTimer]:
    """Polls started inside the block (``client.batches.poll``...) use ``timer``.

    A context variable, not a global: other threads and tasks keep the real clock.
    """
    if not isinstance(timer, PollTimer):
        raise ConfigurationError(f"use_timer needs a PollTimer, not {type(timer).__name__}")
    token = _TIMER.set(timer)
    try:
        yield timer
    finally:
        _TIMER.reset(token)


def status_of(obj: Any) -> str | None:
    """The ``status`` of a dict or typed model (enum members give their value)."""
    value = field_of(obj, "status")
    value = getattr(value, "value", value)
    return value if isinstance(value, str) else None


def poll_after_seconds(headers: Mapping[str, str] | None) -> float | None:
    """The server's suggested delay from ``openai-poll-after-ms``, or ``None``."""
    if not headers:
        return None
    raw = headers.get(POLL_AFTER_HEADER)
    ms = None if raw is None else non_negative_number(raw)
    return None if ms is None else ms / 1000.0


class PollTimeoutError(TimeoutError, RuntimeError):
    """A poll's deadline passed: our ``TimeoutError``, and a ``RuntimeError`` as the official
    SDK's ``files.wait_for_processing`` raises, so either ``except`` catches it."""


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
        raise PollTimeoutError(
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
    deadline: float
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
    name = kind or field_of(first, "object")
    if terminal is not None:
        statuses = frozenset(terminal)
    else:
        if not isinstance(name, str):
            raise ConfigurationError("poll needs kind= or terminal= (object kind unknown)")
        statuses = terminal_statuses(name)
    if timeout is None:
        timeout = default_timeout(name if isinstance(name, str) else None)
    return _Plan(statuses, clock() + timeout, interval, clock)


Fetched = tuple[T, Mapping[str, str] | None]


def poll(
    fetch: Callable[[], Fetched[T]],
    *,
    first: Fetched[T] | None = None,
    kind: str | None = None,
    terminal: Iterable[str] | None = None,
    timeout: float | None = None,
    interval: float = DEFAULT_POLL_INTERVAL,
    sleep: Callable[[float], object] | None = None,
    clock: Callable[[], float] | None = None,
) -> T:
    """Fetch until the object's status is terminal; return the last object.

    ``fetch()`` returns ``(object, response headers)``; ``first`` is what a create call
    already returned (saves one request). ``kind`` defaults to the object's ``object``.
    ``timeout`` is the overall deadline in seconds (``None``: the kind's default);
    ``sleep`` and ``clock`` default to the current ``PollTimer``.
    """
    timer = _current_timer()
    sleep = sleep or timer.sleep
    clock = clock or timer.clock
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
    sleep: Callable[[float], Awaitable[object]] | None = None,
    clock: Callable[[], float] | None = None,
) -> T:
    """The async twin of ``poll``."""
    timer = _current_timer()
    sleep = sleep or timer.async_sleep
    clock = clock or timer.clock
    obj, headers = first if first is not None else await fetch()
    plan = _plan(kind, terminal, timeout, interval, clock, obj)
    attempt = 1
    while (delay := plan.decide(obj, headers, attempt)) is not None:
        await sleep(delay)
        obj, headers = await fetch()
        attempt += 1
    return obj
