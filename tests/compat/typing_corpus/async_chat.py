"""The async client: awaited calls, async streams, concurrent requests."""

from __future__ import annotations

import asyncio

from openai import AsyncOpenAI

client = AsyncOpenAI()


async def ask(question: str) -> str:
    completion = await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": question}]
    )
    return completion.choices[0].message.content or ""


async def stream(question: str) -> str:
    parts: list[str] = []
    chunks = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    async for chunk in chunks:
        if chunk.choices and chunk.choices[0].delta.content is not None:
            parts.append(chunk.choices[0].delta.content)
    return "".join(parts)


async def many(questions: list[str]) -> list[str]:
    return list(await asyncio.gather(*(ask(q) for q in questions)))


async def embed(text: str) -> list[float]:
    result = await client.embeddings.create(model="text-embedding-3-small", input=text)
    return result.data[0].embedding


async def main() -> None:
    async with AsyncOpenAI() as scoped:
        reply = await scoped.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
        )
        print(reply.choices[0].message.content)
    print(await stream("Say this is a test"))
    await client.close()


if __name__ == "__main__":
    asyncio.run(main())
