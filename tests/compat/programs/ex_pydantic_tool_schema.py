"""pydantic_function_tool and response_format schemas as the SDK builds them."""

import json
from enum import Enum
from typing import List, Optional

import openai
from pydantic import BaseModel, Field


class Unit(str, Enum):
    celsius = "celsius"
    fahrenheit = "fahrenheit"


class GetWeather(BaseModel):
    """Weather for one city."""

    city: str = Field(description="The city name")
    unit: Unit = Unit.celsius
    days: Optional[int] = None
    tags: List[str] = []


tool = openai.pydantic_function_tool(GetWeather)
print(json.dumps(tool, sort_keys=True))
named = openai.pydantic_function_tool(GetWeather, name="weather", description="Look it up")
print(named["function"]["name"], named["function"]["description"], named["function"]["strict"])

client = openai.OpenAI()
completion = client.chat.completions.parse(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "weather in Oslo"}],
    tools=[tool],
)
calls = completion.choices[0].message.tool_calls or []
for call in calls:
    print(call.function.name, type(call.function.parsed_arguments).__name__)
