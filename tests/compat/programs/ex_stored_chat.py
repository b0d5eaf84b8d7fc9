"""Stored chat completions: list, retrieve, messages, update metadata, delete."""

from openai import OpenAI

client = OpenAI()
created = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "remember me"}],
    store=True,
    metadata={"app": "demo"},
)
print(created.object, created.choices[0].message.role)
listed = client.chat.completions.list(limit=5)
print(created.id in [c.id for c in listed])
got = client.chat.completions.retrieve(created.id)
print(got.id == created.id, got.choices[0].message.content)
messages = client.chat.completions.messages.list(created.id)
print([m.role for m in messages])
updated = client.chat.completions.update(created.id, metadata={"app": "v2"})
print(updated.id == created.id)
gone = client.chat.completions.delete(created.id)
print(gone.deleted, gone.object)
