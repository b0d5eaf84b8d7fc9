"""Structured outputs with the Responses API: `responses.parse` and `output_parsed`."""

from __future__ import annotations

from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()


class CalendarEvent(BaseModel):
    name: str
    date: str
    participants: list[str]


def extract(text: str) -> CalendarEvent | None:
    response = client.responses.parse(
        model="gpt-5-mini",
        input=[
            {"role": "system", "content": "Extract the event information."},
            {"role": "user", "content": text},
        ],
        text_format=CalendarEvent,
    )
    event = response.output_parsed
    if event is not None:
        print(event.name, event.date, ", ".join(event.participants))
    return event


def every_parsed(text: str) -> list[CalendarEvent]:
    response = client.responses.parse(model="gpt-5-mini", input=text, text_format=CalendarEvent)
    found: list[CalendarEvent] = []
    for item in response.output:
        if item.type == "message":
            for content in item.content:
                if content.type == "output_text" and content.parsed is not None:
                    found.append(content.parsed)
    return found
