"""The parsed assistant message itself goes back into `messages` for the next turn."""

from openai import OpenAI
from pydantic import BaseModel


class Answer(BaseModel):
    value: int


client = OpenAI()
messages = [{"role": "user", "content": "pick a number"}]
first = client.chat.completions.parse(
    model="gpt-4o-2024-08-06", messages=messages, response_format=Answer
)
message = first.choices[0].message
print(type(message.parsed).__name__, message.role)
messages += [message, {"role": "user", "content": "add one"}]
second = client.chat.completions.parse(
    model="gpt-4o-2024-08-06", messages=messages, response_format=Answer
)
print(type(second.choices[0].message.parsed).__name__, len(messages))
