"""The time limits of one stream, as a pure decision on an injected clock.

Three limits, each its own ``TimeoutError.code``:

- ``deadline_exceeded``: the call's total deadline, now counted to the stream's last event
  (not only to its response headers);
- ``stream_first_event_timeout``: no event within ``first_event`` seconds of the headers;
- ``stream_idle_timeout``: no event within ``stream_idle`` seconds of the previous one.

Only a dispatched event is progress: SSE comments and keep-alive bytes reach the decoder
but never reset a limit, so a server that only says ``: keep-alive`` cannot hold a stream
open. The drivers ask ``remaining(now)`` before each read (the async driver waits no
longer than that) and ``check(now)`` after it; ``expired()`` names the limit when the
byte-level read timeout fires first.
"""

from __future__ import annotations

from ..errors import TimeoutError
from ..transport._deadline import DEADLINE_CODE

__all__ = ["FIRST_EVENT_CODE", "IDLE_CODE", "StreamTimer"]

FIRST_EVENT_CODE = "stream_first_event_timeout"
IDLE_CODE = "stream_idle_timeout"


class StreamTimer:
    """When a stream must have produced its next event; times are on one clock.

    ``deadline`` is absolute (the call's total deadline), ``idle`` and ``first_event`` are
    seconds; ``None`` turns a limit off. ``first_event`` falls back to ``idle``.
    """

    __slots__ = ("_deadline", "_first", "_idle", "_last", "events", "request_id")

    def __init__(
        self,
        now: float,
        *,
        deadline: float | None = None,
        idle: float | None = None,
        first_event: float | None = None,
        request_id: str | None = None,
    ) -> None:
        self._deadline = deadline
        self._idle = idle
        self._first = first_event if first_event is not None else idle
        self._last = now
        self.request_id = request_id
        self.events = 0

    def event(self, now: float, count: int = 1) -> None:
        """``count`` events were dispatched at ``now``: the idle limit counts from here."""
        self._last = now
        self.events += count

    def _next(self) -> tuple[float, str] | None:
        """The nearest limit: (absolute time, code), or ``None`` when all are off."""
        gap = self._idle if self.events else self._first
        limits = []
        if gap is not None:
            limits.append((self._last + gap, IDLE_CODE if self.events else FIRST_EVENT_CODE))
        if self._deadline is not None:
            limits.append((self._deadline, DEADLINE_CODE))
        return min(limits) if limits else None

    def remaining(self, now: float) -> float | None:
        """Seconds until the nearest limit (never negative), ``None`` when none is set."""
        nearest = self._next()
        return None if nearest is None else max(0.0, nearest[0] - now)

    def check(self, now: float) -> None:
        """Raise the ``TimeoutError`` of a limit that ``now`` has reached."""
        nearest = self._next()
        if nearest is not None and now >= nearest[0]:
            raise self._error(nearest[1])

    def expired(self) -> TimeoutError:
        """The error for a read that timed out below us: the nearest limit is the reason."""
        nearest = self._next()
        return self._error(IDLE_CODE if nearest is None else nearest[1])

    def _error(self, code: str) -> TimeoutError:
        if code == DEADLINE_CODE:
            message = "call deadline exceeded while streaming"
        elif code == FIRST_EVENT_CODE:
            message = f"stream produced no event within {self._first:g}s of its headers"
        elif self._idle is not None:
            message = f"stream idle: no event for {self._idle:g}s"
        else:
            message = "stream idle: no data received"
        return TimeoutError(detail=message, request_id=self.request_id, code=code)
