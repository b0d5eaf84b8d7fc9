"""The stream helpers' own events: chat's logprobs and parsed deltas, responses' snapshots
and parsed text, narrowed on `event.type`."""

from __future__ import annotations

from openai import AsyncOpenAI, OpenAI
from openai.types.chat import ChatCompletionTokenLogprob
from pydantic import BaseModel


class City(BaseModel):
    name: str


client = OpenAI()


def chat_tokens(prompt: str) -> list[str]:
    tokens: list[str] = []
    with client.chat.completions.stream(
        model="gpt-4o", messages=[{"role": "user", "content": prompt}], logprobs=True
    ) as stream:
        for event in stream:
            if event.type == "logprobs.content.delta":
                entries: list[ChatCompletionTokenLogprob] = event.content
                tokens.extend(t.token for t in entries)
                print(len(event.snapshot))
            elif event.type == "logprobs.content.done":
                print(sum(t.logprob for t in event.content))
            elif event.type == "logprobs.refusal.delta":
                print([t.token for t in event.refusal])
            elif event.type == "content.delta":
                print(event.delta, event.snapshot)
            elif event.type == "tool_calls.function.arguments.delta":
                print(event.name, event.index, event.arguments_delta)
    return tokens


def responses_text(prompt: str) -> str:
    with client.responses.stream(model="gpt-4.1", input=prompt, text_format=City) as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                text: str = event.snapshot
                print(event.delta, len(text))
            elif event.type == "response.output_text.done":
                city = event.parsed
                if city is not None:
                    print(city.name)
            elif event.type == "response.function_call_arguments.delta":
                print(event.snapshot)
            elif event.type == "response.completed":
                parsed = event.response.output_parsed
                print(parsed.name if parsed else None, event.response.id)
        final = stream.get_final_response()
    return final.output_text


async def responses_async(prompt: str) -> list[str]:
    aclient = AsyncOpenAI()
    seen: list[str] = []
    async with aclient.responses.stream(model="gpt-4.1", input=prompt) as stream:
        async for event in stream:
            if event.type == "response.output_text.delta":
                seen.append(event.snapshot)
    return seen
