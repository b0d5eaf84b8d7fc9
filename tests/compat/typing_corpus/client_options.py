"""Client configuration: constructor options, per-call options, copies."""

from __future__ import annotations

import openai
from openai import OpenAI

client = OpenAI(
    api_key="sk-test",
    organization="org-123",
    project="proj-123",
    base_url="http://127.0.0.1:4010/v1",
    timeout=20.0,
    max_retries=0,
    default_headers={"x-team": "search"},
)


def per_call(question: str) -> str | None:
    completion = client.with_options(timeout=5.0, max_retries=5).chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": question}]
    )
    return completion.choices[0].message.content


def copied() -> OpenAI:
    return client.copy(max_retries=1)


def per_call_headers(question: str) -> str:
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        extra_headers={"x-trace": "1"},
        extra_body={"custom": True},
        timeout=10.0,
    )
    return completion.id


def version() -> str:
    return openai.__version__


def close_it() -> None:
    with OpenAI() as scoped:
        print(scoped.models.list().data[0].id)
    client.close()
