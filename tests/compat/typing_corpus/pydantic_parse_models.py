"""`.parse` with user pydantic models: nested schemas, enums, parsed results in annotations."""

from __future__ import annotations

from enum import StrEnum

from openai import OpenAI
from openai.types.chat import ParsedChatCompletion, ParsedChatCompletionMessage
from openai.types.responses import ParsedResponse
from pydantic import BaseModel, Field

client = OpenAI()


class Priority(StrEnum):
    low = "low"
    high = "high"


class Task(BaseModel):
    title: str
    priority: Priority
    tags: list[str] = Field(default_factory=list)


class Plan(BaseModel):
    goal: str
    tasks: list[Task]


def plan_chat(goal: str) -> ParsedChatCompletion[Plan]:
    return client.chat.completions.parse(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": goal}],
        response_format=Plan,
    )


def tasks(goal: str) -> list[Task]:
    message: ParsedChatCompletionMessage[Plan] = plan_chat(goal).choices[0].message
    if message.refusal:
        return []
    return message.parsed.tasks if message.parsed else []


def plan_responses(goal: str) -> Plan | None:
    response: ParsedResponse[Plan] = client.responses.parse(
        model="gpt-4.1", input=goal, text_format=Plan
    )
    return response.output_parsed


def urgent(goal: str) -> list[str]:
    plan = plan_responses(goal)
    return [t.title for t in plan.tasks if t.priority is Priority.high] if plan else []
