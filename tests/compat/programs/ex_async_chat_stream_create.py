"""Async chat streams from create(stream=True): async for, async with, close."""

import asyncio

from openai import AsyncOpenAI, AsyncStream


async def main() -> None:
    client = AsyncOpenAI()
    stream = await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "count"}], stream=True
    )
    print(isinstance(stream, AsyncStream))
    parts = []
    async for chunk in stream:
        for choice in chunk.choices:
            if choice.delta.content:
                parts.append(choice.delta.content)
            if choice.finish_reason:
                print("finish", choice.finish_reason)
    print("".join(parts))

    async with await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}], stream=True
    ) as managed:
        first = await managed.__anext__()
        print(first.object, first.model)
    print(managed.response.is_closed)

    again = await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "y"}], stream=True
    )
    await again.close()
    print(again.response.is_closed)
    await client.close()


asyncio.run(main())
