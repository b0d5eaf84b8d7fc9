"""Instrumentation: events emitted by the transport stack, the listener protocol, and the
tracing/metrics listeners (their extras are imported only when a listener is built)."""

from ._bodies import DebugBodies
from ._defaults import default_listeners
from ._events import (
    BreakerStateChange,
    Event,
    Hooks,
    Listener,
    OperationEnd,
    RateLimitWait,
    RequestEnd,
    RequestStart,
    RetryScheduled,
    StorageUnavailable,
    event_fields,
)
from ._genai import CallFacts, CallResult
from ._otel import OpenTelemetryListener
from ._prometheus import PrometheusListener

__all__ = [
    "BreakerStateChange",
    "CallFacts",
    "CallResult",
    "DebugBodies",
    "Event",
    "Hooks",
    "Listener",
    "OpenTelemetryListener",
    "OperationEnd",
    "PrometheusListener",
    "RateLimitWait",
    "RequestEnd",
    "RequestStart",
    "RetryScheduled",
    "StorageUnavailable",
    "default_listeners",
    "event_fields",
]
