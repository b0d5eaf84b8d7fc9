"""README block: the aiohttp backend (``DefaultAioHttpClient``)."""

import asyncio
import os

from openai import AsyncOpenAI, DefaultAioHttpClient


async def main() -> None:
    async with AsyncOpenAI(
        api_key=os.environ.get("OPENAI_API_KEY"),  # This is the default and can be omitted
        http_client=DefaultAioHttpClient(),
    ) as client:
        chat_completion = await client.chat.completions.create(
            messages=[
                {
                    "role": "user",
                    "content": "Say this is a test",
                }
            ],
            model="gpt-5.5",
        )
        print(chat_completion.choices[0].message.content)


asyncio.run(main())
