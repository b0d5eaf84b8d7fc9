"""In-process storage: today's behaviour, one lock per store, held only while deciding."""

from __future__ import annotations

import threading

from ._circuit import Circuit, Decision, Outcome, Transition
from ._window import Booking, Limits, Reservation, ServerBudget, Usage, Window

__all__ = ["MemoryStorage"]


class MemoryStorage:
    """Limiter windows and breaker circuits of this process (both storage protocols)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._windows: dict[str, Window] = {}
        self._circuits: dict[str, Circuit] = {}

    def __repr__(self) -> str:
        return "MemoryStorage()"

    def _window(self, key: str) -> Window:
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = Window()
        return window

    def _circuit(self, key: str) -> Circuit:
        circuit = self._circuits.get(key)
        if circuit is None:
            circuit = self._circuits[key] = Circuit()
        return circuit

    # -- rate limit ---------------------------------------------------------------------------
    def reserve(self, key: str, cost: int, limits: Limits, now: float) -> Reservation:
        """Book one request of ``cost`` tokens for ``key`` or say how long to wait."""
        with self._lock:
            return self._window(key).reserve(cost, limits, now, key)

    async def areserve(self, key: str, cost: int, limits: Limits, now: float) -> Reservation:
        """Same as ``reserve`` (never blocks beyond the short lock)."""
        return self.reserve(key, cost, limits, now)

    def learn(self, key: str, budget: ServerBudget, now: float) -> None:
        """Record what the server said about ``key``'s remaining budget."""
        with self._lock:
            self._window(key).learn(budget, now)

    async def alearn(self, key: str, budget: ServerBudget, now: float) -> None:
        """Same as ``learn``."""
        self.learn(key, budget, now)

    def settle(self, booking: Booking, actual: int, limits: Limits, now: float) -> None:
        """Replace ``booking``'s estimated tokens by the ``actual`` tokens the reply used."""
        with self._lock:
            window = self._windows.get(booking.key)
            if window is not None:
                window.settle(booking.handle, actual, limits, now)

    async def asettle(self, booking: Booking, actual: int, limits: Limits, now: float) -> None:
        """Same as ``settle``."""
        self.settle(booking, actual, limits, now)

    def usage(self, key: str, limits: Limits, now: float) -> Usage:
        """What ``key`` has used inside the window at ``now``."""
        with self._lock:
            return self._window(key).usage(limits, now)

    # -- breaker ------------------------------------------------------------------------------
    def acquire(self, key: str, now: float, reset_timeout: float) -> Decision:
        """May an attempt to ``key`` go now?"""
        with self._lock:
            return self._circuit(key).acquire(now, reset_timeout)

    async def aacquire(self, key: str, now: float, reset_timeout: float) -> Decision:
        """Same as ``acquire``."""
        return self.acquire(key, now, reset_timeout)

    def record(
        self, key: str, probe: bool, outcome: Outcome, now: float, fail_max: int
    ) -> Transition:
        """Account one attempt's outcome."""
        with self._lock:
            return self._circuit(key).record(probe, outcome, now, fail_max)

    async def arecord(
        self, key: str, probe: bool, outcome: Outcome, now: float, fail_max: int
    ) -> Transition:
        """Same as ``record``."""
        return self.record(key, probe, outcome, now, fail_max)

    def snapshot(self, key: str) -> tuple[str, int]:
        """``(state, consecutive failures)`` of ``key``."""
        with self._lock:
            circuit = self._circuit(key)
            return circuit.state, circuit.failures

    def reset_key(self, key: str) -> None:
        """Close ``key``'s circuit and forget its window."""
        with self._lock:
            self._windows.pop(key, None)
            self._circuits.pop(key, None)

    def reset(self) -> None:
        """Forget every window and close every circuit."""
        with self._lock:
            self._windows.clear()
            self._circuits.clear()
