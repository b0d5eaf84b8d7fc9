"""The issue's "done when", one test each, on real calls (fault server on 127.0.0.1, the
client's full stack, sync and async): a chat, a streamed chat, an embeddings and a Responses
call each make exactly one span whose attributes pass a semantic-conventions check, token
metrics equal the ``usage`` the server sent, a stream's span covers the whole stream on an
injected clock, and a hostile server echoing the key leaks it into no span, span event,
metric (OpenTelemetry or a Prometheus scrape over HTTP), log line or event.
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import logging
import struct
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.semconv._incubating.attributes import gen_ai_attributes as g
from opentelemetry.semconv._incubating.attributes import openai_attributes as oa
from opentelemetry.semconv._incubating.metrics import gen_ai_metrics as gm
from opentelemetry.semconv.attributes import (
    error_attributes,
    http_attributes,
    server_attributes,
    url_attributes,
)
from opentelemetry.trace import SpanKind
from prometheus_client import CollectorRegistry, start_http_server

from integrations_openai import JsonFormatter
from integrations_openai.config import RetryPolicy
from integrations_openai.instrumentation import (
    DebugBodies,
    OpenTelemetryListener,
    OperationEnd,
    PrometheusListener,
    event_fields,
)
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer, Reply, json_reply, sse
from tests.unit.instrumentation.test_genai_live import CHAT, STREAM, Metered, Recorder, maybe

pytestmark = pytest.mark.timeout(60)

FAST = RetryPolicy(initial_backoff=0.001, max_backoff=0.005)


def _constants(*modules: Any) -> set[str]:
    return {v for m in modules for k, v in vars(m).items() if k.isupper() and isinstance(v, str)}


#: Every attribute name the conventions define that a span of ours may carry.
SEMCONV = _constants(g, oa, server_attributes, error_attributes, http_attributes, url_attributes)
#: Ours, namespaced ``openai.*`` where no convention covers the fact (the guide lists them).
EXTENSIONS = {
    "openai.call_id",
    "openai.operation.id",
    "openai.attempts",
    "openai.request_id",
    "openai.stream.complete",
    "openai.response.unknown_variants",
}
OPERATIONS = {v.value for v in g.GenAiOperationNameValues}


def check_semconv(span: Any, operation: str, model: str) -> dict[str, Any]:
    """The span's attributes, after checking them against the conventions."""
    assert span.kind is SpanKind.CLIENT
    assert span.name == f"{operation} {model}"
    a = dict(span.attributes)
    assert set(a) - SEMCONV - EXTENSIONS == set()
    assert a[g.GEN_AI_OPERATION_NAME] == operation and operation in OPERATIONS
    assert a[g.GEN_AI_PROVIDER_NAME] == g.GenAiProviderNameValues.OPENAI.value
    assert a[g.GEN_AI_REQUEST_MODEL] == model
    assert a[server_attributes.SERVER_ADDRESS] == "127.0.0.1"
    assert isinstance(a[server_attributes.SERVER_PORT], int)
    assert error_attributes.ERROR_TYPE not in a
    for name in (g.GEN_AI_USAGE_INPUT_TOKENS, g.GEN_AI_USAGE_OUTPUT_TOKENS):
        assert name not in a or isinstance(a[name], int)
    reasons = a.get(g.GEN_AI_RESPONSE_FINISH_REASONS, ())
    assert isinstance(reasons, tuple) and all(isinstance(r, str) for r in reasons)
    return a


def _embedding(values: list[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


EMBEDDINGS = {
    "object": "list",
    "data": [{"object": "embedding", "index": 0, "embedding": _embedding([0.5, 0.25])}],
    "model": "text-embedding-3-small",
    "usage": {"prompt_tokens": 8, "total_tokens": 8},
}
RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "model": "gpt-5-2025-08-07",
    "status": "completed",
    "output": [
        {
            "type": "message",
            "id": "msg_1",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "hi", "annotations": []}],
        }
    ],
    "usage": {
        "input_tokens": 11,
        "output_tokens": 6,
        "total_tokens": 17,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens_details": {"reasoning_tokens": 1},
    },
}


