"""Moderation: flags, categories and scores."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def check(text: str) -> bool:
    response = client.moderations.create(model="omni-moderation-latest", input=text)
    result = response.results[0]
    if result.flagged:
        categories = result.categories
        print("harassment:", categories.harassment, "violence:", categories.violence)
        print("self-harm:", categories.self_harm, "hate:", categories.hate)
        print("score:", result.category_scores.violence)
    return result.flagged


def flagged_categories(texts: list[str]) -> list[list[str]]:
    response = client.moderations.create(input=texts)
    print(response.id, response.model)
    out: list[list[str]] = []
    for result in response.results:
        flags = result.categories.model_dump(by_alias=True)
        out.append([name for name, hit in flags.items() if hit])
    return out
