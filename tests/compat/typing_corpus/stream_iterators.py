"""User generators typed as `Iterator[...]` / `AsyncIterator[...]` of stream events."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from openai import AsyncOpenAI, OpenAI
from openai.types.chat import ChatCompletionChunk
from openai.types.responses import ResponseStreamEvent, ResponseTextDeltaEvent

client = OpenAI()
aclient = AsyncOpenAI()


def events(prompt: str) -> Iterator[ResponseStreamEvent]:
    with client.responses.create(model="gpt-4.1", input=prompt, stream=True) as stream:
        yield from stream


def text_deltas(prompt: str) -> Iterator[str]:
    for event in events(prompt):
        if isinstance(event, ResponseTextDeltaEvent):
            yield event.delta


async def chunks(prompt: str) -> AsyncIterator[ChatCompletionChunk]:
    stream = await aclient.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}], stream=True
    )
    async for chunk in stream:
        yield chunk


async def atext(prompt: str) -> str:
    parts: list[str] = []
    async for chunk in chunks(prompt):
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
    return "".join(parts)


async def aevents(prompt: str) -> AsyncIterator[ResponseStreamEvent]:
    stream = await aclient.responses.create(model="gpt-4.1", input=prompt, stream=True)
    async for event in stream:
        if event.type == "response.completed":
            print(event.response.id)
        yield event
