"""Every operation the API streams streams through the facade, even where the spec declares
no event stream: legacy completions and the replay of a background response."""

from __future__ import annotations

from typing import Any

import pytest

from integrations_openai._client import AsyncOpenAIClient, OpenAIClient
from tests.support.faultserver import FaultServer, sse
from tests.unit.stream.test_typed_streams import response_events

# Every sync client here runs on both sync transports (the stdlib pool and httpx's).
pytestmark = pytest.mark.usefixtures("both_sync_transports")

KEY = "sk-test-stream-everywhere-0000"


def completion_chunk(text: str, finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "cmpl-1",
        "object": "text_completion",
        "created": 1,
        "model": "gpt-3.5-turbo-instruct",
        "choices": [{"index": 0, "text": text, "finish_reason": finish, "logprobs": None}],
    }


CHUNKS = [completion_chunk("Hel"), completion_chunk("lo", "stop")]


def test_legacy_completions_stream_typed_chunks(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse(CHUNKS))
    client = OpenAIClient(api_key=KEY, base_url=fault_server.url + "/v1")
    with client.completions.create(model="m", prompt="Say hello", stream=True) as stream:
        texts = [chunk.choices[0].text for chunk in stream]
    assert texts == ["Hel", "lo"]
    (request,) = fault_server.requests
    assert request.headers["accept"] == "text/event-stream"
    assert request.json()["stream"] is True


async def test_legacy_completions_stream_async(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse(CHUNKS))
    async with AsyncOpenAIClient(api_key=KEY, base_url=fault_server.url + "/v1") as client:
        stream = await client.completions.create(model="m", prompt="Say hello", stream=True)
        async with stream:
            texts = [chunk.choices[0].text async for chunk in stream]
    assert texts == ["Hel", "lo"]


def test_retrieve_replays_a_background_response_after_a_sequence_number(
    fault_server: FaultServer,
) -> None:
    events = response_events()
    fault_server.enqueue(sse(events[3:], done=False))
    client = OpenAIClient(api_key=KEY, base_url=fault_server.url + "/v1")
    with client.responses.retrieve("resp_1", stream=True, starting_after=2) as stream:
        got = [event.sequence_number for event in stream]
    assert got == [3, 4, 5, 6, 7]
    (request,) = fault_server.requests
    assert (request.path, request.query) == ("/v1/responses/resp_1", "starting_after=2&stream=true")


async def test_retrieve_replays_async(fault_server: FaultServer) -> None:
    events = response_events()
    fault_server.enqueue(sse(events[6:], done=False))
    async with AsyncOpenAIClient(api_key=KEY, base_url=fault_server.url + "/v1") as client:
        stream = await client.responses.retrieve("resp_1", stream=True, starting_after=5)
        async with stream:
            got = [type(event).__name__ async for event in stream]
    assert got == ["ResponseOutputItemDoneEvent", "ResponseCompletedEvent"]
