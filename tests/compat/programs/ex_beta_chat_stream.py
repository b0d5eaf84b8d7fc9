"""The beta namespace spellings older code uses: beta.chat.completions.parse/stream."""

from openai import OpenAI
from pydantic import BaseModel


class Capital(BaseModel):
    country: str
    city: str


client = OpenAI()
parsed = client.beta.chat.completions.parse(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "capital of France"}],
    response_format=Capital,
)
print(type(parsed.choices[0].message.parsed).__name__)
with client.beta.chat.completions.stream(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "capital of Italy"}],
    response_format=Capital,
) as stream:
    kinds = sorted({event.type for event in stream})
    final = stream.get_final_completion()
print(kinds)
print(type(final.choices[0].message.parsed).__name__, final.choices[0].finish_reason)
