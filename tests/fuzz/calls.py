"""The public client calls that receive the fuzzed answers, sync and async.

Each consumes its result fully (iterates the stream or the pages, reads the fields back)
and checks the result's type against the method's annotation: what a caller would do.
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from typing import Any

from integrations_openai_api.models.batch import Batch
from integrations_openai_api.models.create_chat_completion_response import (
    CreateChatCompletionResponse,
)
from integrations_openai_api.models.create_embedding_response import CreateEmbeddingResponse
from integrations_openai_api.models.model import Model
from integrations_openai_api.models.response_object import ResponseObject

from integrations_openai import ChatCompletionAccumulator, ResponseAccumulator

__all__ = ["ASYNC_CALLS", "MAX_ITEMS", "MESSAGES", "ACall", "Call"]

# The consumer's own bound: events of one stream, items across pages.
MAX_ITEMS = 2_000

Call = Callable[[Any], object]
ACall = Callable[[Any], Awaitable[object]]


def _typed(result: object, cls: type) -> object:
    """A result must be what the method's annotation says (a ``Finding`` otherwise)."""
    if not isinstance(result, cls):
        raise TypeError(f"expected {cls.__name__}, got {type(result).__name__}")
    return _touch(result)


def _touch(result: object) -> object:
    """What a caller does with a typed result: read it back as data and as text."""
    to_dict = getattr(result, "to_dict", None)
    if callable(to_dict):
        to_dict()
    repr(result)
    return result


# ---- the calls (public methods only) ------------------------------------------------------

MESSAGES = [{"role": "user", "content": "Hello!"}]


def chat_create(client: Any) -> object:
    return _typed(
        client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
        CreateChatCompletionResponse,
    )


def _touch_raw(raw: Any) -> object:
    """What a caller reads on a raw response: headers, ids, rate limits, the parsed body."""
    _touch(raw.parsed)
    return (raw.status_code, raw.request_id, raw.rate_limit, dict(raw.headers), repr(raw))


def chat_create_raw(client: Any) -> object:
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MESSAGES)
    return _touch_raw(raw)


def file_content(client: Any) -> object:
    return _typed(client.files.content("file-abc123"), bytes)


def chat_stream(client: Any) -> object:
    acc: ChatCompletionAccumulator[Any] = ChatCompletionAccumulator()
    with client.chat.completions.create(
        model="gpt-4o-mini", messages=MESSAGES, stream=True
    ) as stream:
        for event in itertools.islice(stream, MAX_ITEMS):
            _touch(event)
            acc.handle(event)
    return acc.snapshot


def responses_create(client: Any) -> object:
    return _typed(client.responses.create(model="gpt-4o-mini", input="Hello!"), ResponseObject)


def responses_stream(client: Any) -> object:
    acc: ResponseAccumulator[Any] = ResponseAccumulator()
    with client.responses.create(model="gpt-4o-mini", input="Hello!", stream=True) as stream:
        for event in itertools.islice(stream, MAX_ITEMS):
            _touch(event)
            acc.handle(event)
    return acc.snapshot


def responses_stream_events(client: Any) -> object:
    # Prism's recorded events are schema examples, not one coherent stream: no accumulator.
    with client.responses.create(model="gpt-4o-mini", input="Hello!", stream=True) as stream:
        return [_touch(event) for event in itertools.islice(stream, MAX_ITEMS)]


def run_stream(client: Any) -> object:
    events = []
    with client.beta.threads.runs.create(
        "thread_abc123", assistant_id="asst_abc123", stream=True
    ) as stream:
        for event in itertools.islice(stream, MAX_ITEMS):
            events.append(_touch(event))
    return events


def chat_manager(client: Any) -> object:
    with client.chat.completions.stream(model="gpt-4o-mini", messages=MESSAGES) as stream:
        for event in itertools.islice(stream, MAX_ITEMS):
            _touch(event)
        return _touch(stream.get_final_completion())


def responses_manager(client: Any) -> object:
    with client.responses.stream(model="gpt-4o-mini", input="Hello!") as stream:
        for event in itertools.islice(stream, MAX_ITEMS):
            _touch(event)
        return _touch(stream.get_final_response())


def run_manager(client: Any) -> object:
    with client.beta.threads.runs.stream("thread_abc123", assistant_id="asst_abc123") as stream:
        for event in itertools.islice(stream, MAX_ITEMS):
            _touch(event)
        return [_touch(m) for m in stream.get_final_messages()]


def files_list(client: Any) -> object:
    return [_touch(f) for f in itertools.islice(client.files.list(), MAX_ITEMS)]


def models_list(client: Any) -> object:
    return [_touch(m) for m in itertools.islice(client.models.list(), MAX_ITEMS)]


