"""One failure, one class, everywhere: on real sockets, the exception the caller catches is
the one events, spans and metrics report, and the retry layer acts on the same verdict.

Before the classifier, telemetry guessed the class from the status with an empty body, so a
429 ``insufficient_quota`` was raised as ``QuotaExceededError`` but counted as
``RateLimitError``, and ``x-should-retry: true`` made the quota error ``retryable``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from prometheus_client import CollectorRegistry

from integrations_openai import errors
from integrations_openai.config import RetryPolicy
from integrations_openai.instrumentation import Event, OperationEnd, RequestEnd, RetryScheduled
from integrations_openai.instrumentation._otel import OpenTelemetryListener
from integrations_openai.instrumentation._prometheus import PrometheusListener
from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, error_reply, truncated

pytestmark = pytest.mark.timeout(60)

FAST = RetryPolicy(initial_backoff=0.001, max_backoff=0.002)
QUOTA = {"type": "insufficient_quota", "code": "insufficient_quota"}


class Seen:
    """Every channel telemetry reports on: events, spans (OTel SDK) and Prometheus."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.registry = CollectorRegistry()
        self.listeners = [
            self,
            OpenTelemetryListener(tracer_provider=self.provider),
            PrometheusListener(self.registry),
        ]

    def on_event(self, event: Event) -> None:
        self.events.append(event)

    def request_errors(self) -> list[str | None]:
        return [e.error for e in self.events if isinstance(e, RequestEnd)]

    def span_errors(self) -> list[Any]:
        spans = self.exporter.get_finished_spans()
        return [s.attributes.get("error.type") for s in spans if s.kind is SpanKind.CLIENT]

    def counted(self, error_type: str, host: str) -> float:
        labels = {"method": "POST", "host": host, "status_class": "4xx", "error_type": error_type}
        return self.registry.get_sample_value("openai_requests_total", labels) or 0.0


@pytest.fixture
def seen() -> Iterator[Seen]:
    seen = Seen()
    yield seen
    seen.provider.shutdown()


def client_for(driver: Driver, server: FaultServer, seen: Seen, **kwargs: Any) -> Any:
    kwargs.setdefault("retry", FAST)
    return driver.client(base_url=server.url + "/v1", listeners=seen.listeners, **kwargs)


async def test_quota_is_quota_everywhere_and_never_retried(
    driver: Driver, fault_server: FaultServer, seen: Seen
) -> None:
    # The server even says "retry": retrying cannot add credit, so nothing does.
    fault_server.default = error_reply(
        429, "You exceeded your current quota", headers={"x-should-retry": "true"}, **QUOTA
    )
    client = client_for(driver, fault_server, seen)
    try:
        with pytest.raises(errors.QuotaExceededError) as info:
            await driver.request(client, "POST", "/chat/completions", json={})
    finally:
        await driver.close(client)
    assert info.value.retryable is False
    assert isinstance(info.value, errors.RateLimitError)  # as the SDK raises every 429
    assert fault_server.request_count == 1
    assert not [e for e in seen.events if isinstance(e, RetryScheduled)]
    assert seen.request_errors() == ["QuotaExceededError"]
    assert seen.span_errors() == ["QuotaExceededError"]
    host = fault_server.url.removeprefix("http://")
    assert seen.counted("QuotaExceededError", host) == 1
    assert seen.counted("RateLimitError", host) == 0


async def test_quota_through_the_facade_reports_the_operation_too(
    driver: Driver, fault_server: FaultServer, seen: Seen
) -> None:
    fault_server.default = error_reply(429, "out of credit", **QUOTA)
    client = client_for(driver, fault_server, seen)
    try:
        with pytest.raises(errors.QuotaExceededError):
            result = client.chat.completions.create(
                model="gpt-4o", messages=[{"role": "user", "content": "hi"}]
            )
            if driver.is_async:
                await result
    finally:
        await driver.close(client)
    assert fault_server.request_count == 1
    ends = [e.error for e in seen.events if isinstance(e, OperationEnd)]
    assert ends == ["QuotaExceededError"]
    assert seen.request_errors() == ["QuotaExceededError"]
    assert set(seen.span_errors()) == {"QuotaExceededError"}


async def test_a_rate_limit_is_retried_and_reported_as_one(
    driver: Driver, fault_server: FaultServer, seen: Seen
) -> None:
    fault_server.default = error_reply(429, "slow down", code="rate_limit_exceeded")
    client = client_for(driver, fault_server, seen, max_retries=2)
    try:
        with pytest.raises(errors.RateLimitError) as info:
            await driver.request(client, "POST", "/chat/completions", json={})
    finally:
        await driver.close(client)
    assert type(info.value) is errors.RateLimitError and info.value.retryable
    assert fault_server.request_count == 3
    assert seen.request_errors() == ["RateLimitError"]
    assert seen.counted("RateLimitError", fault_server.url.removeprefix("http://")) == 1


async def test_a_server_that_forbids_the_retry_is_believed_and_reported(
    driver: Driver, fault_server: FaultServer, seen: Seen
) -> None:
    fault_server.default = error_reply(503, headers={"x-should-retry": "false"})
    client = client_for(driver, fault_server, seen)
    try:
        with pytest.raises(errors.ServerError) as info:
            await driver.request(client, "POST", "/chat/completions", json={})
    finally:
        await driver.close(client)
    assert info.value.retryable is False and fault_server.request_count == 1
    assert seen.request_errors() == ["InternalServerError"]


async def test_a_cut_body_is_retried_then_reported_as_the_network_error_raised(
    driver: Driver, fault_server: FaultServer, seen: Seen
) -> None:
    fault_server.default = truncated(b'{"ok": tr', missing=90)
    client = client_for(driver, fault_server, seen, max_retries=1)
    try:
        with pytest.raises(errors.NetworkError) as info:
            await driver.request(client, "POST", "/chat/completions", json={})
    finally:
        await driver.close(client)
    assert info.value.retryable and fault_server.request_count == 2
    assert seen.request_errors() == [type(info.value).__name__]
