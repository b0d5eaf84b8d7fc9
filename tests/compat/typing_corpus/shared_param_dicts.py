"""`openai.types.shared_params`: typed request dicts passed on to `create`."""

from __future__ import annotations

from openai import OpenAI
from openai.types.shared_params import (
    ComparisonFilter,
    FunctionDefinition,
    Metadata,
    Reasoning,
    ResponseFormatJSONSchema,
)

client = OpenAI()

REASONING: Reasoning = {"effort": "medium", "summary": "auto"}
TAGS: Metadata = {"team": "search", "env": "prod"}


def weather_fn() -> FunctionDefinition:
    return {
        "name": "get_weather",
        "description": "Weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        "strict": True,
    }


def json_format(name: str) -> ResponseFormatJSONSchema:
    return {
        "type": "json_schema",
        "json_schema": {
            "name": name,
            "schema": {"type": "object", "properties": {"ok": {"type": "boolean"}}},
            "strict": True,
        },
    }


def year_filter(year: int) -> ComparisonFilter:
    return {"key": "year", "type": "gte", "value": year}


def ask(question: str) -> str | None:
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        response_format=json_format("answer"),
        metadata=TAGS,
        store=True,
        tools=[{"type": "function", "function": weather_fn()}],
    )
    return completion.choices[0].message.content


def think(question: str) -> str:
    return client.responses.create(
        model="o4-mini", input=question, reasoning=REASONING, metadata=TAGS
    ).output_text


def search(store_id: str, query: str) -> int:
    page = client.vector_stores.search(store_id, query=query, filters=year_filter(2020))
    return len(page.data)
