"""examples/streaming.py style: a chat stream read chunk by chunk, sync and async."""

import asyncio

from openai import AsyncOpenAI, OpenAI

client = OpenAI()
stream = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Say this is a test"}],
    stream=True,
    stream_options={"include_usage": True},
)
for chunk in stream:
    if not chunk.choices:
        print("\nusage:", chunk.usage.total_tokens)
        continue
    print(chunk.choices[0].delta.content or "", end="")
print()


async def main() -> None:
    client = AsyncOpenAI()
    stream = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Say this is a test"}],
        stream=True,
    )
    async for chunk in stream:
        print(repr(chunk.choices[0].delta.content), chunk.choices[0].finish_reason, chunk.object)
    await client.close()


asyncio.run(main())
