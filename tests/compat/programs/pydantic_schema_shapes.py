"""What `.parse(response_format=Model)` and `pydantic_function_tool` send for the model
shapes people write: nested models, Optional, Literal, Enum, lists, defaults, descriptions."""

import enum
import json
from typing import List, Literal, Optional, Union

from openai import OpenAI, pydantic_function_tool
from pydantic import BaseModel, Field


class Color(str, enum.Enum):
    RED = "red"
    GREEN = "green"


class Address(BaseModel):
    street: str
    city: str = Field(description="The city name")


class Person(BaseModel):
    """A person in the text."""

    name: str
    age: Optional[int]
    favorite: Color
    kind: Literal["adult", "child"]
    addresses: List[Address]
    tags: list[str] = Field(default_factory=list)
    score: Union[int, float]
    nickname: Optional[str] = None


class Extraction(BaseModel):
    people: list[Person]
    summary: str = Field(description="One line")


class GetPerson(BaseModel):
    """Look a person up by name."""

    name: str = Field(description="Full name")
    exact: bool


client = OpenAI()
completion = client.chat.completions.parse(
    model="gpt-4o-2024-08-06",
    messages=[{"role": "user", "content": "Ann, 31, likes red, lives at 1 Main St, Oslo."}],
    response_format=Extraction,
    tools=[
        pydantic_function_tool(GetPerson),
        pydantic_function_tool(Address, name="address", description="An address"),
    ],
)
message = completion.choices[0].message
print(type(message.parsed).__name__ if message.parsed else message.tool_calls[0].function.name)
for tool in (pydantic_function_tool(GetPerson), pydantic_function_tool(Person)):
    print(json.dumps(tool, indent=2, sort_keys=True))
