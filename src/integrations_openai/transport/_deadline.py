"""The per-call total deadline, shared by the retry and rate-limit layers.

``RequestOptions.deadline`` is an absolute ``time.monotonic()`` value. A layer that would
have to wait or send past it raises ``TimeoutError`` with ``code="deadline_exceeded"``; the
breaker does not count that as an upstream failure (the host did nothing wrong).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import TimeoutError
from ..errors._failure import DEADLINE_CODE, is_deadline_error

__all__ = ["DEADLINE_CODE", "cap_timeouts", "deadline_error", "is_deadline_error", "remaining"]

_TIMEOUT_KEYS = ("connect", "read", "write", "pool")


def remaining(deadline: float | None, now: float) -> float | None:
    """Seconds left before ``deadline`` (may be <= 0), or ``None`` without a deadline."""
    return None if deadline is None else deadline - now


def deadline_error(detail: str) -> TimeoutError:
    """The error raised when a call's total deadline leaves no room for the next step."""
    return TimeoutError(detail=f"call deadline exceeded: {detail}", code=DEADLINE_CODE)


def cap_timeouts(extensions: Mapping[str, Any], left: float) -> dict[str, Any]:
    """A copy of ``request.extensions`` whose httpx timeouts are at most ``left`` seconds.

    So one attempt cannot outlive the deadline even when the server stalls.
    """
    current = extensions.get("timeout")
    current = current if isinstance(current, Mapping) else {}
    capped = {}
    for key in _TIMEOUT_KEYS:
        value = current.get(key)
        capped[key] = left if value is None else min(float(value), left)
    return {**extensions, "timeout": capped}
