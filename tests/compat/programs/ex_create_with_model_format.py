"""Passing a pydantic class to create() instead of parse(): the SDK's TypeError."""

from openai import OpenAI
from pydantic import BaseModel


class Answer(BaseModel):
    value: int


client = OpenAI()
try:
    client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "1+1"}],
        response_format=Answer,
    )
    print("sent")
except TypeError as e:
    print("TypeError", "parse" in str(e))
parsed = client.chat.completions.parse(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "1+1"}], response_format=Answer
)
print(type(parsed.choices[0].message.parsed).__name__)
