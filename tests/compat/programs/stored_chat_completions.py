"""Stored chat completions: create with store=True, list, retrieve, the messages of one,
and delete."""

from openai import OpenAI

client = OpenAI()
made = [
    client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": f"remember {i}"}], store=True
    )
    for i in range(2)
]
listed = client.chat.completions.list(model="gpt-4o-mini", limit=10)
print(sorted(c.id for c in listed) == sorted(c.id for c in made), len(listed.data))
one = client.chat.completions.retrieve(made[0].id)
print(one.id == made[0].id, one.choices[0].message.content == made[0].choices[0].message.content)
messages = client.chat.completions.messages.list(made[0].id)
for message in messages:
    print(type(message).__name__, message.role, message.content, message.id is not None)
deleted = client.chat.completions.delete(made[1].id)
print(deleted.deleted, deleted.object, deleted.id == made[1].id)
