"""Instrumentation: events emitted by the transport stack and the listener protocol."""

from ._events import (
    BreakerStateChange,
    Event,
    Hooks,
    Listener,
    RateLimitWait,
    RequestEnd,
    RequestStart,
    RetryScheduled,
)

__all__ = [
    "BreakerStateChange",
    "Event",
    "Hooks",
    "Listener",
    "RateLimitWait",
    "RequestEnd",
    "RequestStart",
    "RetryScheduled",
]
