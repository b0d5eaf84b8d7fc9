"""Async ``responses.stream``: every event type, sequence numbers, the final response."""

import asyncio

from openai import AsyncOpenAI
from pydantic import BaseModel


class Answer(BaseModel):
    city: str
    population: int


async def main() -> None:
    async with AsyncOpenAI() as client:
        async with client.responses.stream(
            model="gpt-4o-mini", input="Write one sentence."
        ) as stream:
            seen = []
            async for event in stream:
                seen.append(event.type)
                if event.type == "response.output_text.delta":
                    print("delta", repr(event.delta), event.output_index, event.content_index)
                elif event.type == "response.output_text.done":
                    print("done", repr(event.text))
                elif event.type == "response.completed":
                    print("completed", event.response.status, event.response.output_text)
            print(sorted(set(seen)))
            final = await stream.get_final_response()
        print(type(final).__name__, final.status, final.output[0].type, final.usage is not None)

        async with client.responses.stream(
            model="gpt-4o-mini", input="Largest city?", text_format=Answer
        ) as stream:
            await stream.until_done()
            parsed = await stream.get_final_response()
        print(type(parsed).__name__, type(parsed.output_parsed).__name__)
        print(parsed.output_parsed)


asyncio.run(main())
