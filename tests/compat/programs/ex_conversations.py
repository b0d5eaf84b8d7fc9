"""Conversations: create, add items, list them, use with responses."""

from openai import OpenAI

client = OpenAI()
conversation = client.conversations.create(metadata={"topic": "demo"})
print(conversation.object, conversation.metadata)
response = client.responses.create(model="gpt-4o-mini", input="hello", conversation=conversation.id)
print(response.output_text)
fetched = client.conversations.retrieve(conversation.id)
print(fetched.id == conversation.id)
