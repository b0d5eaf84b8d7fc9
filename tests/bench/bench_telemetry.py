"""Telemetry cost: calling-thread CPU per chat completion with no listener, with the
OpenTelemetry listener (SDK tracer and meter providers, spans dropped by a no-op processor)
and with the Prometheus listener, same local server. The target is under 5 % per call.
"""

from __future__ import annotations

import json

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from prometheus_client import CollectorRegistry

from integrations_openai._client import OpenAIClient
from integrations_openai.instrumentation import OpenTelemetryListener, PrometheusListener
from tests.bench._common import Result
from tests.bench.bench_facade import CHAT, KEY, MESSAGES, _cpu_per_call
from tests.support.faultserver import FaultServer, RecordedRequest, Reply


def run(quick: bool) -> list[Result]:
    """See the module docstring."""
    calls, repeat = (100, 2) if quick else (500, 5)
    body = json.dumps(CHAT).encode()

    def handler(request: RecordedRequest) -> Reply:
        return Reply(headers={"content-type": "application/json"}, body=body)

    otel = OpenTelemetryListener(
        TracerProvider(), meter_provider=MeterProvider(metric_readers=[InMemoryMetricReader()])
    )
    prom = PrometheusListener(CollectorRegistry())
    results: dict[str, float] = {}
    with FaultServer() as server:
        server.handler = handler
        base = server.url + "/v1"
        for name, listeners in (("none", []), ("otel", [otel]), ("prometheus", [prom])):
            client = OpenAIClient(api_key=KEY, base_url=base, max_retries=0, listeners=listeners)
            try:
                results[name] = _cpu_per_call(
                    lambda c=client: c.chat.completions.create(model="m", messages=MESSAGES),
                    calls,
                    repeat,
                )
            finally:
                client.close()
    us = 1e6
    base_cpu = results["none"]
    return [
        Result("chat CPU per call, no listener", "us", base_cpu * us),
        Result(
            "chat CPU per call, OpenTelemetry listener",
            "us",
            results["otel"] * us,
            note=f"+{(results['otel'] / base_cpu - 1) * 100:.1f}% vs none (target < 5%)",
        ),
        Result(
            "chat CPU per call, Prometheus listener",
            "us",
            results["prometheus"] * us,
            note=f"+{(results['prometheus'] / base_cpu - 1) * 100:.1f}% vs none (target < 5%)",
        ),
    ]
