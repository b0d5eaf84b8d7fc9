"""What the limiter and the breaker need from a storage, and how a storage fails.

A storage does the *atomic step* (prune-decide-book for the limiter, acquire/record for the
breaker) for one key; the decision rules live in ``_window`` and ``_circuit``. Every method
has an async twin so the async transport never blocks its event loop on a network store.
A storage that cannot reach its backend raises ``StorageUnavailableError`` (and nothing
else); the caller then falls back or fails as its policy's ``on_storage_error`` says.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ...errors import OpenAIError
from ._circuit import Decision, Outcome, Transition
from ._window import Booking, Limits, Reservation, ServerBudget, Usage

__all__ = ["BreakerStorage", "RateLimitStorage", "StorageUnavailableError"]


class StorageUnavailableError(OpenAIError):
    """The shared store (e.g. Redis) did not answer in time; nothing was sent.

    Raised when a policy says ``on_storage_error="fail"``; the default ``"local"`` falls back
    to this process's own limiter/breaker instead.
    """


@runtime_checkable
class RateLimitStorage(Protocol):
    """Sliding-window budgets per key, booked atomically."""

    def reserve(self, key: str, cost: int, limits: Limits, now: float) -> Reservation:
        """Book one request of ``cost`` tokens for ``key`` or say how long to wait."""
        ...

    async def areserve(self, key: str, cost: int, limits: Limits, now: float) -> Reservation:
        """The async twin of ``reserve``."""
        ...

    def learn(self, key: str, budget: ServerBudget, now: float) -> None:
        """Record what the server said about ``key``'s remaining budget."""
        ...

    async def alearn(self, key: str, budget: ServerBudget, now: float) -> None:
        """The async twin of ``learn``."""
        ...

    def settle(self, booking: Booking, actual: int, limits: Limits, now: float) -> None:
        """Replace ``booking``'s estimated tokens by the ``actual`` tokens used."""
        ...

    async def asettle(self, booking: Booking, actual: int, limits: Limits, now: float) -> None:
        """The async twin of ``settle``."""
        ...

    def usage(self, key: str, limits: Limits, now: float) -> Usage:
        """What ``key`` has used inside the window (health reports)."""
        ...

    def reset(self) -> None:
        """Forget every booking (test mode)."""
        ...


@runtime_checkable
class BreakerStorage(Protocol):
    """Circuit state per key, moved atomically (one half-open probe across all users)."""

    def acquire(self, key: str, now: float, reset_timeout: float) -> Decision:
        """May an attempt to ``key`` go now (see ``Circuit.acquire``)?"""
        ...

    async def aacquire(self, key: str, now: float, reset_timeout: float) -> Decision:
        """The async twin of ``acquire``."""
        ...

    def record(
        self, key: str, probe: bool, outcome: Outcome, now: float, fail_max: int
    ) -> Transition:
        """Account one attempt's outcome (see ``Circuit.record``)."""
        ...

    async def arecord(
        self, key: str, probe: bool, outcome: Outcome, now: float, fail_max: int
    ) -> Transition:
        """The async twin of ``record``."""
        ...

    def snapshot(self, key: str) -> tuple[str, int]:
        """``(state, consecutive failures)`` of ``key``, for display and tests."""
        ...

    def reset(self) -> None:
        """Close every circuit (test mode)."""
        ...
