"""Per-call options that ride on the ``httpx.Request`` (``request.extensions``).

The call plan (``_plan.plan_call``) builds one frozen ``RequestOptions`` per logical call and
``apply_plan`` puts it on the request, once; each transport layer reads what concerns it
(``options_of(request)``). No side channel, no globals (httpx H7).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import httpx

if TYPE_CHECKING:
    from .instrumentation._genai import CallFacts

__all__ = [
    "OPTIONS_KEY",
    "STATS_KEY",
    "CallStats",
    "RequestOptions",
    "apply_plan",
    "options_of",
    "stats_of",
]

OPTIONS_KEY = "integrations_openai.options"
STATS_KEY = "integrations_openai.stats"


@attrs.frozen(slots=True)
class RequestOptions:
    """What one logical call asks of the transport stack: its frozen call plan.

    ``max_retries`` and ``deadline`` override the client's policy for this call only
    (``max_retries`` already obeys test mode); ``deadline`` is an absolute
    ``time.monotonic()`` value covering every attempt and wait. ``idempotency_key`` is fixed
    before the first attempt and re-sent on each retry. ``estimated_tokens`` feeds the
    client-side token budget (``None``: not counted). ``stream`` marks a call whose body the
    caller reads: its read timeout is the stream idle timeout, and it is never retried once
    bytes have reached the caller. ``timeout`` is the per-phase limits httpx applies;
    ``stream_idle`` and ``first_event`` are the limits a stream counts between events.
    ``facts`` is what telemetry reports of a facade call (operation, model, parameters).
    """

    call_id: str
    max_retries: int | None = None
    deadline: float | None = None
    idempotency_key: str | None = None
    estimated_tokens: int | None = None
    stream: bool = False
    timeout: httpx.Timeout | None = None
    facts: CallFacts | None = None
    stream_idle: float | None = None
    first_event: float | None = None


def apply_plan(request: httpx.Request, plan: RequestOptions) -> None:
    """Put ``plan`` on ``request``: the one place a call's options and timeout are written."""
    request.extensions[OPTIONS_KEY] = plan
    if plan.timeout is not None:
        request.extensions["timeout"] = plan.timeout.as_dict()


def options_of(request: httpx.Request) -> RequestOptions | None:
    """The options the client attached to ``request``, or ``None`` for a foreign request."""
    value = request.extensions.get(OPTIONS_KEY)
    return value if isinstance(value, RequestOptions) else None


class CallStats:
    """Mutable per-call counters shared by every attempt (``request.extensions[STATS_KEY]``).

    The telemetry layer creates it once per logical call; the auth layer (below retry) counts
    each attempt actually put on the wire, so ``RequestEnd.attempts`` needs no retry internals.
    """

    __slots__ = ("attempts",)

    def __init__(self) -> None:
        self.attempts = 0

    def __repr__(self) -> str:
        return f"CallStats(attempts={self.attempts})"


def stats_of(request: httpx.Request) -> CallStats | None:
    """The per-call counters of ``request``, or ``None`` when no telemetry layer set them."""
    value = request.extensions.get(STATS_KEY)
    return value if isinstance(value, CallStats) else None
