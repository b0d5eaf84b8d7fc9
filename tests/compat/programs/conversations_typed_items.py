"""Conversations: create with items, add items, list them, read their classes, and use the
conversation in responses.create."""

from openai import OpenAI

client = OpenAI()
conversation = client.conversations.create(
    metadata={"topic": "demo"},
    items=[{"type": "message", "role": "user", "content": "Hello!"}],
)
print(type(conversation).__name__, conversation.object, conversation.id.startswith("conv"))
added = client.conversations.items.create(
    conversation.id,
    items=[
        {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hi"}]},
        {
            "type": "message",
            "role": "assistant",
            "content": [{"type": "output_text", "text": "Hey"}],
        },
    ],
)
print(type(added).__name__, len(added.data), added.first_id == added.data[0].id)
for item in client.conversations.items.list(conversation.id, order="asc"):
    print(item.type, type(item).__name__, item.role, [type(c).__name__ for c in item.content])
one = client.conversations.items.retrieve(added.data[0].id, conversation_id=conversation.id)
print(one.id == added.data[0].id, one.content[0].text)
response = client.responses.create(model="gpt-4.1", conversation=conversation.id, input="And?")
print(response.status, response.object)
updated = client.conversations.update(conversation.id, metadata={"topic": "changed"})
print(updated.id == conversation.id)
gone = client.conversations.delete(conversation.id)
print(type(gone).__name__, gone.deleted, gone.object)
