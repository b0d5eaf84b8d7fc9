"""Structured outputs with pydantic: `chat.completions.parse` and `message.parsed`."""

from __future__ import annotations

import openai
from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()


class Step(BaseModel):
    explanation: str
    output: str


class MathAnswer(BaseModel):
    steps: list[Step]
    final_answer: str


class GetWeather(BaseModel):
    city: str
    unit: str = "celsius"


def solve(problem: str) -> MathAnswer | None:
    completion = client.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "You are a helpful math tutor."},
            {"role": "user", "content": problem},
        ],
        response_format=MathAnswer,
    )
    message = completion.choices[0].message
    if message.parsed:
        for step in message.parsed.steps:
            print(step.explanation, "->", step.output)
        return message.parsed
    print(message.refusal)
    return None


def parsed_tool(question: str) -> list[GetWeather]:
    completion = client.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[{"role": "user", "content": question}],
        tools=[openai.pydantic_function_tool(GetWeather)],
    )
    found: list[GetWeather] = []
    for call in completion.choices[0].message.tool_calls or []:
        if isinstance(call.function.parsed_arguments, GetWeather):
            found.append(call.function.parsed_arguments)
    return found


def careful(problem: str) -> str:
    try:
        completion = client.chat.completions.parse(
            model="gpt-4o-2024-08-06",
            messages=[{"role": "user", "content": problem}],
            response_format=MathAnswer,
            max_completion_tokens=50,
        )
    except openai.LengthFinishReasonError as exc:
        return f"too long: {exc}"
    except openai.ContentFilterFinishReasonError:
        return "filtered"
    answer = completion.choices[0].message.parsed
    return answer.final_answer if answer is not None else ""
