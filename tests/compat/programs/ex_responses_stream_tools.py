"""``responses.stream`` with function tools: argument events and the final function call."""

import json

import openai
from openai import OpenAI
from pydantic import BaseModel


class GetWeather(BaseModel):
    city: str
    unit: str


client = OpenAI()
tools = [
    {
        "type": "function",
        "name": "get_weather",
        "description": "Weather for a city",
        "parameters": GetWeather.model_json_schema(),
        "strict": False,
    }
]
with client.responses.stream(model="gpt-4o-mini", input="weather in Oslo?", tools=tools) as s:
    for event in s:
        if event.type == "response.function_call_arguments.delta":
            print("args delta", event.item_id.startswith("fc"), event.output_index)
        elif event.type == "response.function_call_arguments.done":
            print("args done", sorted(json.loads(event.arguments)))
        elif event.type == "response.output_item.added":
            print("added", event.item.type, getattr(event.item, "name", None))
        elif event.type == "response.output_item.done":
            print("item done", event.item.type, event.item.status)
        elif event.type in ("response.created", "response.completed"):
            print(event.type, event.response.status)
    final = s.get_final_response()
for item in final.output:
    print(item.type, item.name, sorted(json.loads(item.arguments)), item.call_id is not None)
print(repr(final.output_text), final.usage.total_tokens > 0)

parsed = client.responses.parse(
    model="gpt-4o-mini",
    input="weather in Oslo?",
    tools=[openai.pydantic_function_tool(GetWeather)],
)
print([(o.type, type(getattr(o, "parsed_arguments", None)).__name__) for o in parsed.output])
