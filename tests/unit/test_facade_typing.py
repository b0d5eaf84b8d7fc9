"""mypy --strict sees the facade's real signatures: the functions below are never called,
only type-checked (by the two tests at the bottom, which run mypy on this file)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypedDict, assert_type

import pytest

if TYPE_CHECKING:
    from integrations_openai_api._facade_runtime import (
        AsyncEventStream,
        AsyncPageView,
        BinaryContent,
        EventStream,
        Pager,
    )
    from integrations_openai_api.models.create_chat_completion_response import (
        CreateChatCompletionResponse,
    )
    from integrations_openai_api.models.create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse,
    )
    from integrations_openai_api.models.create_embedding_response import CreateEmbeddingResponse
    from integrations_openai_api.models.model import Model
    from integrations_openai_api.models.open_ai_file import OpenAIFile
    from integrations_openai_api.models.response_object import ResponseObject
    from integrations_openai_api.models.run_object import RunObject
    from integrations_openai_api.unions import CreateSpeechResponseStreamEvent, ResponseStreamEvent

    from integrations_openai import AsyncOpenAIClient, OpenAIClient, Timeout

ROOT = Path(__file__).resolve().parents[2]


def _typed_batch_run(client: OpenAIClient) -> None:
    from typing import Any

    chat = client.batches.run([], endpoint="/v1/chat/completions", state="run.json")
    for result in chat:
        assert_type(result.body, CreateChatCompletionResponse | None)
        assert_type(result.custom_id, str)
    for other in client.batches.run("in.jsonl", endpoint="", state="run.json"):
        assert_type(other.body, Any | None)


async def _typed_async_batch_run(client: AsyncOpenAIClient) -> None:
    results = await client.batches.run(None, endpoint="/v1/embeddings", state="run.json")
    for result in results:
        assert_type(result.body, CreateEmbeddingResponse | None)


def _typed_usage(client: OpenAIClient) -> None:
    completion = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], temperature=0.2
    )
    assert_type(completion, CreateChatCompletionResponse)
    stream = client.chat.completions.create(model="m", messages=[], stream=True)
    assert_type(stream, EventStream[CreateChatCompletionStreamResponse])
    for model in client.models.list():
        assert_type(model, Model)
    for page in client.models.list().iter_pages():
        assert_type(page, Pager[Model])
        assert_type(page.data[0], Model)
    first = client.models.list()
    if first.has_next_page():
        assert_type(first.get_next_page().data, list[Model])
    raw = client.models.with_raw_response.retrieve("gpt-4o", timeout=5.0, max_retries=1)
    assert_type(raw.parsed, Model)
    assert_type(raw.parse(), Model)
    assert_type(client.models.with_raw_response.list().parse(), Pager[Model])
    with client.models.with_streaming_response.retrieve("gpt-4o") as response:
        assert_type(response.parse(), Model)
        assert_type(response.request_id, str | None)
        for line in response.iter_lines():
            assert_type(line, str)
    with client.chat.completions.with_streaming_response.create(
        model="m", messages=[], stream=True
    ) as streamed:
        # stream=True picks the overload of the event stream, as on the plain method
        assert_type(streamed.parse(), EventStream[CreateChatCompletionStreamResponse])
    with client.chat.completions.with_streaming_response.create(model="m", messages=[]) as buffered:
        assert_type(buffered.parse(), CreateChatCompletionResponse)
    raw_chat = client.chat.completions.with_raw_response.create(model="m", messages=[])
    assert_type(raw_chat.parse(), CreateChatCompletionResponse)
    raw_events = client.chat.completions.with_raw_response.create(
        model="m", messages=[], stream=True
    )
    assert_type(raw_events.parse(), EventStream[CreateChatCompletionStreamResponse])
    assert_type(client.models.retrieve("gpt-4o", timeout=Timeout(read=30.0)), Model)
    # an error status raises: the 404 `Error` model the spec declares is never a result
    assert_type(client.responses.cancel("resp_1"), ResponseObject)
    content = client.files.content("file-1")
    assert_type(content, BinaryContent)
    content.write_to_file("out.bin")
    takes_bytes(content)
    assert_type(client.files.create(file=Path("data.jsonl"), purpose="batch"), OpenAIFile)
    assert_type(client.embeddings.create(model="e", input=["a", "b"]), CreateEmbeddingResponse)
    run = client.threads.runs.create_and_poll("thread_1", assistant_id="asst_1")
    assert_type(run, RunObject)
    assert_type(client.threads.runs.retrieve("run_1", thread_id="thread_1"), RunObject)
    assert_type(client.beta.threads.runs.retrieve("run_1", thread_id="thread_1"), RunObject)
    events = client.responses.create(model="m", input="hi", stream=True)
    assert_type(events, EventStream[ResponseStreamEvent])
    speech = client.audio.speech.create(model="m", voice="alloy", input="hi", stream_format="sse")
    assert_type(speech, EventStream[CreateSpeechResponseStreamEvent])
    assert_type(client.audio.speech.create(model="m", voice="alloy", input="hi"), BinaryContent)


class _UserMessage(TypedDict):
    """A request TypedDict of the caller's own, like the SDK's ``*Param`` types."""

    role: Literal["user"]
    content: str


def _typed_request_parameters(client: OpenAIClient, model: str) -> None:
    # Lists are invariant: annotations are Sequence/Mapping so what callers hold is accepted.
    plain: list[dict[str, str]] = [{"role": "user", "content": "hi"}]
    typed: list[_UserMessage] = [{"role": "user", "content": "hi"}]
    frozen: tuple[Mapping[str, object], ...] = ({"role": "user", "content": "hi"},)
    for messages in (plain, typed, frozen):
        completion = client.chat.completions.create(model=model, messages=messages)
        assert_type(completion, CreateChatCompletionResponse)
    tools: list[dict[str, Any]] = [{"type": "function", "function": {"name": "f"}}]
    client.chat.completions.create(model=model, messages=typed, tools=tools, stop=("a", "b"))
    client.embeddings.create(model=model, input=("a", "b"))
    client.responses.create(model=model, input=[{"role": "user", "content": "hi"}])


def _typed_sdk_names(client: OpenAIClient) -> None:
    # `integrations_openai.types` under the SDK's names: the classes calls are annotated with.
    from integrations_openai.types import CreateEmbeddingResponse as SdkEmbeddings
    from integrations_openai.types.chat import (
        ChatCompletion,
        ChatCompletionChunk,
        ChatCompletionMessageParam,
        ChatCompletionUserMessageParam,
    )
    from integrations_openai.types.responses import Response, ResponseStreamEvent

    messages: list[ChatCompletionMessageParam] = [
        ChatCompletionUserMessageParam(role="user", content="hi"),
        {"role": "system", "content": "be brief"},
    ]
    completion: ChatCompletion = client.chat.completions.create(model="m", messages=messages)
    assert_type(completion, CreateChatCompletionResponse)
    for chunk in client.chat.completions.create(model="m", messages=messages, stream=True):
        assert_type(chunk, ChatCompletionChunk)
    response: Response = client.responses.create(model="m", input="hi")
    assert_type(response, ResponseObject)
    for event in client.responses.create(model="m", input="hi", stream=True):
        assert_type(event, ResponseStreamEvent)
    assert_type(client.embeddings.create(model="e", input="x"), SdkEmbeddings)


def takes_bytes(data: bytes) -> int:
    return len(data)


async def _typed_async_usage(client: AsyncOpenAIClient) -> None:
    completion = await client.chat.completions.create(model="m", messages=[])
    assert_type(completion, CreateChatCompletionResponse)
    stream = await client.chat.completions.create(model="m", messages=[], stream=True)
    assert_type(stream, AsyncEventStream[CreateChatCompletionStreamResponse])
    async for model in client.models.list():
        assert_type(model, Model)
    first = await client.models.list()
    assert_type(first, AsyncPageView[Model])
    assert_type(first.data[0], Model)
    if first.has_next_page():
        assert_type((await first.get_next_page()).data, list[Model])
    async for page in first.iter_pages():
        assert_type(page, AsyncPageView[Model])
    raw = await client.models.with_raw_response.list()
    assert_type(raw.parse(), AsyncPageView[Model])
    raw_chat = await client.chat.completions.with_raw_response.create(model="m", messages=[])
    assert_type(raw_chat.parse(), CreateChatCompletionResponse)
    async with client.responses.with_streaming_response.create(
        model="m", input="hi", stream=True
    ) as events:
        assert_type(await events.parse(), AsyncEventStream[ResponseStreamEvent])
    async with client.models.with_streaming_response.retrieve("m") as response:
        assert_type(await response.parse(), Model)
        async for chunk in response.iter_bytes():
            assert_type(chunk, bytes)


WRONG = """
from integrations_openai import OpenAIClient

def wrong(client: OpenAIClient) -> None:
    client.models.retrieve(42)
    client.chat.completions.create(model="m")
    client.chat.completions.create(model="m", messages=[], temprature=0.2)
    client.models.retrieve("m").no_such_field
    client.chat.completions.create(model="m", messages=[1])
"""


def _mypy(path: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.slow
def test_mypy_strict_accepts_the_typed_usage(mypy_cache: Path) -> None:
    result = _mypy(Path(__file__), mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_rejects_wrong_calls(mypy_cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "wrong_usage.py"
    path.write_text(WRONG)
    result = _mypy(path, mypy_cache)
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert all(line.startswith(str(path)) for line in errors), result.stdout
    # Every wrong line is flagged: int path param, missing `messages`, a misspelt keyword,
    # an unknown attribute on the typed result, a message that is no mapping.
    assert {int(line.split(":")[1]) for line in errors} == {5, 6, 7, 8, 9}, result.stdout
    assert '"temprature"' in result.stdout
