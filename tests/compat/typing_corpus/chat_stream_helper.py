"""The chat stream manager: typed events, the final completion, parsed content."""

from __future__ import annotations

from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()


class Entities(BaseModel):
    people: list[str]
    places: list[str]


def extract(text: str) -> Entities | None:
    with client.chat.completions.stream(
        model="gpt-4o-2024-08-06",
        messages=[{"role": "user", "content": text}],
        response_format=Entities,
    ) as stream:
        for event in stream:
            if event.type == "content.delta":
                print(event.delta, end="", flush=True)
                if event.parsed is not None:
                    print("partial:", event.parsed)
            elif event.type == "content.done":
                print()
            elif event.type == "refusal.delta":
                print("refusing:", event.delta)
    completion = stream.get_final_completion()
    if completion.usage is not None:
        print("tokens:", completion.usage.total_tokens)
    return completion.choices[0].message.parsed


def plain(text: str) -> str:
    with client.chat.completions.stream(
        model="gpt-4o-mini", messages=[{"role": "user", "content": text}]
    ) as stream:
        for event in stream:
            if event.type == "chunk":
                print(event.chunk.id)
            elif event.type == "tool_calls.function.arguments.delta":
                print(event.name, event.arguments_delta)
        final = stream.get_final_completion()
    return final.choices[0].message.content or ""
