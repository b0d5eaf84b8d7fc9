"""PrometheusListener fed events directly: names, labels, values, registry handling."""

from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry

from integrations_openai.errors import ConfigurationError
from integrations_openai.instrumentation import (
    BreakerStateChange,
    RateLimitWait,
    RequestEnd,
    RequestStart,
    RetryScheduled,
)
from integrations_openai.instrumentation._prometheus import PrometheusListener, status_class

URL = "https://api.openai.com/v1/files/file-abc123"
HOST = "api.openai.com"


def end(**fields: object) -> RequestEnd:
    values: dict[str, object] = {"attempts": 1, "elapsed": 0.3, "status_code": 200}
    values.update(fields)
    return RequestEnd(method="GET", url=URL, call_id="c", **values)  # type: ignore[arg-type]


def value(registry: CollectorRegistry, name: str, **labels: str) -> float | None:
    return registry.get_sample_value(name, labels)


def test_requests_are_counted_by_outcome(registry, metrics) -> None:  # type: ignore[no-untyped-def]
    metrics.on_event(RequestStart(method="GET", url=URL, call_id="c"))
    metrics.on_event(end())
    metrics.on_event(end())
    metrics.on_event(end(status_code=404, error="NotFoundError"))
    metrics.on_event(end(status_code=None, error="NetworkError", elapsed=2.0))

    def requests(status: str, error: str) -> float | None:
        return value(
            registry,
            "openai_requests_total",
            method="GET",
            host=HOST,
            status_class=status,
            error_type=error,
        )

    assert requests("2xx", "none") == 2
    assert requests("4xx", "NotFoundError") == 1
    assert requests("none", "NetworkError") == 1
    count = value(registry, "openai_request_duration_seconds_count", method="GET", host=HOST)
    total = value(registry, "openai_request_duration_seconds_sum", method="GET", host=HOST)
    assert count == 4
    assert total == pytest.approx(2.9)
    bucket = value(
        registry, "openai_request_duration_seconds_bucket", method="GET", host=HOST, le="0.5"
    )
    assert bucket == 3


def test_retries_breaker_and_limiter(registry, metrics) -> None:  # type: ignore[no-untyped-def]
    metrics.on_event(
        RetryScheduled(
            method="POST", url=URL, call_id="c", attempt=1, wait=0.1, reason="status=429"
        )
    )
    metrics.on_event(BreakerStateChange(host=HOST, old="closed", new="open"))
    assert value(registry, "openai_circuit_breaker_state", host=HOST) == 2
    metrics.on_event(BreakerStateChange(host=HOST, old="open", new="half-open"))
    assert value(registry, "openai_circuit_breaker_state", host=HOST) == 1
    metrics.on_event(BreakerStateChange(host=HOST, old="half-open", new="closed"))
    metrics.on_event(RateLimitWait(host=HOST, wait=0.2, reason="requests"))
    metrics.on_event(RateLimitWait(host=HOST, wait=3.0, reason="requests"))

    assert value(registry, "openai_retries_total", host=HOST, reason="status=429") == 1
    assert value(registry, "openai_circuit_breaker_state", host=HOST) == 0
    transitions = "openai_circuit_breaker_transitions_total"
    assert value(registry, transitions, host=HOST, from_state="closed", to_state="open") == 1
    assert value(registry, transitions, host=HOST, from_state="half-open", to_state="closed") == 1
    assert value(registry, "openai_rate_limit_waits_total", host=HOST, reason="requests") == 2
    waited = value(registry, "openai_rate_limit_wait_seconds_sum", host=HOST, reason="requests")
    assert waited == pytest.approx(3.2)


def test_no_label_carries_a_path(registry, metrics) -> None:  # type: ignore[no-untyped-def]
    metrics.on_event(end())
    for family in registry.collect():
        for sample in family.samples:
            assert all("/" not in v and "file-abc123" not in v for v in sample.labels.values())


def test_listeners_on_one_registry_share_metrics(registry) -> None:  # type: ignore[no-untyped-def]
    first, second = PrometheusListener(registry), PrometheusListener(registry)
    first.on_event(end())
    second.on_event(end())
    labels = {"method": "GET", "host": HOST, "status_class": "2xx", "error_type": "none"}
    assert registry.get_sample_value("openai_requests_total", labels) == 2
    other = PrometheusListener(registry, namespace="llm")
    other.on_event(end())
    assert registry.get_sample_value("llm_requests_total", labels) == 1
    assert repr(other) == "PrometheusListener(namespace='llm')"


def test_default_registry_is_the_global_one() -> None:
    import prometheus_client

    listener = PrometheusListener(namespace="integrations_openai_selftest")
    assert listener.registry is prometheus_client.REGISTRY
    listener.on_event(end())  # no error, and a second listener reuses the metrics
    PrometheusListener(namespace="integrations_openai_selftest").on_event(end())
    labels = {"method": "GET", "host": HOST, "status_class": "2xx", "error_type": "none"}
    total = prometheus_client.REGISTRY.get_sample_value(
        "integrations_openai_selftest_requests_total", labels
    )
    assert total is not None and total >= 2


@pytest.mark.parametrize("namespace", ["", "has space", "a-b", 3])
def test_bad_namespace_is_a_configuration_error(registry, namespace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigurationError, match="namespace"):
        PrometheusListener(registry, namespace=namespace)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (None, "none"),
        (200, "2xx"),
        (302, "3xx"),
        (429, "4xx"),
        (503, "5xx"),
        (0, "none"),
        (999, "none"),
    ],
)
def test_status_class(status: int | None, expected: str) -> None:
    assert status_class(status) == expected
