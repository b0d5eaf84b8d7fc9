"""Responses with function tools: read function_call items, send outputs back."""

import json

from openai import OpenAI

client = OpenAI()
tools = [
    {
        "type": "function",
        "name": "get_weather",
        "description": "Weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    }
]
response = client.responses.create(
    model="gpt-4o-mini", input="Weather in Paris?", tools=tools, tool_choice="required"
)
print(response.status, [item.type for item in response.output])
outputs = []
for item in response.output:
    if item.type == "function_call":
        print(item.name, sorted(json.loads(item.arguments)), item.call_id is not None)
        outputs.append(
            {"type": "function_call_output", "call_id": item.call_id, "output": '{"temp": 21}'}
        )
follow = client.responses.create(
    model="gpt-4o-mini", previous_response_id=response.id, input=outputs or "continue", tools=tools
)
print(follow.object, follow.previous_response_id == response.id, follow.output_text)
print(follow.tools[0].type if follow.tools else None, follow.model)
