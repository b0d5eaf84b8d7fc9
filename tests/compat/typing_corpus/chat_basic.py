"""Chat completions: a question, a conversation, usage and finish reasons."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def ask(question: str) -> str:
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": question},
        ],
        temperature=0.2,
        max_completion_tokens=200,
    )
    choice = completion.choices[0]
    if choice.finish_reason == "length":
        print("truncated")
    if completion.usage is not None:
        print(completion.usage.prompt_tokens, completion.usage.completion_tokens)
        details = completion.usage.prompt_tokens_details
        if details is not None and details.cached_tokens:
            print("cached:", details.cached_tokens)
    print(completion.id, completion.model, completion.created, completion.system_fingerprint)
    return choice.message.content or ""


def several(question: str) -> list[str]:
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        n=3,
        seed=7,
        stop=["\n\n"],
        user="user-1234",
    )
    return [c.message.content for c in completion.choices if c.message.content is not None]


def refusal_or_text(question: str) -> str:
    message = (
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": question}]
        )
        .choices[0]
        .message
    )
    if message.refusal:
        return "refused: " + message.refusal
    assert message.role == "assistant"
    return message.content or ""


def with_logprobs(question: str) -> list[float]:
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        logprobs=True,
        top_logprobs=2,
    )
    logprobs = completion.choices[0].logprobs
    if logprobs is None or logprobs.content is None:
        return []
    return [token.logprob for token in logprobs.content]


def dump(question: str) -> str:
    completion = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": question}]
    )
    data = completion.model_dump()
    print(sorted(data), completion.to_dict()["id"])
    return completion.model_dump_json(indent=2)