def model_retrieve(client: Any) -> object:
    return _typed(client.models.retrieve("gpt-4o-mini"), Model)


def batch_poll(client: Any) -> object:
    # The injected clock (see harness) advances on every sleep: the deadline is reached.
    return _typed(client.batches.poll("batch_abc123", poll_interval=1.0, poll_timeout=5.0), Batch)


def embeddings_create(client: Any) -> object:
    return _typed(
        client.embeddings.create(model="text-embedding-3-small", input="Hello!"),
        CreateEmbeddingResponse,
    )


def speech_create(client: Any) -> object:
    return _typed(
        client.audio.speech.create(model="gpt-4o-mini-tts", voice="alloy", input="Hi"), bytes
    )


# ---- the same calls on AsyncOpenAIClient (the async drivers share the core, not the I/O) --


async def _alist(aiterable: Any) -> list[Any]:
    out = []
    async for item in aiterable:
        out.append(_touch(item))
        if len(out) >= MAX_ITEMS:
            break
    return out


async def achat_create(client: Any) -> object:
    return _typed(
        await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
        CreateChatCompletionResponse,
    )


async def achat_create_raw(client: Any) -> object:
    raw = await client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=MESSAGES
    )
    return _touch_raw(raw)


async def afile_content(client: Any) -> object:
    return _typed(await client.files.content("file-abc123"), bytes)


async def achat_stream(client: Any) -> object:
    acc: ChatCompletionAccumulator[Any] = ChatCompletionAccumulator()
    stream = await client.chat.completions.create(
        model="gpt-4o-mini", messages=MESSAGES, stream=True
    )
    async with stream:
        for event in await _alist(stream):
            acc.handle(event)
    return acc.snapshot


async def aresponses_create(client: Any) -> object:
    return _typed(
        await client.responses.create(model="gpt-4o-mini", input="Hello!"), ResponseObject
    )


async def aresponses_stream(client: Any) -> object:
    acc: ResponseAccumulator[Any] = ResponseAccumulator()
    stream = await client.responses.create(model="gpt-4o-mini", input="Hello!", stream=True)
    async with stream:
        for event in await _alist(stream):
            acc.handle(event)
    return acc.snapshot


async def aresponses_stream_events(client: Any) -> object:
    stream = await client.responses.create(model="gpt-4o-mini", input="Hello!", stream=True)
    async with stream:
        return await _alist(stream)


async def arun_stream(client: Any) -> object:
    stream = await client.beta.threads.runs.create(
        "thread_abc123", assistant_id="asst_abc123", stream=True
    )
    async with stream:
        return await _alist(stream)


async def achat_manager(client: Any) -> object:
    async with client.chat.completions.stream(model="gpt-4o-mini", messages=MESSAGES) as stream:
        await _alist(stream)
        return _touch(await stream.get_final_completion())


async def aresponses_manager(client: Any) -> object:
    async with client.responses.stream(model="gpt-4o-mini", input="Hello!") as stream:
        await _alist(stream)
        return _touch(await stream.get_final_response())


async def arun_manager(client: Any) -> object:
    async with client.beta.threads.runs.stream(
        "thread_abc123", assistant_id="asst_abc123"
    ) as stream:
        await _alist(stream)
        return [_touch(m) for m in await stream.get_final_messages()]


async def afiles_list(client: Any) -> object:
    return await _alist(client.files.list())


async def amodels_list(client: Any) -> object:
    return await _alist(client.models.list())


async def amodel_retrieve(client: Any) -> object:
    return _typed(await client.models.retrieve("gpt-4o-mini"), Model)


async def abatch_poll(client: Any) -> object:
    return _typed(
        await client.batches.poll("batch_abc123", poll_interval=1.0, poll_timeout=5.0), Batch
    )


async def aembeddings_create(client: Any) -> object:
    return _typed(
        await client.embeddings.create(model="text-embedding-3-small", input="Hello!"),
        CreateEmbeddingResponse,
    )


async def aspeech_create(client: Any) -> object:
    return _typed(
        await client.audio.speech.create(model="gpt-4o-mini-tts", voice="alloy", input="Hi"),
        bytes,
    )


ASYNC_CALLS: dict[Call, ACall] = {
    chat_create: achat_create,
    chat_stream: achat_stream,
    chat_create_raw: achat_create_raw,
    file_content: afile_content,
    responses_create: aresponses_create,
    responses_stream: aresponses_stream,
    responses_stream_events: aresponses_stream_events,
    run_stream: arun_stream,
    files_list: afiles_list,
    chat_manager: achat_manager,
    responses_manager: aresponses_manager,
    run_manager: arun_manager,
    models_list: amodels_list,
    model_retrieve: amodel_retrieve,
    batch_poll: abatch_poll,
    embeddings_create: aembeddings_create,
    speech_create: aspeech_create,
}
