"""Function calling with chat completions: the model asks, we answer, it concludes."""

from __future__ import annotations

import json
from typing import Any

from openai import OpenAI

client = OpenAI()

WEATHER_TOOL: Any = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather of a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def weather(city: str) -> str:
    return f"sunny in {city}"


def run(question: str) -> str | None:
    messages: list[Any] = [{"role": "user", "content": question}]
    completion = client.chat.completions.create(
        model="gpt-4o-mini", messages=messages, tools=[WEATHER_TOOL], tool_choice="auto"
    )
    message = completion.choices[0].message
    if not message.tool_calls:
        return message.content
    messages.append(message)
    for tool_call in message.tool_calls:
        if tool_call.type != "function":
            continue
        arguments = json.loads(tool_call.function.arguments)
        print("calling", tool_call.function.name, "id", tool_call.id)
        messages.append(
            {"role": "tool", "tool_call_id": tool_call.id, "content": weather(arguments["city"])}
        )
    final = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    return final.choices[0].message.content


def forced(question: str) -> list[str]:
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        tools=[WEATHER_TOOL],
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        parallel_tool_calls=False,
    )
    calls = completion.choices[0].message.tool_calls or []
    names: list[str] = []
    for call in calls:
        if call.type == "function":
            names.append(call.function.name)
    return names
