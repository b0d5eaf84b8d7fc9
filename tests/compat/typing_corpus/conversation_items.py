"""Conversations: items typed with `openai.types.conversations`, message contents narrowed."""

from __future__ import annotations

from openai import OpenAI
from openai.types.conversations import Conversation, ConversationItem, Message
from openai.types.conversations.item_create_params import ItemCreateParams

client = OpenAI()


def text_of(message: Message) -> str:
    parts: list[str] = []
    for content in message.content:
        if content.type == "input_text" or content.type == "output_text":
            parts.append(content.text)
        elif content.type == "refusal":
            parts.append(f"[refused: {content.refusal}]")
    return "".join(parts)


def describe(item: ConversationItem) -> str:
    if item.type == "message":
        return f"{item.role}: {text_of(item)}"
    if item.type == "function_call":
        return f"call {item.name}"
    return item.type


def open_conversation(topic: str) -> Conversation:
    return client.conversations.create(metadata={"topic": topic})


def add(conversation_id: str, text: str) -> list[str]:
    params: ItemCreateParams = {
        "items": [{"type": "message", "role": "user", "content": text}],
    }
    added = client.conversations.items.create(conversation_id, **params)
    return [describe(item) for item in added.data]


def transcript(conversation_id: str) -> list[str]:
    page = client.conversations.items.list(conversation_id, order="asc")
    return [describe(item) for item in page.data]
