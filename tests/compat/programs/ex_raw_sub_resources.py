"""Raw and streamed responses reached through parent resources."""

from openai import OpenAI

client = OpenAI()
assistant = client.beta.assistants.create(model="gpt-4o", name="helper")
thread = client.beta.threads.create()
client.beta.threads.messages.create(thread.id, role="user", content="hi")

raw = client.beta.threads.with_raw_response.runs.create(
    thread_id=thread.id, assistant_id=assistant.id
)
run = raw.parse()
print(raw.status_code, run.status, run.thread_id == thread.id)

with client.beta.threads.with_streaming_response.runs.list(thread_id=thread.id) as response:
    print(response.status_code, len(response.parse().data))

messages = client.beta.threads.with_raw_response.messages.list(thread_id=thread.id)
print([m.role for m in messages.parse().data])
jobs = client.fine_tuning.with_raw_response.jobs.list()
print(jobs.status_code, len(jobs.parse().data))
print(client.beta.with_raw_response.assistants.retrieve(assistant.id).parse().name)
