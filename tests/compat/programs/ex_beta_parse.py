"""1.x-era scripts: ``client.beta.chat.completions.parse`` and ``.stream``."""

from openai import OpenAI
from pydantic import BaseModel


class CalendarEvent(BaseModel):
    name: str
    date: str
    participants: list[str]


client = OpenAI()
completion = client.beta.chat.completions.parse(
    model="gpt-4o-2024-08-06",
    messages=[
        {"role": "system", "content": "Extract the event information."},
        {"role": "user", "content": "Alice and Bob are going to a science fair on Friday."},
    ],
    response_format=CalendarEvent,
)
event = completion.choices[0].message.parsed
print(type(event).__name__, isinstance(event.participants, list))

with client.beta.chat.completions.stream(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "stream via beta"}]
) as stream:
    for ev in stream:
        if ev.type == "content.done":
            print(ev.content)
