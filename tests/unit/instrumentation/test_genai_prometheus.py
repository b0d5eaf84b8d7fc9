"""GenAI series in Prometheus on real facade calls, scraped over HTTP from 127.0.0.1 with a
real ``prometheus_client`` registry; the forward-compatibility counter; no key anywhere."""

from __future__ import annotations

import asyncio
import urllib.request
from typing import Any

import pytest
from prometheus_client import CollectorRegistry, start_http_server
from prometheus_client.parser import text_string_to_metric_families

from integrations_openai.instrumentation._prometheus import PrometheusListener
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer, json_reply, sse
from tests.unit.instrumentation.test_genai_live import CHAT, STREAM

pytestmark = pytest.mark.timeout(60)


async def maybe(value: Any) -> Any:
    return await value if asyncio.iscoroutine(value) else value


def scrape(registry: CollectorRegistry) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    server, thread = start_http_server(0, addr="127.0.0.1", registry=registry)
    try:
        port = server.server_address[1]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as reply:
            text = reply.read().decode()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
    assert TEST_KEY not in text
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def response_event(kind: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "sequence_number": 0, **fields}


RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "model": "gpt-5-2025",
    "status": "completed",
    "output": [],
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "tools": [],
    "usage": {
        "input_tokens": 20,
        "output_tokens": 9,
        "total_tokens": 29,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens_details": {"reasoning_tokens": 4},
    },
}


async def test_token_usage_duration_and_chunks_are_scraped(
    driver: Driver, fault_server: FaultServer
) -> None:
    registry = CollectorRegistry()
    listener = PrometheusListener(registry, max_models=1)
    fault_server.enqueue(json_reply(CHAT), sse(STREAM), json_reply(CHAT))
    client = driver.client(base_url=fault_server.url + "/v1", listeners=[listener])
    messages = [{"role": "user", "content": "hi"}]
    try:
        await maybe(client.chat.completions.create(model="gpt-4o", messages=messages))
        stream = await maybe(
            client.chat.completions.create(model="gpt-4o", messages=messages, stream=True)
        )
        if driver.is_async:
            async for _ in stream:
                pass
        else:
            for _ in stream:
                pass
        await maybe(client.chat.completions.create(model="gpt-4.1", messages=messages))
    finally:
        await maybe(client.close())

    samples = scrape(registry)
    chat = {("gen_ai_operation_name", "chat"), ("gen_ai_request_model", "gpt-4o")}
    tokens_in = frozenset({*chat, ("gen_ai_token_type", "input")})
    assert samples[("gen_ai_client_token_usage_sum", tokens_in)] == 12 + 7
    assert samples[("gen_ai_client_token_usage_count", tokens_in)] == 2
    ok = frozenset({*chat, ("status", "ok")})
    assert samples[("gen_ai_client_operation_duration_seconds_count", ok)] == 2
    # Past max_models distinct models, the label is "other" (bounded cardinality).
    other = frozenset({("gen_ai_operation_name", "chat"), ("gen_ai_request_model", "other"),
                       ("status", "ok")})  # fmt: skip
    assert samples[("gen_ai_client_operation_duration_seconds_count", other)] == 1
    first = ("gen_ai_client_operation_time_to_first_chunk_seconds_count", frozenset(chat))
    assert samples[first] == 1
    per_chunk = ("gen_ai_client_operation_time_per_output_chunk_seconds_count", frozenset(chat))
    assert samples[per_chunk] == 1


async def test_unknown_stream_event_is_counted(driver: Driver, fault_server: FaultServer) -> None:
    registry = CollectorRegistry()
    listener = PrometheusListener(registry)
    events = [
        response_event("response.created", response={**RESPONSE, "status": "in_progress"}),
        response_event("response.teleported", payload={"x": 1}),
        response_event("response.completed", response=RESPONSE),
    ]
    fault_server.enqueue(sse(events, done=False))
    client = driver.client(base_url=fault_server.url + "/v1", listeners=[listener])
    try:
        stream = await maybe(client.responses.create(model="gpt-5", input="hi", stream=True))
        seen = []
        if driver.is_async:
            async for event in stream:
                seen.append(event.type)
        else:
            seen.extend(event.type for event in stream)
    finally:
        await maybe(client.close())
    assert len(seen) == 3

    samples = scrape(registry)
    unknown = ("openai_unknown_variants_total", frozenset({("operation", "createResponse")}))
    assert samples[unknown] == 1
    chat = {("gen_ai_operation_name", "chat"), ("gen_ai_request_model", "gpt-5")}
    out = frozenset({*chat, ("gen_ai_token_type", "output")})
    assert samples[("gen_ai_client_token_usage_sum", out)] == 9
