"""Conversations: items added, listed, retrieved and deleted."""

from openai import OpenAI

client = OpenAI()

conversation = client.conversations.create(metadata={"topic": "demo"})
print(conversation.object, conversation.metadata)

added = client.conversations.items.create(
    conversation.id,
    items=[
        {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hi"}]},
        {"type": "message", "role": "user", "content": "How are you?"},
    ],
)
print(len(added.data), added.has_more, [i.type for i in added.data])

items = client.conversations.items.list(conversation.id, limit=10)
print(len(items.data), [i.role for i in items])
one = client.conversations.items.retrieve(added.data[0].id, conversation_id=conversation.id)
print(one.id == added.data[0].id, one.type)

after = client.conversations.items.delete(added.data[0].id, conversation_id=conversation.id)
print(after.id == conversation.id, after.object)
print(client.conversations.delete(conversation.id).deleted)
