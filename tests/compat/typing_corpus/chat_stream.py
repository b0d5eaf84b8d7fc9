"""Streamed chat completions: deltas, the final usage chunk, early close."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def stream_text(question: str) -> str:
    parts: list[str] = []
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        stream=True,
        stream_options={"include_usage": True},
    )
    for chunk in stream:
        if chunk.usage is not None:
            print("total tokens:", chunk.usage.total_tokens)
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta
        if delta.content is not None:
            parts.append(delta.content)
        if chunk.choices[0].finish_reason is not None:
            print("finished:", chunk.choices[0].finish_reason)
    return "".join(parts)


def first_words(question: str, limit: int) -> str:
    seen = ""
    with client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        stream=True,
    ) as stream:
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                seen += chunk.choices[0].delta.content
            if len(seen) > limit:
                break
    return seen


def streamed_tool_arguments(question: str) -> dict[int, str]:
    arguments: dict[int, str] = {}
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        tools=[
            {
                "type": "function",
                "function": {"name": "lookup", "parameters": {"type": "object"}},
            }
        ],
        stream=True,
    )
    for chunk in stream:
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or []:
                if call.function is not None and call.function.arguments:
                    arguments[call.index] = arguments.get(call.index, "") + call.function.arguments
    stream.close()
    return arguments
