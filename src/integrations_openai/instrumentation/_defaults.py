"""Pick the metrics and tracing listeners whose extras are installed (stamina's S4 habit)."""

from __future__ import annotations

import importlib.util

from ._bodies import DebugBodies
from ._events import Listener

__all__ = ["default_listeners"]


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a broken or half-installed namespace package
        return False


def default_listeners() -> list[Listener]:
    """An ``OpenTelemetryListener`` if ``opentelemetry-api`` is installed, a
    ``PrometheusListener`` on the global registry if ``prometheus-client`` is, and a
    ``DebugBodies`` if ``OPENAI_LOG_BODIES`` sets a sampling rate; pass the result as
    ``OpenAIClient(listeners=...)``."""
    listeners: list[Listener] = []
    bodies = DebugBodies.from_env()
    if bodies is not None:
        listeners.append(bodies)
    if _installed("opentelemetry.trace"):
        from ._otel import OpenTelemetryListener

        listeners.append(OpenTelemetryListener())
    if _installed("prometheus_client"):
        from ._prometheus import PrometheusListener

        listeners.append(PrometheusListener())
    return listeners
