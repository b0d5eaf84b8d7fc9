"""examples/parsing.py style: structured outputs with a pydantic model."""

from typing import List

from openai import OpenAI
from pydantic import BaseModel


class Step(BaseModel):
    explanation: str
    output: str


class MathResponse(BaseModel):
    steps: List[Step]
    final_answer: str


client = OpenAI()

completion = client.chat.completions.parse(
    model="gpt-4o-2024-08-06",
    messages=[
        {"role": "system", "content": "You are a helpful math tutor."},
        {"role": "user", "content": "solve 8x + 31 = 2"},
    ],
    response_format=MathResponse,
)

message = completion.choices[0].message
if message.parsed:
    print(type(message.parsed).__name__)
    print(len(message.parsed.steps) >= 0, type(message.parsed.final_answer).__name__)
    print(
        message.parsed.model_dump()
        == MathResponse.model_validate_json(message.content).model_dump()
    )
else:
    print(message.refusal)
