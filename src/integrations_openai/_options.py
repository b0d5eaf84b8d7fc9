"""Per-call options that ride on the ``httpx.Request`` (``request.extensions``).

The client puts one ``RequestOptions`` on every request it builds; each transport layer
reads what concerns it (``options_of(request)``). No side channel, no globals (httpx H7).
"""

from __future__ import annotations

import attrs
import httpx

__all__ = ["OPTIONS_KEY", "STATS_KEY", "CallStats", "RequestOptions", "options_of", "stats_of"]

OPTIONS_KEY = "integrations_openai.options"
STATS_KEY = "integrations_openai.stats"


@attrs.frozen(slots=True)
class RequestOptions:
    """What one logical call asks of the transport stack.

    ``max_retries`` and ``deadline`` override the client's policy for this call only;
    ``deadline`` is an absolute ``time.monotonic()`` value covering every attempt and wait.
    ``idempotency_key`` is fixed before the first attempt and re-sent on each retry.
    ``estimated_tokens`` feeds the client-side token budget (``None``: not counted).
    ``stream`` marks a streamed call: its read timeout is the stream idle timeout, and it is
    never retried once bytes have reached the caller.
    """

    call_id: str
    max_retries: int | None = None
    deadline: float | None = None
    idempotency_key: str | None = None
    estimated_tokens: int | None = None
    stream: bool = False


def options_of(request: httpx.Request) -> RequestOptions | None:
    """The options the client attached to ``request``, or ``None`` for a foreign request."""
    value = request.extensions.get(OPTIONS_KEY)
    return value if isinstance(value, RequestOptions) else None


class CallStats:
    """Mutable per-call counters shared by every attempt (``request.extensions[STATS_KEY]``).

    The telemetry layer creates it once per logical call; the innermost layer counts each
    attempt actually put on the wire, so ``RequestEnd.attempts`` needs no retry internals.
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
