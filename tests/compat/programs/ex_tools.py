"""Function calling in Chat Completions, with ``pydantic_function_tool``."""

import json

import openai
from openai import OpenAI
from pydantic import BaseModel


class GetWeather(BaseModel):
    city: str
    unit: str


client = OpenAI()
completion = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Weather in Paris?"}],
    tools=[openai.pydantic_function_tool(GetWeather)],
)
message = completion.choices[0].message
print(completion.choices[0].finish_reason, message.content)
for call in message.tool_calls or []:
    print(call.type, call.function.name, sorted(json.loads(call.function.arguments)))

response = client.responses.create(
    model="gpt-4o-mini",
    input="Weather in Paris?",
    tools=[
        {
            "type": "function",
            "name": "get_weather",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        }
    ],
)
for item in response.output:
    print(item.type, item.name, sorted(json.loads(item.arguments)))
print(repr(response.output_text))
