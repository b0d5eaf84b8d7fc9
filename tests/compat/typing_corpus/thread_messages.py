"""Assistants threads: message content blocks narrowed on `block.type`, annotations."""

from __future__ import annotations

from openai import OpenAI
from openai.types.beta.threads import (
    Annotation,
    Message,
    MessageContent,
    TextContentBlock,
)
from openai.types.beta.threads.message_create_params import Attachment

client = OpenAI()


def block_text(block: MessageContent) -> str:
    if block.type == "text":
        return block.text.value
    if block.type == "image_file":
        return f"<image {block.image_file.file_id}>"
    if block.type == "image_url":
        return f"<image {block.image_url.url}>"
    return block.refusal


def citations(block: TextContentBlock) -> list[str]:
    found: list[str] = []
    notes: list[Annotation] = block.text.annotations
    for note in notes:
        if note.type == "file_citation":
            found.append(note.file_citation.file_id)
        else:
            found.append(note.file_path.file_id)
    return found


def render(message: Message) -> str:
    return "\n".join(block_text(block) for block in message.content)


def post(thread_id: str, text: str, file_id: str | None = None) -> Message:
    attachments: list[Attachment] = []
    if file_id is not None:
        attachments.append({"file_id": file_id, "tools": [{"type": "file_search"}]})
    return client.beta.threads.messages.create(
        thread_id, role="user", content=text, attachments=attachments
    )


def history(thread_id: str) -> list[str]:
    lines: list[str] = []
    for message in client.beta.threads.messages.list(thread_id, order="asc"):
        lines.append(f"{message.role}: {render(message)}")
        for block in message.content:
            if isinstance(block, TextContentBlock):
                lines.extend(citations(block))
    return lines
