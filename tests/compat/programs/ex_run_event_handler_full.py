"""An ``AssistantEventHandler`` overriding many hooks, plus the stream's snapshots."""

from openai import AssistantEventHandler, OpenAI
from typing_extensions import override


class Handler(AssistantEventHandler):
    @override
    def on_event(self, event) -> None:
        print("event", event.event)

    @override
    def on_run_step_created(self, run_step) -> None:
        print("step created", run_step.type, run_step.status)

    @override
    def on_message_created(self, message) -> None:
        print("message created", message.role, message.status)

    @override
    def on_message_done(self, message) -> None:
        print("message done", [c.type for c in message.content])

    @override
    def on_text_delta(self, delta, snapshot) -> None:
        print("text delta", repr(delta.value), repr(snapshot.value))

    @override
    def on_text_done(self, text) -> None:
        print("text done", repr(text.value))

    @override
    def on_tool_call_created(self, tool_call) -> None:
        print("tool call", tool_call.type)

    @override
    def on_end(self) -> None:
        print("end")


client = OpenAI()
assistant = client.beta.assistants.create(model="gpt-4o-mini", instructions="Be brief.")
thread = client.beta.threads.create(messages=[{"role": "user", "content": "hi"}])
handler = Handler()
with client.beta.threads.runs.stream(
    thread_id=thread.id, assistant_id=assistant.id, event_handler=handler
) as stream:
    stream.until_done()
    print(stream.current_run is not None, stream.current_run.status)
    print(len(stream.get_final_messages()), stream.get_final_run().status)
    print([(s.object, s.type, s.status) for s in stream.get_final_run_steps()])
    print(type(stream.current_event).__name__)
