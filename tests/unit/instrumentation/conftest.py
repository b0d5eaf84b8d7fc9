"""Fixtures for the tracing and metrics listener tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from prometheus_client import CollectorRegistry

from integrations_openai.instrumentation._otel import OpenTelemetryListener
from integrations_openai.instrumentation._prometheus import PrometheusListener


class Tracing:
    """An SDK tracer provider exporting finished spans to memory, and a listener on it."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.listener = OpenTelemetryListener(tracer_provider=self.provider)

    def spans(self) -> list:  # type: ignore[type-arg]
        return list(self.exporter.get_finished_spans())

    def call_spans(self) -> list:  # type: ignore[type-arg]
        """Finished spans of logical calls (CLIENT spans), in end order."""
        from opentelemetry.trace import SpanKind

        return [s for s in self.spans() if s.kind is SpanKind.CLIENT]


@pytest.fixture
def tracing() -> Iterator[Tracing]:
    tracing = Tracing()
    yield tracing
    tracing.provider.shutdown()


@pytest.fixture
def registry() -> CollectorRegistry:
    """A fresh Prometheus registry per test (the global one is never touched)."""
    return CollectorRegistry()


@pytest.fixture
def metrics(registry: CollectorRegistry) -> PrometheusListener:
    return PrometheusListener(registry)
