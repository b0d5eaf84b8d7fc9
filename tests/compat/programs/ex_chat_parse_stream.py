"""examples/parsing_stream.py style: ``chat.completions.stream`` with a response format."""

from openai import OpenAI
from pydantic import BaseModel


class MathResponse(BaseModel):
    final_answer: str


client = OpenAI()

with client.chat.completions.stream(
    model="gpt-4o-2024-08-06",
    messages=[{"role": "user", "content": "solve 8x + 31 = 2"}],
    response_format=MathResponse,
) as stream:
    for event in stream:
        if event.type == "content.delta":
            print(event.type, event.delta)
        elif event.type == "content.done":
            print(event.type, type(event.parsed).__name__)
        else:
            print(event.type)

completion = stream.get_final_completion()
print(completion.choices[0].message.parsed)
