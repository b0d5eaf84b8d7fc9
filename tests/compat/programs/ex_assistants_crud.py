"""Assistants: create with tools, update, list with order, delete."""

from openai import OpenAI

client = OpenAI()
assistant = client.beta.assistants.create(
    model="gpt-4o",
    name="Math Tutor",
    instructions="You are a personal math tutor.",
    tools=[{"type": "code_interpreter"}, {"type": "file_search"}],
    temperature=0.2,
    metadata={"owner": "team-a"},
)
print(assistant.name, [t.type for t in assistant.tools], assistant.object)
updated = client.beta.assistants.update(assistant.id, name="Tutor", top_p=0.9)
print(updated.name, updated.id == assistant.id)
listed = client.beta.assistants.list(order="desc", limit=20)
print(assistant.id in [a.id for a in listed], listed.has_next_page())
print(client.beta.assistants.retrieve(assistant.id).instructions)
deleted = client.beta.assistants.delete(assistant.id)
print(deleted.deleted, deleted.object)
