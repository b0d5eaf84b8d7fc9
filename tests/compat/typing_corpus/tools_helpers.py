"""Typed helpers users write around the client: results passed to other functions."""

from __future__ import annotations

from collections.abc import Iterator

from openai import OpenAI

client = OpenAI()


def token_report(model: str, prompts: list[str]) -> dict[str, int]:
    report: dict[str, int] = {}
    for prompt in prompts:
        completion = client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": prompt}]
        )
        usage = completion.usage
        report[prompt] = usage.total_tokens if usage else 0
    return report


def deltas(prompt: str) -> Iterator[str]:
    stream = client.responses.create(model="gpt-5-mini", input=prompt, stream=True)
    for event in stream:
        if event.type == "response.output_text.delta":
            yield event.delta


def finish_reasons(prompt: str) -> set[str]:
    completion = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}], n=2
    )
    return {choice.finish_reason for choice in completion.choices}


def content_or_refusal(prompt: str) -> tuple[str | None, str | None]:
    message = (
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}]
        )
        .choices[0]
        .message
    )
    return message.content, message.refusal
