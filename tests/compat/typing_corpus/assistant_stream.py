"""Streaming assistant runs with an event handler."""

from __future__ import annotations

from openai import AssistantEventHandler, OpenAI

client = OpenAI()


class Printer(AssistantEventHandler):
    def on_text_created(self, text: object) -> None:
        print("\nassistant > ", end="", flush=True)

    def on_text_delta(self, delta: object, snapshot: object) -> None:
        print(delta, end="", flush=True)


def run(thread_id: str, assistant_id: str) -> None:
    with client.beta.threads.runs.stream(
        thread_id=thread_id,
        assistant_id=assistant_id,
        instructions="Be brief.",
        event_handler=Printer(),
    ) as stream:
        stream.until_done()


def raw_events(thread_id: str, assistant_id: str) -> list[str]:
    names: list[str] = []
    stream = client.beta.threads.runs.create(
        thread_id=thread_id, assistant_id=assistant_id, stream=True
    )
    for event in stream:
        names.append(event.event)
        if event.event == "thread.message.delta":
            print(event.data.id)
        elif event.event == "thread.run.completed":
            print("done", event.data.status)
    return names
