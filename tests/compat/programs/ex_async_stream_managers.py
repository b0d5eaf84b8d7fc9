"""Async stream managers: ``chat.completions.stream`` and ``responses.stream``, ``until_done``."""

import asyncio

from openai import AsyncOpenAI, DefaultAsyncHttpxClient


async def main() -> None:
    client = AsyncOpenAI(http_client=DefaultAsyncHttpxClient())
    async with client.chat.completions.stream(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "async chat stream"}]
    ) as stream:
        async for event in stream:
            if event.type == "content.delta":
                print(event.delta, end="|")
        print()
        completion = await stream.get_final_completion()
    print(completion.choices[0].message.content)

    async with client.responses.stream(model="gpt-4o-mini", input="until done") as stream:
        await stream.until_done()
        final = await stream.get_final_response()
    print(final.output_text, final.status)
    await client.close()


asyncio.run(main())