async def _drain(driver: Driver, stream: Any, tick: Callable[[], None] = lambda: None) -> int:
    count = 0
    if driver.is_async:
        async for _ in stream:
            count += 1
            tick()
    else:
        for _ in stream:
            count += 1
            tick()
    return count


async def _chat(client: Any, driver: Driver) -> None:
    await maybe(
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    )


async def _streamed(client: Any, driver: Driver) -> None:
    stream = await maybe(
        client.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": "hi"}],
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    assert await _drain(driver, stream) == len(STREAM)


async def _embed(client: Any, driver: Driver) -> None:
    result = await maybe(client.embeddings.create(model="text-embedding-3-small", input="hi"))
    assert result.data[0].embedding == [0.5, 0.25]


async def _respond(client: Any, driver: Driver) -> None:
    result = await maybe(client.responses.create(model="gpt-5", input="hi"))
    assert result.id == "resp_1"


Call = Callable[[Any, Driver], Awaitable[None]]
# call, reply, (operation, model), (input tokens, output tokens) as the server's usage says
CASES: dict[str, tuple[Call, Reply, tuple[str, str], tuple[int, int | None]]] = {
    "chat": (_chat, json_reply(CHAT), ("chat", "gpt-4o"), (12, 5)),
    "streamed chat": (_streamed, sse(STREAM), ("chat", "gpt-4o"), (7, 3)),
    "embeddings": (
        _embed,
        json_reply(EMBEDDINGS),
        ("embeddings", "text-embedding-3-small"),
        (8, None),
    ),
    "responses": (_respond, json_reply(RESPONSE), ("chat", "gpt-5"), (11, 6)),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_one_semconv_span_and_token_metrics_per_call(  # type: ignore[no-untyped-def]
    case: str, driver: Driver, fault_server: FaultServer, tracing
) -> None:
    call, reply, (operation, model), (inputs, outputs) = CASES[case]
    fault_server.enqueue(reply)
    metered = Metered()
    listener = OpenTelemetryListener(tracing.provider, meter_provider=metered.provider)
    client = driver.client(base_url=fault_server.url + "/v1", listeners=[listener], retry=FAST)
    try:
        await call(client, driver)
    finally:
        await maybe(client.close())

    assert len(tracing.spans()) == 1  # one span per call, nothing else
    [span] = tracing.call_spans()
    a = check_semconv(span, operation, model)
    assert a[g.GEN_AI_USAGE_INPUT_TOKENS] == inputs
    assert a.get(g.GEN_AI_USAGE_OUTPUT_TOKENS) == outputs
    tokens = {
        p.attributes[g.GEN_AI_TOKEN_TYPE]: (p.count, p.sum)
        for p in metered.points(gm.GEN_AI_CLIENT_TOKEN_USAGE)
    }
    expected = {"input": (1, inputs)}
    if outputs is not None:
        expected["output"] = (1, outputs)
    assert tokens == expected
    [duration] = metered.points(gm.GEN_AI_CLIENT_OPERATION_DURATION)
    assert duration.count == 1
    assert duration.attributes[g.GEN_AI_OPERATION_NAME] == operation


class ManualClock:
    """Nanoseconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000_000_000

    def __call__(self) -> int:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += int(seconds * 1e9)


async def test_stream_span_covers_the_whole_stream(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing
) -> None:
    fault_server.enqueue(sse(STREAM))
    clock = ManualClock()
    listener = OpenTelemetryListener(tracing.provider, clock=clock)
    client = driver.client(base_url=fault_server.url + "/v1", listeners=[listener])
    started = clock()
    try:
        stream = await maybe(
            client.chat.completions.create(
                model="gpt-4o", messages=[{"role": "user", "content": "hi"}], stream=True
            )
        )
        clock.advance(0.5)  # headers are in; the stream has not been read yet
        assert tracing.call_spans() == []
        # Each chunk read moves the clock by 2 s: the span must end after the last one.
        count = await _drain(driver, stream, lambda: clock.advance(2.0))
    finally:
        await maybe(client.close())
    [span] = tracing.call_spans()
    assert span.start_time == started
    assert span.end_time == started + int((0.5 + 2.0 * count) * 1e9)
    assert count == len(STREAM)


async def test_hostile_server_echoing_the_key_leaks_it_nowhere(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing
) -> None:
    hostile_chunk = {**STREAM[0], "id": f"chatcmpl-{TEST_KEY}", "model": TEST_KEY}
    message: dict[str, Any] = {**RESPONSE["output"][0]}  # type: ignore[index]
    message["content"] = [{"type": "output_text", "text": TEST_KEY, "annotations": []}]
    hostile_response = {
        **RESPONSE,
        "id": f"resp_{TEST_KEY}",
        "model": f"m-{TEST_KEY}",
        "output": [message],
    }
    hostile_embeddings = {**EMBEDDINGS, "model": f"e-{TEST_KEY}"}
    echo = {"x-request-id": f"req_{TEST_KEY}", "openai-model": TEST_KEY}
    fault_server.enqueue(
        sse([hostile_chunk, *STREAM[1:]], headers=echo),
        json_reply(hostile_embeddings, headers=echo),
        json_reply(hostile_response, headers=echo),
    )
    lines = io.StringIO()
    handler = logging.StreamHandler(lines)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("integrations_openai")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    registry = CollectorRegistry()
    server, thread = start_http_server(0, addr="127.0.0.1", registry=registry)
    reader = InMemoryMetricReader()
    recorder = Recorder()
    listeners = [
        OpenTelemetryListener(
            tracing.provider,
            meter_provider=MeterProvider(metric_readers=[reader]),
            capture_content=True,
        ),
        PrometheusListener(registry),
        DebugBodies(1.0),
        recorder,
    ]
    client = driver.client(base_url=fault_server.url + "/v1", listeners=listeners, retry=FAST)
    prompt = [{"role": "user", "content": f"my key is {TEST_KEY}"}]
    try:
        stream = await maybe(
            client.chat.completions.create(model="gpt-4o", messages=prompt, stream=True)
        )
        await _drain(driver, stream)
        await maybe(client.embeddings.create(model="text-embedding-3-small", input=TEST_KEY))
        await maybe(client.responses.create(model="gpt-5", input=f"key {TEST_KEY}"))
        port = server.server_address[1]
        scraped = await asyncio.to_thread(
            lambda: urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics").read().decode()
        )
    finally:
        await maybe(client.close())
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        server.shutdown()
        thread.join(5)

    spans = tracing.call_spans()
    assert len(spans) == 3
    texts = [repr(dict(span.attributes)) for span in spans]
    texts += [repr(dict(e.attributes or {})) for span in spans for e in span.events]
    assert any("gen_ai.output.messages" in t for t in texts)  # content was captured...
    assert "gen_ai_client_token_usage" in scraped
    texts += [scraped, str(reader.get_metrics_data().to_json()), lines.getvalue()]
    texts += [repr(event) + repr(event_fields(event)) for event in recorder.events]
    for text in texts:
        assert TEST_KEY not in text  # ...and masked like everything else
    logged = [json.loads(line) for line in lines.getvalue().splitlines()]
    bodies = [line for line in logged if line.get("event_type") == "DebugBodies"]
    assert len(bodies) == 3 and all(b["request"] and b["response"] for b in bodies)
    ends = [e for e in recorder.events if isinstance(e, OperationEnd)]
    assert [e.result.input_tokens for e in ends if e.result] == [7, 8, 11]


def test_event_fields_leave_content_out() -> None:
    from integrations_openai.instrumentation import CallFacts, CallResult

    facts = CallFacts("chat", "createChatCompletion", "m", genai=True, content={"messages": 1})
    end = OperationEnd(
        call_id="c", facts=facts, elapsed=1.0, result=CallResult(input_tokens=3, body=object())
    )
    fields = event_fields(end)
    assert fields["facts"]["model"] == "m" and "content" not in fields["facts"]
    assert "body" not in fields["facts"] and "body" not in fields["result"]
    assert fields["result"]["input_tokens"] == 3 and "output" not in fields["result"]
