"""Switches for testing code that uses this client (stamina's ``set_testing``, style note 15).

::

    from integrations_openai.testing import set_testing

    with set_testing(attempts=2):   # no backoff sleeps, 2 attempts per call, fresh breakers
        run_code_under_test()

``set_testing(True, attempts=1, cap=False)`` takes effect at once and returns a context
manager that restores the previous mode on exit, so it also works as a plain call (pair it
with ``set_testing(False)``). Test mode is read only where a delay is slept and where a
call's attempt budget is set; a process-wide switch is right here because it is for tests.
"""

from __future__ import annotations

import threading
import time
import weakref
from types import TracebackType
from typing import Protocol

import anyio
import attrs

__all__ = [
    "Resettable",
    "async_sleep",
    "is_testing",
    "register_resettable",
    "retries_for",
    "set_testing",
    "sleep",
]


class Resettable(Protocol):
    """State that test mode wipes (circuit breakers, limiter windows)."""

    def reset(self) -> None:
        """Forget all state (open circuits, rate-limit windows), as if freshly built."""


@attrs.frozen(slots=True)
class _Mode:
    active: bool = False
    attempts: int = 1
    cap: bool = False


_lock = threading.Lock()
_mode = _Mode()
_resettables: weakref.WeakSet[Resettable] = weakref.WeakSet()


def is_testing() -> bool:
    """Whether test mode is on."""
    return _mode.active


def retries_for(configured: int) -> int:
    """The retries a call may make: ``configured``, or in test mode ``attempts - 1``
    (at most ``configured`` when ``cap=True``)."""
    mode = _mode
    if not mode.active:
        return configured
    retries = mode.attempts - 1
    return min(retries, configured) if mode.cap else retries


def sleep(seconds: float) -> None:
    """``time.sleep``, skipped in test mode (the retry layer's backoff sleep)."""
    if not _mode.active:
        time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """The async twin of ``sleep``; still yields to the event loop in test mode."""
    await anyio.sleep(0 if _mode.active else seconds)


def register_resettable(obj: Resettable) -> None:
    """Let test mode reset ``obj`` on entry and exit (held weakly)."""
    with _lock:
        _resettables.add(obj)


def _reset_all() -> None:
    with _lock:
        targets = list(_resettables)
    for target in targets:
        target.reset()


class _Restore:
    """Returned by ``set_testing``: a context manager restoring the previous mode."""

    __slots__ = ("_previous",)

    def __init__(self, previous: _Mode) -> None:
        self._previous = previous

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        global _mode
        _mode = self._previous
        _reset_all()


def set_testing(testing: bool = True, *, attempts: int = 1, cap: bool = False) -> _Restore:
    """Turn test mode on (or off): no backoff sleeps, ``attempts`` per call, fresh breakers.

    ``attempts`` counts every try (1 = no retries); with ``cap=True`` it only lowers the
    configured number, never raises it.
    """
    global _mode
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        from ..errors import ConfigurationError

        raise ConfigurationError(f"attempts must be an integer >= 1, got {attempts!r}")
    previous = _mode
    _mode = _Mode(active=testing, attempts=attempts, cap=cap)
    _reset_all()
    return _Restore(previous)
