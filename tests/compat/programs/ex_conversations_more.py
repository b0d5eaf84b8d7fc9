"""Conversations: create with items, retrieve, update metadata, use in a response."""

from openai import OpenAI

client = OpenAI()
conversation = client.conversations.create(
    items=[{"type": "message", "role": "user", "content": "Remember: blue"}],
    metadata={"user": "u1"},
)
print(conversation.object, conversation.metadata)
got = client.conversations.retrieve(conversation.id)
print(got.id == conversation.id, got.created_at > 0)
updated = client.conversations.update(conversation.id, metadata={"user": "u2"})
print(updated.metadata)
response = client.responses.create(
    model="gpt-4o-mini", input="What colour?", conversation=conversation.id
)
print(response.output_text)
print([i.type for i in client.conversations.items.list(conversation.id)])
