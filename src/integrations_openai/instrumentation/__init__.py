"""Instrumentation: events emitted by the transport stack, the listener protocol, and the
tracing/metrics listeners (their extras are imported only when a listener is built)."""

from ._defaults import default_listeners
from ._events import (
    BreakerStateChange,
    Event,
    Hooks,
    Listener,
    RateLimitWait,
    RequestEnd,
    RequestStart,
    RetryScheduled,
    StorageUnavailable,
)
from ._otel import OpenTelemetryListener
from ._prometheus import PrometheusListener

__all__ = [
    "BreakerStateChange",
    "Event",
    "Hooks",
    "Listener",
    "OpenTelemetryListener",
    "PrometheusListener",
    "RateLimitWait",
    "RequestEnd",
    "RequestStart",
    "RetryScheduled",
    "StorageUnavailable",
    "default_listeners",
]
