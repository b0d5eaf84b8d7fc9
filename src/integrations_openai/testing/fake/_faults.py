"""Faults on demand: the next ``times`` requests to a route fail the way the test asks.

A route is ``"POST /v1/chat/completions"``, a path alone (any method), a template
(``"GET /v1/batches/{batch_id}"``) or ``"*"``; ``/v1`` is optional. A fault either replaces
the answer (a status, a reset, a malformed body: the operation does not run, so no state
changes) or damages the real answer on the wire (slow headers, a body or stream cut or
stalled after some chunks).
"""

from __future__ import annotations

import threading
from typing import Any

import attrs

from ._spec import compile_template
from ._wire import Reply, error_reply, malformed_json

__all__ = ["Fault", "FaultPlan"]

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "invalid_request_error",
    403: "invalid_request_error",
    404: "invalid_request_error",
    409: "invalid_request_error",
    429: "requests",
}
_MESSAGES = {
    401: "Incorrect API key provided.",
    429: "Rate limit reached for requests. Please try again later.",
    500: "The server had an error while processing your request. Sorry about that!",
    502: "Bad gateway.",
    503: "The engine is currently overloaded, please try again later.",
}
_CHUNK = 64


@attrs.frozen
class Fault:
    """One scripted failure (see ``FakeOpenAI.fail_next`` for the meaning of each field)."""

    status: int | None = None
    code: str | None = None
    message: str | None = None
    param: str | None = None
    retry_after: float | None = None
    headers: tuple[tuple[str, str], ...] = ()
    reset: bool = False
    malformed: bool = False
    delay: float = 0.0
    cut_after: int | None = None
    stall_after: int | None = None

    @property
    def replaces_answer(self) -> bool:
        """Whether the operation is skipped (the fault is the whole reply)."""
        return self.status is not None or self.reset or self.malformed

    def reply(self) -> Reply:
        """The reply standing in for the answer."""
        if self.reset:
            return Reply(reset=True, delay=self.delay)
        if self.malformed:
            return malformed_json(delay=self.delay, headers=self.headers)
        assert self.status is not None
        status = self.status
        headers = list(self.headers)
        if self.retry_after is not None:
            headers += [
                ("retry-after", str(max(0, round(self.retry_after)))),
                ("retry-after-ms", str(int(self.retry_after * 1000))),
            ]
        kind = _ERROR_TYPES.get(status, "server_error")
        message = self.message or _MESSAGES.get(status, f"Scripted error {status}.")
        if self.code == "insufficient_quota":
            kind = "insufficient_quota"
            message = self.message or (
                "You exceeded your current quota, please check your plan and billing details."
            )
        return error_reply(
            status,
            message,
            type=kind,
            code=self.code,
            param=self.param,
            headers=headers,
            delay=self.delay,
        )

    def damage(self, answer: Reply) -> Reply:
        """The real answer, slowed, cut or stalled on the wire."""
        chunks = answer.chunks
        if chunks is None and (self.cut_after is not None or self.stall_after is not None):
            body = answer.body
            chunks = tuple(body[i : i + _CHUNK] for i in range(0, len(body), _CHUNK)) or (b"",)
        return attrs.evolve(
            answer,
            delay=answer.delay + self.delay,
            chunks=chunks,
            cut_after=self.cut_after,
            stall_after=self.stall_after,
            headers=(*answer.headers, *self.headers),
        )


@attrs.define
class _Scripted:
    method: str | None
    pattern: Any
    fault: Fault
    remaining: int


def _parse_route(route: str) -> tuple[str | None, Any]:
    route = route.strip()
    if route == "*":
        return None, None
    method, _, path = route.partition(" ") if " " in route else ("", "", route)
    path = path.strip()
    if path.startswith("/v1/"):
        path = path[3:]
    if not path.startswith("/"):
        raise ValueError(f"a route is 'METHOD /v1/path', a path or '*', got {route!r}")
    return (method.upper() or None), compile_template(path)


class FaultPlan:
    """Scripted faults, consumed in the order they were added."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scripted: list[_Scripted] = []

    def add(self, route: str, fault: Fault, times: int) -> None:
        """Fail the next ``times`` requests matching ``route`` with ``fault``."""
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ValueError(f"times must be an integer >= 1, got {times!r}")
        method, pattern = _parse_route(route)
        with self._lock:
            self._scripted.append(_Scripted(method, pattern, fault, times))

    def take(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if one is scripted (and count it)."""
        with self._lock:
            for entry in self._scripted:
                if entry.method not in (None, method):
                    continue
                if entry.pattern is not None and entry.pattern.fullmatch(path) is None:
                    continue
                entry.remaining -= 1
                if entry.remaining == 0:
                    self._scripted.remove(entry)
                return entry.fault
        return None

    @property
    def pending(self) -> int:
        """Faults not yet used."""
        with self._lock:
            return sum(e.remaining for e in self._scripted)

    def clear(self) -> None:
        """Drop every scripted fault."""
        with self._lock:
            self._scripted.clear()
