"""Fan out with asyncio.gather on one AsyncOpenAI client, the way batch scripts do."""

import asyncio

from openai import AsyncOpenAI

LIMIT = asyncio.Semaphore(1)  # the usual concurrency cap (1 keeps the request order fixed)


async def limited(coro):
    async with LIMIT:
        return await coro


async def ask(client: AsyncOpenAI, question: str) -> str:
    async with LIMIT:
        completion = await client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": question}], max_tokens=20
        )
    return completion.choices[0].message.content or ""


async def main() -> None:
    async with AsyncOpenAI() as client:
        answers = await asyncio.gather(*(ask(client, f"question {i}") for i in range(4)))
        for answer in answers:
            print(type(answer).__name__, len(answer) > 0)
        embedding = await client.embeddings.create(model="text-embedding-3-small", input=["a", "b"])
        model, raw = await asyncio.gather(
            limited(client.models.retrieve("gpt-4o-mini")),
            limited(
                client.chat.completions.with_raw_response.create(
                    model="gpt-4o-mini", messages=[{"role": "user", "content": "raw"}]
                )
            ),
        )
        print(len(embedding.data), [d.index for d in embedding.data], embedding.model)
        print(model.id, model.owned_by, type(model).__name__)
        parsed = raw.parse()
        print(raw.status_code, raw.headers["content-type"], type(parsed).__name__)
        print(parsed.choices[0].finish_reason, parsed.usage.total_tokens > 0)
        results = await asyncio.gather(
            limited(client.models.retrieve("no-such-model")),
            ask(client, "ok"),
            return_exceptions=True,
        )
        print([type(r).__name__ if isinstance(r, Exception) else "answer" for r in results])
        print(getattr(results[0], "status_code", None))


asyncio.run(main())
