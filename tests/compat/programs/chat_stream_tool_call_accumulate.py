"""Streaming tool calls by hand, as the cookbook does: join argument deltas by index, then
answer the calls."""

import json

from openai import OpenAI

client = OpenAI()
tools = [
    {
        "type": "function",
        "function": {
            "name": "lookup",
            "parameters": {
                "type": "object",
                "properties": {"query": {"type": "string"}, "limit": {"type": "integer"}},
                "required": ["query", "limit"],
            },
        },
    }
]
messages = [{"role": "user", "content": "find cats"}]
calls: dict[int, dict] = {}
stream = client.chat.completions.create(model="gpt-4o", messages=messages, tools=tools, stream=True)
finish = None
for chunk in stream:
    if not chunk.choices:
        continue
    delta = chunk.choices[0].delta
    finish = chunk.choices[0].finish_reason or finish
    for call in delta.tool_calls or []:
        entry = calls.setdefault(call.index, {"id": None, "name": "", "arguments": ""})
        if call.id:
            entry["id"] = call.id
        if call.function and call.function.name:
            entry["name"] += call.function.name
        if call.function and call.function.arguments:
            entry["arguments"] += call.function.arguments
print(finish, len(calls), [(c["name"], sorted(json.loads(c["arguments"]))) for c in calls.values()])
messages.append(
    {
        "role": "assistant",
        "tool_calls": [
            {
                "id": c["id"],
                "type": "function",
                "function": {"name": c["name"], "arguments": c["arguments"]},
            }
            for c in calls.values()
        ],
    }
)
for c in calls.values():
    messages.append({"role": "tool", "tool_call_id": c["id"], "content": "3 cats"})
answer = client.chat.completions.create(model="gpt-4o", messages=messages, tools=tools)
print(answer.choices[0].finish_reason, answer.choices[0].message.content is not None)
