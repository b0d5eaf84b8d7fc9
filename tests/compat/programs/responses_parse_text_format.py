"""responses.parse(text_format=Model): output_parsed, the parsed parts, and what is sent."""

from typing import List

from openai import OpenAI
from pydantic import BaseModel


class Step(BaseModel):
    explanation: str
    output: str


class Solution(BaseModel):
    steps: List[Step]
    final_answer: str


client = OpenAI()
response = client.responses.parse(
    model="gpt-4o-2024-08-06",
    input=[
        {"role": "system", "content": "You are a helpful math tutor."},
        {"role": "user", "content": "solve 8x + 31 = 2"},
    ],
    text_format=Solution,
)
print(type(response).__name__.startswith("ParsedResponse"), type(response.output_parsed).__name__)
print(
    isinstance(response.output_parsed, Solution), response.output_parsed == response.output_parsed
)
for item in response.output:
    print(item.type, type(item).__name__)
    if item.type == "message":
        for part in item.content:
            print(part.type, type(part.parsed).__name__, part.parsed == response.output_parsed)
print(response.text.format.type, response.text.format.name, response.text.format.strict)
