"""Async ``chat.completions.stream`` with pydantic tools: argument deltas, parsed calls."""

import asyncio

import openai
from openai import AsyncOpenAI
from pydantic import BaseModel


class Lookup(BaseModel):
    city: str
    days: int


class Convert(BaseModel):
    amount: float
    currency: str


async def main() -> None:
    client = AsyncOpenAI()
    async with client.chat.completions.stream(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "forecast for Lyon and convert 3 EUR"}],
        tools=[openai.pydantic_function_tool(Lookup), openai.pydantic_function_tool(Convert)],
    ) as stream:
        deltas = 0
        async for event in stream:
            if event.type == "tool_calls.function.arguments.delta":
                deltas += 1
                print("delta", event.name, event.index, type(event.arguments_delta).__name__)
            elif event.type == "tool_calls.function.arguments.done":
                print("done", event.name, event.index, repr(event.parsed_arguments))
                print("  arguments", event.arguments)
            elif event.type != "chunk":
                print(event.type)
        print("deltas>0", deltas > 0)
    completion = await stream.get_final_completion()
    message = completion.choices[0].message
    print(completion.choices[0].finish_reason, message.content, message.refusal)
    for call in message.tool_calls or []:
        print(call.type, call.function.name, call.function.parsed_arguments)
    print(message.model_dump(exclude_none=True).keys())
    await client.close()


asyncio.run(main())
