"""The circuit breaker's state machine, pure: no lock, no clock, no I/O.

``Circuit`` is one host's state. ``acquire`` decides whether an attempt may go (and whether
it is the single half-open probe); ``record`` accounts its outcome. The memory storage runs
these under a lock; the Redis storage runs the same rules as Lua scripts (``_lua``), with
the probe slot as a ``SET NX PX`` lock so exactly one process probes.

- closed: every attempt goes; ``fail_max`` consecutive failures open the circuit.
- open: attempts fail fast until ``reset_timeout`` has passed since it opened.
- half-open: one probe goes; its success closes the circuit, its failure re-opens it.
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = ["Circuit", "Decision", "Outcome", "State", "Transition"]

State = Literal["closed", "open", "half-open"]
Outcome = Literal["success", "failure", "neutral"]
#: ``(old, new)`` when a call moved the circuit, else ``None``.
Transition = tuple[State, State] | None


@attrs.frozen(slots=True)
class Decision:
    """``verdict``: ``go`` (closed), ``probe`` (the half-open trial), ``open`` or ``probing``
    (refused: ``retry_at`` is when to come back). ``transition`` is open -> half-open, if made.
    """

    verdict: Literal["go", "probe", "open", "probing"]
    retry_at: float = 0.0
    transition: Transition = None


class Circuit:
    """One host's breaker state (what the memory storage keeps per key)."""

    __slots__ = ("failures", "opened_at", "probe_in_flight", "state")

    def __init__(self) -> None:
        self.state: State = "closed"
        self.failures = 0
        self.opened_at = 0.0
        self.probe_in_flight = False

    def acquire(self, now: float, reset_timeout: float) -> Decision:
        """May an attempt go now? Takes the probe slot when it is the half-open trial."""
        transition: Transition = None
        if self.state == "closed":
            return Decision("go")
        if self.state == "open":
            retry_at = self.opened_at + reset_timeout
            if now < retry_at:
                return Decision("open", retry_at)
            self.state, transition = "half-open", ("open", "half-open")
        if self.probe_in_flight:
            # The probe decides within one attempt; until then the circuit is not closed.
            return Decision("probing", now + reset_timeout, transition)
        self.probe_in_flight = True
        return Decision("probe", 0.0, transition)

    def record(self, probe: bool, outcome: Outcome, now: float, fail_max: int) -> Transition:
        """Account one attempt's outcome; the transition it caused, if any."""
        if probe:
            self.probe_in_flight = False
        if outcome == "neutral":
            return None
        old = self.state
        if outcome == "success":
            self.failures = 0
            if old == "half-open" and probe:
                self.state = "closed"
                return (old, "closed")
            return None
        if old == "half-open":
            return self._open(now) if probe else None
        if old == "closed":
            # Attempts that started before the circuit opened are ignored once it is open.
            self.failures += 1
            if self.failures >= fail_max:
                return self._open(now)
        return None

    def _open(self, now: float) -> Transition:
        old, self.state, self.opened_at = self.state, "open", now
        return (old, "open")
