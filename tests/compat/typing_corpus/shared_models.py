"""`openai.types.shared`: reasoning, response formats, metadata on returned objects."""

from __future__ import annotations

from openai import OpenAI
from openai.types.responses import Response
from openai.types.shared import (
    ChatModel,
    ComparisonFilter,
    CompoundFilter,
    Metadata,
    Reasoning,
    ReasoningEffort,
    ResponseFormatJSONSchema,
)

client = OpenAI()


def effort(response: Response) -> ReasoningEffort | None:
    reasoning: Reasoning | None = response.reasoning
    return reasoning.effort if reasoning is not None else None


def tags(response: Response) -> Metadata:
    return response.metadata or {}


def schema_name(fmt: ResponseFormatJSONSchema) -> str:
    return fmt.json_schema.name


def flatten(node: ComparisonFilter | CompoundFilter) -> list[str]:
    if isinstance(node, ComparisonFilter):
        return [f"{node.key} {node.type} {node.value!r}"]
    out: list[str] = []
    for child in node.filters:
        if isinstance(child, ComparisonFilter):
            out.extend(flatten(child))
    return out


def default_model() -> ChatModel:
    return "gpt-4o-mini"


def ask(question: str) -> str:
    response = client.responses.create(
        model=default_model(), input=question, reasoning={"effort": "low"}
    )
    print(effort(response), tags(response))
    return response.output_text
