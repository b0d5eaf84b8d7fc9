"""Embeddings: vectors, batches, dimensions and usage."""

from __future__ import annotations

import math

from openai import OpenAI

client = OpenAI()


def embed(text: str) -> list[float]:
    result = client.embeddings.create(model="text-embedding-3-small", input=text)
    print(result.model, result.usage.prompt_tokens, result.usage.total_tokens)
    return result.data[0].embedding


def embed_many(texts: list[str]) -> dict[int, list[float]]:
    result = client.embeddings.create(
        model="text-embedding-3-large", input=texts, dimensions=256, encoding_format="float"
    )
    return {item.index: item.embedding for item in result.data}


def cosine(a: str, b: str) -> float:
    va, vb = embed(a), embed(b)
    dot = sum(x * y for x, y in zip(va, vb, strict=True))
    return dot / (math.sqrt(sum(x * x for x in va)) * math.sqrt(sum(y * y for y in vb)))


def token_input(tokens: list[int]) -> int:
    result = client.embeddings.create(model="text-embedding-3-small", input=[tokens])
    return len(result.data[0].embedding)
