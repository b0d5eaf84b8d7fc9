"""The stack is built from ONE ordered layer table, the same for both drivers."""

from __future__ import annotations

import httpx
import pytest

from integrations_openai.config import RateLimitPolicy, load_config
from integrations_openai.instrumentation import Hooks
from integrations_openai.transport import LAYERS, build_async_transport, build_transport
from integrations_openai.transport._breaker import BreakerTransport
from integrations_openai.transport._buffer import BufferTransport
from integrations_openai.transport._ratelimit import RateLimitTransport
from integrations_openai.transport._telemetry import TelemetryTransport
from tests.support.drivers import TEST_KEY


def _layers(stack: object) -> list[type]:
    """The layer classes from the outermost down to (not including) the network."""
    found = []
    while hasattr(stack, "_inner"):
        found.append(type(stack))
        stack = stack._inner
    return found


def _network(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200)


@pytest.mark.parametrize(
    ("options", "off"),
    [
        ({}, {RateLimitTransport}),
        ({"rate_limit": RateLimitPolicy(requests_per_minute=5)}, set()),
        ({"circuit_breaker": False}, {RateLimitTransport, BreakerTransport}),
    ],
)
def test_both_drivers_follow_the_one_layer_table(
    options: dict[str, object], off: set[type]
) -> None:
    config = load_config(api_key=TEST_KEY, **options)  # type: ignore[arg-type]
    sync = _layers(build_transport(config, Hooks(), network=httpx.MockTransport(_network)))
    async_ = _layers(build_async_transport(config, Hooks(), network=httpx.MockTransport(_network)))
    expected_sync = [s for s, _, _ in reversed(LAYERS) if s not in off]
    assert sync == expected_sync
    pairs = {s: a for s, a, _ in LAYERS}
    assert async_ == [pairs[layer] for layer in expected_sync]


def test_the_table_reads_outermost_telemetry_to_innermost_buffer() -> None:
    # The order the module docstring documents and the resilience tests rely on.
    names = [sync.__name__ for sync, _, _ in LAYERS]
    assert names == [
        "BufferTransport",
        "AuthTransport",
        "RateLimitTransport",
        "BreakerTransport",
        "RetryTransport",
        "ErrorBoundaryTransport",
        "TelemetryTransport",
    ]
    assert LAYERS[0][0] is BufferTransport and LAYERS[-1][0] is TelemetryTransport
