"""Async ``chat.completions.stream`` with a pydantic ``response_format``: parsed deltas."""

import asyncio

from openai import AsyncOpenAI
from pydantic import BaseModel


class Step(BaseModel):
    explanation: str
    output: str


class MathResponse(BaseModel):
    steps: list[Step]
    final_answer: str


async def main() -> None:
    client = AsyncOpenAI()
    async with client.chat.completions.stream(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "solve 8x + 31 = 2"}],
        response_format=MathResponse,
    ) as stream:
        kinds = []
        async for event in stream:
            kinds.append(event.type)
            if event.type == "content.delta" and event.parsed is not None:
                print("partial", sorted(event.parsed))
            elif event.type == "content.done":
                print("done", type(event.parsed).__name__, len(event.parsed.steps) >= 0)
        print(kinds.count("chunk") > 1, kinds[-1])
        snap = stream.current_completion_snapshot
        print(snap.choices[0].message.parsed is not None, snap.choices[0].finish_reason)
    final = await stream.get_final_completion()
    message = final.choices[0].message
    print(type(message.parsed).__name__, message.parsed.final_answer == message.parsed.final_answer)
    print(message.refusal, message.tool_calls, final.choices[0].finish_reason)
    await client.close()


asyncio.run(main())
