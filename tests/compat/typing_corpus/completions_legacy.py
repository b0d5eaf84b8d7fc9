"""The legacy completions endpoint."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def complete(prompt: str) -> str:
    completion = client.completions.create(
        model="gpt-3.5-turbo-instruct", prompt=prompt, max_tokens=32, temperature=0
    )
    if completion.usage is not None:
        print(completion.usage.total_tokens)
    choice = completion.choices[0]
    print(choice.finish_reason, choice.index)
    return choice.text


def stream(prompt: str) -> str:
    text = ""
    for chunk in client.completions.create(
        model="gpt-3.5-turbo-instruct", prompt=prompt, stream=True
    ):
        if chunk.choices:
            text += chunk.choices[0].text
    return text
