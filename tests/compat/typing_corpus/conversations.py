"""Conversations: a stateful thread of Responses items."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def start() -> str:
    conversation = client.conversations.create(
        metadata={"topic": "demo"},
        items=[{"type": "message", "role": "user", "content": "Hello!"}],
    )
    print(conversation.id, conversation.created_at)
    return conversation.id


def reply(conversation_id: str, prompt: str) -> str:
    response = client.responses.create(
        model="gpt-5-mini", input=prompt, conversation=conversation_id
    )
    return response.output_text


def items(conversation_id: str) -> list[str]:
    kinds: list[str] = []
    for item in client.conversations.items.list(conversation_id, limit=10):
        kinds.append(item.type)
        if item.type == "message":
            print(item.role, len(item.content))
    return kinds
