"""`APIResponse[...]` / `LegacyAPIResponse[...]` of raw views kept in user annotations."""

from __future__ import annotations

from openai import APIResponse, OpenAI
from openai._legacy_response import LegacyAPIResponse
from openai.types import CreateEmbeddingResponse
from openai.types.chat import ChatCompletion

client = OpenAI()


def raw_chat(prompt: str) -> LegacyAPIResponse[ChatCompletion]:
    return client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}]
    )


def limits(prompt: str) -> tuple[str | None, ChatCompletion]:
    raw = raw_chat(prompt)
    remaining = raw.headers.get("x-ratelimit-remaining-requests")
    print(raw.http_request.url, raw.status_code, raw.elapsed)
    return remaining, raw.parse()


def streamed_embedding(text: str) -> CreateEmbeddingResponse:
    with client.embeddings.with_streaming_response.create(
        model="text-embedding-3-small", input=text
    ) as response:
        typed: APIResponse[CreateEmbeddingResponse] = response
        print(typed.headers.get("x-request-id"))
        return typed.parse()
