"""`openai.Stream[...]` / `openai.AsyncStream[...]` held and passed around by user code."""

from __future__ import annotations

import openai
from openai import AsyncStream, Stream
from openai.types.chat import ChatCompletionChunk
from openai.types.responses import ResponseStreamEvent

client = openai.OpenAI()
aclient = openai.AsyncOpenAI()


def open_chat(prompt: str) -> Stream[ChatCompletionChunk]:
    return client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}], stream=True
    )


def drain(stream: Stream[ChatCompletionChunk]) -> str:
    out: list[str] = []
    try:
        for chunk in stream:
            out.extend(c.delta.content or "" for c in chunk.choices)
    finally:
        stream.close()
    return "".join(out)


def status_code(stream: openai.Stream[ResponseStreamEvent]) -> int:
    return stream.response.status_code


async def open_events(prompt: str) -> AsyncStream[ResponseStreamEvent]:
    return await aclient.responses.create(model="gpt-4.1", input=prompt, stream=True)


async def count(prompt: str) -> int:
    stream = await open_events(prompt)
    n = 0
    async with stream:
        async for _event in stream:
            n += 1
    return n
