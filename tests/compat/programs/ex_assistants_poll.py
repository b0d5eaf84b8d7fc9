"""examples/assistant.py style: a thread run with ``create_and_poll`` and its messages."""

from openai import OpenAI

client = OpenAI()
assistant = client.beta.assistants.create(
    name="Math Tutor", instructions="You are a personal math tutor.", model="gpt-4o-mini"
)
thread = client.beta.threads.create()
message = client.beta.threads.messages.create(
    thread_id=thread.id, role="user", content="I need to solve `3x + 11 = 14`."
)
run = client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
print("Run completed with status: " + run.status)
if run.status == "completed":
    messages = client.beta.threads.messages.list(thread_id=thread.id)
    for m in messages:
        print(m.role, m.content[0].type, m.content[0].text.value)
client.beta.assistants.delete(assistant.id)
