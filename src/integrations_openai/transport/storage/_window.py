"""The sliding-window decision of the rate limiter, pure: no lock, no clock, no I/O.

``Window`` is the state of one budget key: the send times (and token costs) inside the last
``Limits.window`` seconds plus what the server last said about its own budget. ``reserve``
prunes, decides and books in one step; the memory storage runs it under a lock and the Redis
storage runs the same rules as one Lua script (``_lua.RESERVE``), so both decide alike.
"""

from __future__ import annotations

from collections import deque
from typing import Literal

import attrs

__all__ = ["Booking", "Limits", "Reason", "Reservation", "ServerBudget", "Usage", "Window"]

Reason = Literal["requests", "tokens", "server"]

#: A positive wait is at least this long: float rounding must not turn "binding" into "go now".
TICK = 1e-6


@attrs.frozen(slots=True)
class Booking:
    """One booked request, as the storage that booked it finds it again (``settle``).

    ``handle`` is the storage's own reference (an in-memory entry, a Redis member);
    ``shared`` says whether a shared storage holds it.
    """

    key: str
    handle: object = attrs.field(eq=False)
    shared: bool = False


@attrs.frozen(slots=True)
class Reservation:
    """``wait == 0``: the request was booked and may go now; else wait and ask again.

    ``booking`` names the booked request, so its estimated tokens can be replaced by the
    tokens the reply reports (``settle``).
    """

    wait: float = 0.0
    reason: Reason | None = None
    booking: Booking | None = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen(slots=True)
class Usage:
    """What one key has used inside the window, and the server's last word on its budget."""

    requests: int = 0
    tokens: int = 0
    server_requests: int | None = None
    server_tokens: int | None = None


GO = Reservation()


@attrs.frozen(slots=True)
class Limits:
    """The budgets one key is held to (``None``: unlimited) over ``window`` seconds."""

    requests: int | None
    tokens: int | None
    window: float


@attrs.frozen(slots=True)
class ServerBudget:
    """What a response's ``x-ratelimit-*`` headers said: remaining budget, seconds to reset."""

    remaining_requests: int | None = None
    reset_requests: float | None = None
    remaining_tokens: int | None = None
    reset_tokens: float | None = None


class Window:
    """One key's booked requests and the server's last word on its budget."""

    __slots__ = (
        "latest",
        "sent",
        "server_requests",
        "server_requests_reset",
        "server_tokens",
        "server_tokens_reset",
        "spent",
        "tokens",
    )

    def __init__(self) -> None:
        self.sent: deque[float] = deque()  # send times inside the window
        # [send time, tokens] per request inside the window (a list: ``settle`` corrects it).
        self.spent: deque[list[float]] = deque()
        self.tokens = 0  # sum of spent
        self.latest = float("-inf")  # the latest time this window decided at
        self.server_requests: int | None = None
        self.server_requests_reset = 0.0
        self.server_tokens: int | None = None
        self.server_tokens_reset = 0.0

    def reserve(self, cost: int, limits: Limits, now: float, key: str = "") -> Reservation:
        """Book one request costing ``cost`` tokens at ``now``, or say how long to wait.

        Time never runs backwards here: a caller whose ``now`` was read before another
        caller's booking (threads race between reading the clock and taking the lock) is
        decided, and booked, at the later time, so no window can hold more than its budget;
        a wait it is told is still counted from its own ``now``.
        """
        asked, now = now, max(now, self.latest)
        self.latest = now
        self._prune(limits.window, now)
        waits = self._waits(cost, limits, now)
        if waits:
            worst = max(waits, key=lambda r: r.wait)
            # The wait is counted from the caller's own ``now``.
            return Reservation(max(worst.wait + now - asked, TICK), worst.reason)
        self.sent.append(now)
        entry = [now, cost]
        self.spent.append(entry)
        self.tokens += cost
        if self.server_requests is not None:
            self.server_requests -= 1
        if self.server_tokens is not None:
            self.server_tokens -= cost
        return Reservation(booking=Booking(key, entry))

    def settle(self, handle: object, actual: int, limits: Limits, now: float) -> None:
        """Replace a booked request's tokens by ``actual`` (a no-op once it left the window)."""
        self._prune(limits.window, now)
        for entry in self.spent:
            if entry is handle:
                self.tokens += actual - int(entry[1])
                entry[1] = actual
                return

    def usage(self, limits: Limits, now: float) -> Usage:
        """Requests and tokens booked inside the window at ``now``."""
        self._prune(limits.window, now)
        return Usage(len(self.sent), self.tokens, self.server_requests, self.server_tokens)

    def learn(self, budget: ServerBudget, now: float) -> None:
        """Take the server's remaining budget (and its reset time) as the latest truth."""
        if budget.remaining_requests is not None and budget.reset_requests is not None:
            self.server_requests = budget.remaining_requests
            self.server_requests_reset = now + budget.reset_requests
        if budget.remaining_tokens is not None and budget.reset_tokens is not None:
            self.server_tokens = budget.remaining_tokens
            self.server_tokens_reset = now + budget.reset_tokens

    def _waits(self, cost: int, limits: Limits, now: float) -> list[Reservation]:
        waits = []
        rpm, tpm, window = limits.requests, limits.tokens, limits.window
        if rpm is not None and len(self.sent) >= rpm:
            waits.append(Reservation(self.sent[-rpm] + window - now, "requests"))
        if tpm is not None and self.tokens + cost > tpm:
            excess = self.tokens + cost - tpm
            for sent_at, spent in self.spent:  # oldest first: when enough has aged out
                excess -= int(spent)
                if excess <= 0:
                    waits.append(Reservation(sent_at + window - now, "tokens"))
                    break
        if self.server_requests is not None and self.server_requests <= 0:
            waits.append(Reservation(self.server_requests_reset - now, "server"))
        if self.server_tokens is not None and (
            cost > self.server_tokens or self.server_tokens <= 0
        ):
            waits.append(Reservation(self.server_tokens_reset - now, "server"))
        return waits

    def _prune(self, window: float, now: float) -> None:
        horizon = now - window
        while self.sent and self.sent[0] <= horizon:
            self.sent.popleft()
        while self.spent and self.spent[0][0] <= horizon:
            self.tokens -= int(self.spent.popleft()[1])
        if self.server_requests is not None and now >= self.server_requests_reset:
            self.server_requests = None
        if self.server_tokens is not None and now >= self.server_tokens_reset:
            self.server_tokens = None
