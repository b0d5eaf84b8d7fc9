"""GenAI semantic conventions on real facade calls: the client's full stack, the fault server
on 127.0.0.1, the OpenTelemetry SDK's in-memory span exporter and metric reader; sync and
async (the ``driver`` fixture). Attribute names are checked against the semconv package.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.semconv._incubating.attributes import gen_ai_attributes as g
from opentelemetry.semconv._incubating.attributes import openai_attributes as oa
from opentelemetry.semconv._incubating.metrics import gen_ai_metrics as gm
from opentelemetry.trace import SpanKind, StatusCode

from integrations_openai import errors
from integrations_openai.config import RetryPolicy
from integrations_openai.instrumentation import Event, OperationEnd
from integrations_openai.instrumentation._otel import OpenTelemetryListener
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer, error_reply, json_reply, sse

pytestmark = pytest.mark.timeout(60)

FAST = RetryPolicy(initial_backoff=0.001, max_backoff=0.005)

CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o-2024-08-06",
    "service_tier": "default",
    "system_fingerprint": "fp_1",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "hello", "refusal": None},
        }
    ],
    "usage": {
        "prompt_tokens": 12,
        "completion_tokens": 5,
        "total_tokens": 17,
        "prompt_tokens_details": {"cached_tokens": 4},
        "completion_tokens_details": {"reasoning_tokens": 2},
    },
}


def chunk(**fields: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-s",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o-mini-2024",
        **fields,
    }


STREAM = [
    chunk(choices=[{"index": 0, "delta": {"role": "assistant", "content": "he"}}]),
    chunk(choices=[{"index": 0, "delta": {"content": "llo"}}]),
    chunk(choices=[{"index": 0, "delta": {}, "finish_reason": "length"}]),
    chunk(choices=[], usage={"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10}),
]


class Metered:
    """An SDK meter provider reading into memory."""

    def __init__(self) -> None:
        self.reader = InMemoryMetricReader()
        self.provider = MeterProvider(metric_readers=[self.reader])

    def points(self, name: str) -> list[Any]:
        data = self.reader.get_metrics_data()
        found = []
        for rm in data.resource_metrics if data else ():
            for sm in rm.scope_metrics:
                for metric in sm.metrics:
                    if metric.name == name:
                        found.extend(metric.data.data_points)
        return found


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def on_event(self, event: Event) -> None:
        self.events.append(event)


async def maybe(value: Any) -> Any:
    return await value if asyncio.iscoroutine(value) else value


def make(driver: Driver, server: FaultServer, tracing: Any, **kwargs: Any) -> Any:
    metered = Metered()
    listener = OpenTelemetryListener(tracing.provider, meter_provider=metered.provider, **kwargs)
    recorder = Recorder()
    client = driver.client(base_url=server.url + "/v1", listeners=[listener, recorder], retry=FAST)
    return client, metered, recorder


async def chat(client: Any, **kwargs: Any) -> Any:
    return await maybe(
        client.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": "hi"}],
            **kwargs,
        )
    )


async def test_chat_span_follows_genai_conventions(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing
) -> None:
    fault_server.enqueue(error_reply(503), json_reply(CHAT))
    client, metered, recorder = make(driver, fault_server, tracing)
    try:
        result = await chat(client, temperature=0.2, top_p=0.9, max_tokens=50, service_tier="auto")
    finally:
        await maybe(client.close())
    assert result.id == "chatcmpl-1"

    [span] = tracing.call_spans()
    assert span.name == "chat gpt-4o"
    assert span.kind is SpanKind.CLIENT
    a = span.attributes
    assert a[g.GEN_AI_OPERATION_NAME] == g.GenAiOperationNameValues.CHAT.value
    assert a[g.GEN_AI_PROVIDER_NAME] == "openai"
    assert a[g.GEN_AI_REQUEST_MODEL] == "gpt-4o"
    assert a[g.GEN_AI_REQUEST_TEMPERATURE] == 0.2
    assert a[g.GEN_AI_REQUEST_TOP_P] == 0.9
    assert a[g.GEN_AI_REQUEST_MAX_TOKENS] == 50
    assert a[oa.OPENAI_REQUEST_SERVICE_TIER] == "auto"
    assert a[g.GEN_AI_RESPONSE_ID] == "chatcmpl-1"
    assert a[g.GEN_AI_RESPONSE_MODEL] == "gpt-4o-2024-08-06"
    assert a[g.GEN_AI_RESPONSE_FINISH_REASONS] == ("stop",)
    assert a[g.GEN_AI_USAGE_INPUT_TOKENS] == 12
    assert a[g.GEN_AI_USAGE_OUTPUT_TOKENS] == 5
    assert a[g.GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS] == 4
    assert a[g.GEN_AI_USAGE_REASONING_OUTPUT_TOKENS] == 2
    assert a[oa.OPENAI_RESPONSE_SERVICE_TIER] == "default"
    assert a[oa.OPENAI_RESPONSE_SYSTEM_FINGERPRINT] == "fp_1"
    assert a["server.address"] == "127.0.0.1"
    assert a["openai.attempts"] == 2
    assert [e.name for e in span.events] == ["openai.retry"]
    assert g.GEN_AI_INPUT_MESSAGES not in a  # content is opt-in

    [end] = [e for e in recorder.events if isinstance(e, OperationEnd)]
    assert end.facts.operation == "chat" and end.facts.model == "gpt-4o"
    assert end.result is not None and end.result.input_tokens == 12

    tokens = metered.points(gm.GEN_AI_CLIENT_TOKEN_USAGE)
    by_type = {p.attributes[g.GEN_AI_TOKEN_TYPE]: p.sum for p in tokens}
    assert by_type == {"input": 12, "output": 5}
    [duration] = metered.points(gm.GEN_AI_CLIENT_OPERATION_DURATION)
    assert duration.count == 1
    assert duration.attributes[g.GEN_AI_REQUEST_MODEL] == "gpt-4o"
    assert "error.type" not in duration.attributes
    assert list(duration.explicit_bounds)[:3] == [0.01, 0.02, 0.04]


async def test_streamed_span_lasts_until_the_stream_ends(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing
) -> None:
    fault_server.enqueue(sse(STREAM))
    client, metered, recorder = make(driver, fault_server, tracing)
    try:
        stream = await chat(client, stream=True, stream_options={"include_usage": True})
        assert tracing.call_spans() == []  # headers arrived, the span is still open
        texts = []
        if driver.is_async:
            async for event in stream:
                texts.append(event)
        else:
            texts.extend(stream)
        assert len(texts) == 4
    finally:
        await maybe(client.close())

    [span] = tracing.call_spans()
    a = span.attributes
    assert span.name == "chat gpt-4o"
    assert a[g.GEN_AI_REQUEST_STREAM] is True
    assert a[g.GEN_AI_RESPONSE_ID] == "chatcmpl-s"
    assert a[g.GEN_AI_RESPONSE_MODEL] == "gpt-4o-mini-2024"
    assert a[g.GEN_AI_RESPONSE_FINISH_REASONS] == ("length",)
    assert a[g.GEN_AI_USAGE_INPUT_TOKENS] == 7
    assert a[g.GEN_AI_USAGE_OUTPUT_TOKENS] == 3
    assert a[g.GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK] >= 0
    [end] = [e for e in recorder.events if isinstance(e, OperationEnd)]
    assert end.chunks == 4 and end.complete
    assert end.time_to_first_chunk is not None
    assert end.time_to_first_chunk <= end.elapsed
    [ttfc] = metered.points(gm.GEN_AI_CLIENT_OPERATION_TIME_TO_FIRST_CHUNK)
    assert ttfc.count == 1
    [per_chunk] = metered.points(gm.GEN_AI_CLIENT_OPERATION_TIME_PER_OUTPUT_CHUNK)
    assert per_chunk.count == 1


async def test_stream_closed_early_ends_the_span_incomplete(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing
) -> None:
    fault_server.enqueue(sse(STREAM, stall_after=1))
    client, _, _ = make(driver, fault_server, tracing)
    try:
        stream = await chat(client, stream=True)
        if driver.is_async:
            await stream.__anext__()
            await stream.close()
        else:
            next(stream)
            stream.close()
    finally:
        await maybe(client.close())
    [span] = tracing.call_spans()
    assert span.attributes["openai.stream.complete"] is False
    assert span.status.status_code is not StatusCode.ERROR


async def test_failed_call_has_error_type_and_failure_metric(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing
) -> None:
    fault_server.enqueue(error_reply(400))
    client, metered, recorder = make(driver, fault_server, tracing)
    try:
        with pytest.raises(errors.ValidationError):
            await chat(client)
    finally:
        await maybe(client.close())
    [span] = tracing.call_spans()
    assert span.name == "chat gpt-4o"
    assert span.attributes["error.type"] == "BadRequestError"
    assert span.status.status_code is StatusCode.ERROR
    [duration] = metered.points(gm.GEN_AI_CLIENT_OPERATION_DURATION)
    assert duration.attributes["error.type"] == "BadRequestError"
    [end] = [e for e in recorder.events if isinstance(e, OperationEnd)]
    assert end.error == "BadRequestError" and end.result is None


async def test_capture_content_is_opt_in_and_masked(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing
) -> None:
    secret_reply = {**CHAT, "choices": [{**CHAT["choices"][0], "message": {
        "role": "assistant", "content": f"key is {TEST_KEY}", "refusal": None}}]}  # fmt: skip
    fault_server.enqueue(json_reply(secret_reply))
    client, _, _ = make(driver, fault_server, tracing, capture_content=True)
    try:
        await maybe(
            client.chat.completions.create(
                model="gpt-4o", messages=[{"role": "user", "content": f"mine: {TEST_KEY}"}]
            )
        )
    finally:
        await maybe(client.close())
    [span] = tracing.call_spans()
    sent = span.attributes[g.GEN_AI_INPUT_MESSAGES]
    got = span.attributes[g.GEN_AI_OUTPUT_MESSAGES]
    assert "mine:" in sent and "key is" in got
    assert TEST_KEY not in sent and TEST_KEY not in got


async def test_non_genai_call_is_named_by_its_operation(  # type: ignore[no-untyped-def]
    driver: Driver, fault_server: FaultServer, tracing
) -> None:
    fault_server.enqueue(
        json_reply({"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "x"})
    )
    client, metered, _ = make(driver, fault_server, tracing)
    try:
        await maybe(client.models.retrieve("gpt-4o"))
    finally:
        await maybe(client.close())
    [span] = tracing.call_spans()
    assert span.name == "retrieveModel"
    assert span.attributes["openai.operation.id"] == "retrieveModel"
    assert g.GEN_AI_OPERATION_NAME not in span.attributes
    assert span.attributes["http.request.method"] == "GET"
    assert metered.points(gm.GEN_AI_CLIENT_OPERATION_DURATION) == []
