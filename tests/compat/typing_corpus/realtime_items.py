"""Realtime: conversation items and server events narrowed on `type`."""

from __future__ import annotations

from openai.types.realtime import (
    ConversationItem,
    RealtimeConversationItemFunctionCall,
    RealtimeServerEvent,
    RealtimeSessionCreateRequestParam,
)


def item_text(item: ConversationItem) -> str:
    if item.type == "message":
        return f"{item.role}: {len(item.content)} parts"
    if item.type == "function_call":
        return f"call {item.name}({item.arguments})"
    if item.type == "function_call_output":
        return f"output {item.output}"
    return item.type


def calls(items: list[ConversationItem]) -> list[RealtimeConversationItemFunctionCall]:
    return [i for i in items if isinstance(i, RealtimeConversationItemFunctionCall)]


def on_event(event: RealtimeServerEvent) -> str | None:
    if event.type == "response.output_text.delta":
        return event.delta
    if event.type == "conversation.item.added":
        return item_text(event.item)
    if event.type == "error":
        return f"error: {event.error.message}"
    if event.type == "session.created":
        return event.session.type
    return None


def session(instructions: str) -> RealtimeSessionCreateRequestParam:
    return {"type": "realtime", "model": "gpt-realtime", "instructions": instructions}
