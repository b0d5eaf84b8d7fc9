"""examples/assistant_stream_helpers.py style: ``runs.stream`` with an ``AssistantEventHandler``."""

import openai
from openai import AssistantEventHandler, OpenAI
from typing_extensions import override


class EventHandler(AssistantEventHandler):
    @override
    def on_text_created(self, text) -> None:
        print("\nassistant > ", end="", flush=True)

    @override
    def on_text_delta(self, delta, snapshot):
        print(delta.value, end="", flush=True)

    @override
    def on_end(self) -> None:
        print("\nend")


client = OpenAI()
assistant = client.beta.assistants.create(
    name="Math Tutor", instructions="Solve.", model="gpt-4o-mini"
)
thread = client.beta.threads.create()
client.beta.threads.messages.create(thread_id=thread.id, role="user", content="3x + 11 = 14")
with client.beta.threads.runs.stream(
    thread_id=thread.id, assistant_id=assistant.id, event_handler=EventHandler()
) as stream:
    stream.until_done()
print(isinstance(stream, object), openai.AssistantEventHandler is AssistantEventHandler)
