"""An async client never closed, as quick scripts leave it; streams read to the end."""

import asyncio

from openai import AsyncOpenAI

client = AsyncOpenAI()


async def main() -> None:
    completion = await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
    )
    print(completion.choices[0].message.content)
    stream = await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "s"}], stream=True
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].finish_reason:
            print(chunk.choices[0].finish_reason)


asyncio.run(main())
