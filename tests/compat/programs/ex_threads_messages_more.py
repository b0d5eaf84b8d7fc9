"""Threads and messages: update metadata, list with filters, retrieve, delete."""

from openai import OpenAI

client = OpenAI()
thread = client.beta.threads.create(metadata={"user": "u1"})
first = client.beta.threads.messages.create(thread.id, role="user", content="first")
second = client.beta.threads.messages.create(
    thread.id,
    role="user",
    content=[{"type": "text", "text": "second"}],
    metadata={"n": "2"},
)
print(first.object, first.thread_id == thread.id, second.metadata)
updated = client.beta.threads.messages.update(
    first.id, thread_id=thread.id, metadata={"seen": "yes"}
)
print(updated.id == first.id, updated.metadata)
got = client.beta.threads.messages.retrieve(second.id, thread_id=thread.id)
print(got.content[0].type, got.content[0].text.value if got.content[0].type == "text" else None)
page = client.beta.threads.messages.list(thread.id, order="asc", limit=1)
print(len(page.data), page.has_more, page.data[0].id == first.id)
print(
    [m.id for m in client.beta.threads.messages.list(thread.id, order="desc")]
    == [
        second.id,
        first.id,
    ]
)
deleted = client.beta.threads.messages.delete(first.id, thread_id=thread.id)
print(deleted.deleted, deleted.object)
thread2 = client.beta.threads.update(thread.id, metadata={"user": "u2"})
print(thread2.metadata)
print(client.beta.threads.delete(thread.id).deleted)
