"""Responses conversation state by hand: `input += response.output`, then the tool result,
and previous_response_id chaining."""

import json

from openai import OpenAI

client = OpenAI()
tools = [
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
    }
]
input_list = [{"role": "user", "content": "What is my horoscope? I am an Aquarius."}]
response = client.responses.create(model="gpt-4.1", tools=tools, input=input_list)
input_list += response.output
for item in response.output:
    print(item.type, type(item).__name__)
    if item.type == "function_call":
        print(item.name, sorted(json.loads(item.arguments)), item.call_id.startswith("call"))
        input_list.append(
            {
                "type": "function_call_output",
                "call_id": item.call_id,
                "output": json.dumps({"horoscope": "Good day."}),
            }
        )
second = client.responses.create(
    model="gpt-4.1", instructions="Answer with the horoscope.", tools=tools, input=input_list
)
print(second.status, type(second.output_text).__name__, len(second.output_text) > 0)
third = client.responses.create(
    model="gpt-4.1",
    previous_response_id=second.id,
    input=[{"role": "user", "content": "And tomorrow?"}],
)
print(third.previous_response_id == second.id, third.object, third.output[0].type)
print([c.type for c in third.output[0].content])
