"""``responses.stream`` with ``text_format``, sync and async, and ``get_final_response``."""

import asyncio

from openai import AsyncOpenAI, OpenAI
from pydantic import BaseModel


class Answer(BaseModel):
    value: str


with OpenAI().responses.stream(
    model="gpt-4o-mini", input="give me a value", text_format=Answer
) as stream:
    kinds = [event.type for event in stream]
    final = stream.get_final_response()
print(kinds[0], kinds[-1], type(final.output_parsed).__name__)


async def main() -> None:
    client = AsyncOpenAI()
    async with client.responses.stream(model="gpt-4o-mini", input="async stream") as stream:
        async for event in stream:
            if event.type == "response.output_text.delta":
                print(event.delta, end="")
        print()
        final = await stream.get_final_response()
    print(final.output_text)
    await client.close()


asyncio.run(main())
