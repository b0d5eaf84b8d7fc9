"""A hostile server echoing the API key into ids, models, finish reasons and errors: the key
appears in no span, metric or JSON log line; one JSON line per call carries its fields."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from types import MappingProxyType
from typing import Any

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from integrations_openai import JsonFormatter, add_openai_fields, errors
from integrations_openai.config import RetryPolicy
from integrations_openai.instrumentation._prometheus import PrometheusListener
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer, error_reply, json_reply
from tests.unit.instrumentation.test_genai_live import CHAT, make

pytestmark = pytest.mark.timeout(60)


async def maybe(value: Any) -> Any:
    return await value if asyncio.iscoroutine(value) else value


async def test_echoed_key_leaks_nowhere(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing
) -> None:
    hostile = {
        **CHAT,
        "id": f"chatcmpl-{TEST_KEY}",
        "model": f"gpt-{TEST_KEY}",
        "system_fingerprint": TEST_KEY,
        "choices": [{**CHAT["choices"][0], "finish_reason": TEST_KEY}],
    }
    fault_server.enqueue(
        json_reply(hostile, headers={"x-request-id": f"req_{TEST_KEY}"}),
        error_reply(400, message=f"bad key {TEST_KEY}"),
    )
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("integrations_openai")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    registry = CollectorRegistry()
    client, metered, _ = make(driver, fault_server, tracing, capture_content=True)
    prom_client = driver.client(
        base_url=fault_server.url + "/v1",
        listeners=[PrometheusListener(registry)],
        retry=RetryPolicy(max_retries=0),
    )
    messages = [{"role": "user", "content": f"key {TEST_KEY}"}]
    try:
        await maybe(client.chat.completions.create(model="gpt-4o", messages=messages))
        with pytest.raises(errors.ValidationError):
            await maybe(prom_client.chat.completions.create(model="gpt-4o", messages=messages))
    finally:
        await maybe(client.close())
        await maybe(prom_client.close())
        logger.removeHandler(handler)
        logger.setLevel(old_level)

    [span] = tracing.call_spans()
    assert span.attributes["gen_ai.usage.input_tokens"] == 12
    for value in span.attributes.values():
        assert TEST_KEY not in str(value)
    assert TEST_KEY not in str(metered.reader.get_metrics_data().to_json())
    assert TEST_KEY not in generate_latest(registry).decode()
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert TEST_KEY not in stream.getvalue()
    [end] = [line for line in lines if line.get("event_type") == "OperationEnd"][:1]
    assert end["level"] == "info"
    assert end["facts"]["operation"] == "chat" and end["facts"]["model"] == "gpt-4o"
    assert end["result"]["input_tokens"] == 12
    assert "content" not in end["facts"]  # prompts never reach logs


def test_structlog_processor_copies_fields() -> None:
    record = logging.LogRecord("integrations_openai", logging.INFO, "x", 1, "m", None, None)
    record.openai_event = "RetryScheduled"
    record.openai_fields = {"attempt": 2, "event": "kept"}
    out = add_openai_fields(None, "info", {"event": "m", "_record": record})
    assert out["event_type"] == "RetryScheduled"
    assert out["attempt"] == 2 and out["event"] == "m"
    assert add_openai_fields(None, "info", {"event": "plain"}) == {"event": "plain"}
    record.openai_fields = {"attempt": 3}  # no field shadows a key: copied whole
    assert add_openai_fields(None, "info", {"event": "m"}, record) == {
        "event": "m",
        "event_type": "RetryScheduled",
        "attempt": 3,
    }
    record.openai_fields = MappingProxyType({"attempt": 4, "event": "kept"})  # any mapping
    assert add_openai_fields(None, "info", {"event": "m"}, record)["attempt"] == 4
