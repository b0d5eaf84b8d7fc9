"""The module-level client: settings on the package, calls on it."""

from __future__ import annotations

import openai

openai.api_key = "sk-test"
openai.base_url = "http://127.0.0.1:4010/v1"
openai.max_retries = 1


def ask(question: str) -> str | None:
    completion = openai.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": question}]
    )
    return completion.choices[0].message.content


def vector(text: str) -> list[float]:
    return openai.embeddings.create(model="text-embedding-3-small", input=text).data[0].embedding


def model_names() -> list[str]:
    return [m.id for m in openai.models.list()]
