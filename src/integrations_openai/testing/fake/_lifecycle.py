"""Statuses that move on the test's schedule: by fake time (``advance``) or one per poll.

A ``Lifecycle`` is a list of stages, each lasting some seconds of fake time. Reading the
object (``tick``) moves it to the stage that is due, and with ``step_per_poll`` at least one
stage further on each retrieve; entering a stage calls back so the owner fills in what the
real API fills in then (timestamps, output files, events). The last stage stays forever;
``replace`` starts a new schedule (a cancel, submitted tool outputs).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["Lifecycle"]

#: Called with (stage, fake time the stage began) for every stage entered, in order.
OnEnter = Callable[[str, float], None]


class Lifecycle:
    """One object's schedule."""

    __slots__ = ("_durations", "_index", "_on_enter", "_stages", "_started")

    def __init__(
        self,
        stages: Sequence[str],
        durations: Sequence[float],
        started: float,
        on_enter: OnEnter,
    ) -> None:
        if len(durations) != len(stages) - 1:
            raise ValueError("one duration per stage but the last")
        self._on_enter = on_enter
        self._stages: tuple[str, ...] = ()
        self._durations: tuple[float, ...] = ()
        self._started = 0.0
        self._index = 0
        self.replace(stages, durations, started)

    @property
    def stage(self) -> str:
        """The current stage."""
        return self._stages[self._index]

    @property
    def done(self) -> bool:
        """Whether the last stage was reached."""
        return self._index == len(self._stages) - 1

    def replace(self, stages: Sequence[str], durations: Sequence[float], started: float) -> None:
        """Start a new schedule at its first stage (entered now)."""
        self._stages, self._durations = tuple(stages), tuple(durations)
        self._started, self._index = started, 0
        self._on_enter(self._stages[0], started)

    def tick(self, now: float, *, poll: bool) -> str:
        """Enter every stage due at ``now`` (one more when ``poll``); the stage reached."""
        target, elapsed = 0, now - self._started
        for duration in self._durations:
            if elapsed < duration:
                break
            elapsed -= duration
            target += 1
        if poll:
            target = max(target, self._index + 1)
        target = min(target, len(self._stages) - 1)
        while self._index < target:
            self._index += 1
            due = self._started + sum(self._durations[: self._index])
            self._on_enter(self._stages[self._index], min(due, now))
        return self.stage
