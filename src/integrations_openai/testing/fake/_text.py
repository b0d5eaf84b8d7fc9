"""What the fake "says": answers to prompts and a rough token count."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["Replier", "default_reply", "prompt_text", "token_count"]

#: Given the conversation's last user text, the assistant's answer.
Replier = Callable[[str], str]


def default_reply(prompt: str) -> str:
    """A short, clearly canned answer that quotes the prompt."""
    prompt = " ".join(prompt.split())
    if not prompt:
        return "Hello from the fake OpenAI server."
    quoted = prompt if len(prompt) <= 60 else prompt[:57] + "..."
    return f'Fake answer to "{quoted}"'


def token_count(text: str) -> int:
    """About four characters per token, at least one (what usage numbers need)."""
    return max(1, round(len(text) / 4))


def prompt_text(content: Any) -> str:
    """The text of a message ``content`` (a string or a list of parts) or a ``input``."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        pieces = []
        for part in content:
            if isinstance(part, str):
                pieces.append(part)
            elif isinstance(part, dict):
                if isinstance(part.get("text"), str):
                    pieces.append(part["text"])
                elif "content" in part:
                    pieces.append(prompt_text(part["content"]))
        return " ".join(p for p in pieces if p)
    return ""
