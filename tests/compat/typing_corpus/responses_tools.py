"""Function tools with the Responses API and sending results back."""

from __future__ import annotations

import json
from typing import Any

from openai import OpenAI

client = OpenAI()

TOOLS: list[Any] = [
    {
        "type": "function",
        "name": "get_horoscope",
        "description": "Today's horoscope for a sign.",
        "parameters": {
            "type": "object",
            "properties": {"sign": {"type": "string"}},
            "required": ["sign"],
            "additionalProperties": False,
        },
        "strict": True,
    },
    {"type": "web_search"},
]


def horoscope(sign: str) -> str:
    return f"{sign}: next Tuesday you will befriend a baby otter."


def run(prompt: str) -> str:
    items: list[Any] = [{"role": "user", "content": prompt}]
    response = client.responses.create(model="gpt-5", tools=TOOLS, input=items)
    items += response.output
    for item in response.output:
        if item.type == "function_call":
            arguments = json.loads(item.arguments)
            items.append(
                {
                    "type": "function_call_output",
                    "call_id": item.call_id,
                    "output": json.dumps({"horoscope": horoscope(arguments["sign"])}),
                }
            )
    final = client.responses.create(
        model="gpt-5", instructions="Respond only with a horoscope.", tools=TOOLS, input=items
    )
    return final.output_text


def used_tools(response_id: str) -> list[str]:
    response = client.responses.retrieve(response_id)
    names: list[str] = []
    for tool in response.tools:
        if tool.type == "function":
            names.append(tool.name)
        else:
            names.append(tool.type)
    return names
