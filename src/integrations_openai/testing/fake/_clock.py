"""The fake's clock: time moves only when the test says so (``advance``), never by itself."""

from __future__ import annotations

import threading

__all__ = ["FakeClock"]

#: 2026-01-01T00:00:00Z: a fixed start keeps every answer reproducible.
DEFAULT_START = 1_767_225_600.0


class FakeClock:
    """A manual clock: ``now()`` in epoch seconds, moved forward by ``advance(seconds)``."""

    __slots__ = ("_lock", "_now")

    def __init__(self, start: float = DEFAULT_START) -> None:
        self._now = float(start)
        self._lock = threading.Lock()

    def now(self) -> float:
        """The current fake time (epoch seconds)."""
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move time forward by ``seconds`` (>= 0) and return the new time."""
        if seconds < 0:
            raise ValueError("the fake clock only moves forward")
        with self._lock:
            self._now += seconds
            return self._now

    def __repr__(self) -> str:
        return f"FakeClock(now={self.now()!r})"
