"""README blocks: clients as context managers, sync and async."""

import asyncio

from openai import AsyncOpenAI, OpenAI

with OpenAI() as client:
    # make requests here
    print(client.models.retrieve("gpt-4o-mini").id)

# HTTP client is now closed
print(client.is_closed())


async def main() -> None:
    async with AsyncOpenAI() as client:
        response = await client.responses.create(model="gpt-5.5", input="Say this is a test")
        print(response.output_text)
    print(client.is_closed())


asyncio.run(main())
