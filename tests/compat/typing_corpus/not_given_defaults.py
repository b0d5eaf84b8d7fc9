"""User wrappers forwarding `NotGiven`/`NOT_GIVEN` and `Omit`/`omit` defaults to the client."""

from __future__ import annotations

from openai import NOT_GIVEN, NotGiven, Omit, OpenAI, omit
from openai.types.chat import ChatCompletion

client = OpenAI()


def complete(
    prompt: str,
    *,
    temperature: float | Omit = omit,
    max_tokens: int | Omit = omit,
    user: str | Omit = omit,
    timeout: float | NotGiven = NOT_GIVEN,
) -> ChatCompletion:
    return client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
        max_tokens=max_tokens,
        user=user,
        timeout=timeout,
    )


def embed(text: str, dimensions: int | Omit = omit) -> list[float]:
    result = client.embeddings.create(
        model="text-embedding-3-small", input=text, dimensions=dimensions
    )
    return result.data[0].embedding


def given(value: float | NotGiven) -> bool:
    return not isinstance(value, NotGiven)
