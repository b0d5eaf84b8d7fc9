"""The async client with aiohttp, as a context manager, several calls at once."""

import asyncio

from openai import AsyncOpenAI, DefaultAioHttpClient


async def main() -> None:
    async with AsyncOpenAI(http_client=DefaultAioHttpClient()) as client:
        answers = await asyncio.gather(
            *(
                client.chat.completions.create(
                    model="gpt-4o-mini", messages=[{"role": "user", "content": f"n{i}"}]
                )
                for i in range(3)
            )
        )
        print([a.choices[0].message.content for a in answers])
        emb = await client.embeddings.create(model="text-embedding-3-small", input=["a", "b"])
        print(len(emb.data), len(emb.data[0].embedding) > 0)
        stream = await client.responses.create(model="gpt-4o-mini", input="hi", stream=True)
        kinds = [event.type async for event in stream]
        print(kinds[0], kinds[-1])
    print(client.is_closed())


asyncio.run(main())
