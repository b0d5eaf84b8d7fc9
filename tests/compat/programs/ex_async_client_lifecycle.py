"""AsyncOpenAI lifecycle: async with, with_options, copy, close, is_closed."""

import asyncio

import httpx
from openai import AsyncOpenAI


async def main() -> None:
    async with AsyncOpenAI(max_retries=1) as client:
        print(client.is_closed(), client.max_retries)
        scoped = client.with_options(timeout=httpx.Timeout(15.0), max_retries=0)
        print(scoped.max_retries, scoped.timeout.read)
        model = await scoped.models.retrieve("gpt-4o-mini")
        print(model.id, model.owned_by)
        copied = client.copy(default_headers={"x-a": "1"})
        print(copied.default_headers["x-a"], copied is client)
        async with copied:
            print(
                (await copied.embeddings.create(model="text-embedding-3-small", input="x")).object
            )
        print(copied.is_closed())
    print(client.is_closed())

    other = AsyncOpenAI()
    chat = await other.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
    )
    print(chat.choices[0].message.content)
    await other.close()
    print(other.is_closed())


asyncio.run(main())
