"""Function calling with tool_choice, parallel_tool_calls and typed params; the loop back."""

import json

from openai import OpenAI
from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam

client = OpenAI()
tools: list[ChatCompletionToolParam] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Weather for a city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
                "additionalProperties": False,
            },
            "strict": True,
        },
    }
]
messages: list[ChatCompletionMessageParam] = [
    {"role": "user", "content": "What's the weather in Paris?"}
]
first = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=messages,
    tools=tools,
    tool_choice={"type": "function", "function": {"name": "get_weather"}},
    parallel_tool_calls=False,
)
message = first.choices[0].message
print(first.choices[0].finish_reason, message.content)
for call in message.tool_calls or []:
    print(call.type, call.function.name, sorted(json.loads(call.function.arguments or "{}")))
    messages.append(message.model_dump(exclude_unset=True))
    messages.append({"role": "tool", "tool_call_id": call.id, "content": '{"temp": 21}'})
second = client.chat.completions.create(
    model="gpt-4o-mini", messages=messages, tools=tools, tool_choice="none"
)
print(second.choices[0].message.role, second.choices[0].finish_reason)
auto = client.chat.completions.create(
    model="gpt-4o-mini", messages=messages, tools=tools, tool_choice="auto", seed=1, n=1
)
print(len(auto.choices))
