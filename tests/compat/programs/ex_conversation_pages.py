"""Conversation items page: data, first_id, last_id, has_more, auto-pagination."""

from openai import OpenAI

client = OpenAI()
conversation = client.conversations.create(
    items=[
        {"type": "message", "role": "user", "content": "one"},
        {"type": "message", "role": "user", "content": "two"},
        {"type": "message", "role": "user", "content": "three"},
    ],
    metadata={"topic": "pages"},
)
print(conversation.object, conversation.metadata)
page = client.conversations.items.list(conversation.id, limit=2)
print(len(page.data), page.has_more, page.first_id == page.data[0].id)
print(page.last_id == page.data[-1].id, page.has_next_page())
print([item.type for item in client.conversations.items.list(conversation.id, limit=1)])
added = client.conversations.items.create(
    conversation.id, items=[{"type": "message", "role": "user", "content": "four"}]
)
print(added.object, len(added.data), added.first_id == added.data[0].id)
item = client.conversations.items.retrieve(added.data[0].id, conversation_id=conversation.id)
print(item.type, item.role)
