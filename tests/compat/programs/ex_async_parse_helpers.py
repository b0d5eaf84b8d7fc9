"""Async structured outputs: chat.completions.parse and responses.parse with pydantic."""

import asyncio
from typing import List

import openai
from openai import AsyncOpenAI
from pydantic import BaseModel


class Step(BaseModel):
    explanation: str
    output: str


class Solution(BaseModel):
    steps: List[Step]
    final_answer: str


class Lookup(BaseModel):
    city: str


async def main() -> None:
    client = AsyncOpenAI()
    completion = await client.chat.completions.parse(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "solve 8x + 31 = 2"}],
        response_format=Solution,
    )
    message = completion.choices[0].message
    print(type(message.parsed).__name__, message.refusal)
    if message.parsed:
        print(type(message.parsed.final_answer).__name__, len(message.parsed.steps) >= 0)

    tooled = await client.chat.completions.parse(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "weather in Paris"}],
        tools=[openai.pydantic_function_tool(Lookup)],
    )
    calls = tooled.choices[0].message.tool_calls or []
    print([type(c.function.parsed_arguments).__name__ for c in calls])

    parsed = await client.responses.parse(
        model="gpt-4o-mini", input="solve 1 + 1", text_format=Solution
    )
    print(type(parsed.output_parsed).__name__, parsed.output[0].type)
    await client.close()


asyncio.run(main())
