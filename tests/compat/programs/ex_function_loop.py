"""examples/responses function calling: call the tool, send its output back, read the answer."""

import json

from openai import OpenAI

client = OpenAI()
tools = [
    {
        "type": "function",
        "name": "get_weather",
        "description": "Get the weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
            "additionalProperties": False,
        },
        "strict": True,
    }
]
input_items = [{"role": "user", "content": "What's the weather in Paris?"}]
response = client.responses.create(model="gpt-4o-mini", input=input_items, tools=tools)
for item in response.output:
    if item.type == "function_call":
        args = json.loads(item.arguments)
        print("call", item.name, sorted(args), item.call_id.startswith("call_"))
        input_items.append(item)
        input_items.append(
            {"type": "function_call_output", "call_id": item.call_id, "output": "sunny"}
        )
final = client.responses.create(model="gpt-4o-mini", input=input_items, tools=tools)
print(final.output[0].type, final.output_text)
