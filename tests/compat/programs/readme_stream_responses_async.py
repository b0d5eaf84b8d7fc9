"""README block: streaming a response with the async client."""

import asyncio

from openai import AsyncOpenAI

client = AsyncOpenAI()


async def main():
    stream = await client.responses.create(
        model="gpt-5.5",
        input="Write a one-sentence bedtime story about a unicorn.",
        stream=True,
    )

    async for event in stream:
        print(event.type, getattr(event, "delta", None))


asyncio.run(main())
