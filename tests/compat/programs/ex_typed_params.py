"""Typed request params from openai.types, used as plain dicts."""

from openai import OpenAI
from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam

client = OpenAI()
messages: list[ChatCompletionMessageParam] = [
    {"role": "system", "content": "You answer with a tool call when asked for weather."},
    {"role": "user", "content": "Weather in Oslo?"},
]
tools: list[ChatCompletionToolParam] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
]
completion = client.chat.completions.create(model="gpt-4o-mini", messages=messages, tools=tools)
choice = completion.choices[0]
print(choice.finish_reason, [c.function.name for c in choice.message.tool_calls or []])
messages.append(choice.message.to_dict())
for call in choice.message.tool_calls or []:
    messages.append({"role": "tool", "tool_call_id": call.id, "content": "sunny"})
final = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
print(final.choices[0].message.content)
