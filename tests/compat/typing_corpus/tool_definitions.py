"""Chat tools declared as `ChatCompletionToolParam` dicts around a `FunctionDefinition`."""

from __future__ import annotations

import json
from collections.abc import Callable

from openai import OpenAI
from openai.types.chat import (
    ChatCompletionMessageToolCall,
    ChatCompletionToolChoiceOptionParam,
    ChatCompletionToolParam,
)
from openai.types.shared_params import FunctionDefinition

client = OpenAI()

HANDLERS: dict[str, Callable[[dict[str, str]], str]] = {
    "lookup": lambda args: f"found {args['term']}",
}


def function(name: str, description: str, **props: str) -> FunctionDefinition:
    return {
        "name": name,
        "description": description,
        "parameters": {
            "type": "object",
            "properties": {key: {"type": kind} for key, kind in props.items()},
            "required": list(props),
        },
    }


TOOLS: list[ChatCompletionToolParam] = [
    {"type": "function", "function": function("lookup", "Look a term up", term="string")},
]


def run(call: ChatCompletionMessageToolCall) -> str:
    handler = HANDLERS[call.function.name]
    return handler(json.loads(call.function.arguments))


def ask(question: str, force: bool = False) -> list[str]:
    choice: ChatCompletionToolChoiceOptionParam = (
        {"type": "function", "function": {"name": "lookup"}} if force else "auto"
    )
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        tools=TOOLS,
        tool_choice=choice,
        parallel_tool_calls=False,
    )
    calls = completion.choices[0].message.tool_calls or []
    return [run(call) for call in calls if isinstance(call, ChatCompletionMessageToolCall)]
