"""openai.pydantic_function_tool with chat completions and parse."""

import openai
from openai import OpenAI
from pydantic import BaseModel


class GetWeather(BaseModel):
    """Get the weather in a city."""

    city: str
    unit: str = "celsius"


tool = openai.pydantic_function_tool(GetWeather)
print(tool["type"], tool["function"]["name"], tool["function"]["strict"])
print(sorted(tool["function"]["parameters"]["properties"]))
named = openai.pydantic_function_tool(GetWeather, name="weather", description="Weather lookup")
print(named["function"]["name"], named["function"]["description"])

client = OpenAI()
completion = client.chat.completions.parse(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Weather in Paris?"}],
    tools=[tool],
)
message = completion.choices[0].message
for call in message.tool_calls or []:
    print(call.function.name, type(call.function.parsed_arguments).__name__)
print(completion.choices[0].finish_reason)
