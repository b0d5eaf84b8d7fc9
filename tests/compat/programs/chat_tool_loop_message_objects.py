"""The tool loop as people write it: the assistant message object itself goes back into
`messages` (not a dict), followed by the tool results."""

import json

from openai import OpenAI

client = OpenAI()
tools = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get the weather for a city",
            "parameters": {
                "type": "object",
                "properties": {
                    "city": {"type": "string"},
                    "unit": {"type": "string", "enum": ["c", "f"]},
                },
                "required": ["city", "unit"],
                "additionalProperties": False,
            },
            "strict": True,
        },
    }
]
messages = [
    {"role": "system", "content": "You answer weather questions."},
    {"role": "user", "content": "Weather in Oslo?"},
]
completion = client.chat.completions.create(model="gpt-4o", messages=messages, tools=tools)
message = completion.choices[0].message
print(completion.choices[0].finish_reason, type(message).__name__, message.content)
messages.append(message)
for call in message.tool_calls:
    args = json.loads(call.function.arguments)
    print(call.type, call.function.name, sorted(args))
    messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps({"temp": 3})})
final = client.chat.completions.create(model="gpt-4o", messages=messages, tools=tools)
print(final.choices[0].finish_reason, final.choices[0].message.tool_calls)
print(type(final.choices[0].message.content).__name__)
messages.append(final.choices[0].message.model_dump(exclude_none=True))
messages.append({"role": "user", "content": "Thanks"})
again = client.chat.completions.create(model="gpt-4o", messages=messages)
print(again.choices[0].message.role, len(messages))
