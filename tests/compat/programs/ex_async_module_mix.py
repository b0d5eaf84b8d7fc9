"""Sync and async clients side by side on one server, with asyncio.gather."""

import asyncio

from openai import AsyncOpenAI, OpenAI


async def ask(client: AsyncOpenAI, text: str) -> str:
    completion = await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": text}]
    )
    return completion.choices[0].message.content or ""


async def main() -> None:
    async with AsyncOpenAI() as client:
        # identical requests: the server may see gathered calls in any order
        answers = await asyncio.gather(*(ask(client, "same question") for _ in range(3)))
        print(sorted(answers))
        embeddings = await asyncio.gather(
            client.embeddings.create(model="text-embedding-3-small", input="a"),
            client.embeddings.create(model="text-embedding-3-small", input="a"),
        )
        print([e.object for e in embeddings])


sync = OpenAI()
print(
    sync.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "sync"}]
    )
    .choices[0]
    .message.content
)
asyncio.run(main())
sync.close()
