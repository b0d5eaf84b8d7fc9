"""``chat.completions.stream`` with a function tool: argument deltas and the final call."""

import openai
from openai import OpenAI
from pydantic import BaseModel


class GetWeather(BaseModel):
    city: str


client = OpenAI()
with client.chat.completions.stream(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "weather in Paris?"}],
    tools=[openai.pydantic_function_tool(GetWeather)],
) as stream:
    for event in stream:
        if event.type == "tool_calls.function.arguments.done":
            print(event.type, event.name, type(event.parsed_arguments).__name__)
        elif event.type == "chunk":
            continue
        else:
            print(event.type)
completion = stream.get_final_completion()
call = completion.choices[0].message.tool_calls[0]
print(call.function.name, type(call.function.parsed_arguments).__name__)
