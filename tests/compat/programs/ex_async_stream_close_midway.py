"""Async streams left early: ``async with await create(stream=True)``, close(), break."""

import asyncio

from openai import AsyncOpenAI


async def main() -> None:
    async with AsyncOpenAI(max_retries=2) as client:
        async with await client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "count"}], stream=True
        ) as stream:
            print(type(stream).__name__, stream.response.status_code)
            async for chunk in stream:
                print(chunk.choices[0].delta.role)
                break
        print(stream.response.is_closed)

        stream = await client.responses.create(model="gpt-4o-mini", input="hi", stream=True)
        kinds = []
        async for event in stream:
            kinds.append(event.type)
            if len(kinds) == 2:
                await stream.close()
                break
        print(kinds, stream.response.is_closed)

        stream = await client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "count"}], stream=True
        )
        await stream.close()
        print(stream.response.is_closed)
        print((await client.models.retrieve("gpt-4o-mini")).id)
    print(client.is_closed())


asyncio.run(main())
