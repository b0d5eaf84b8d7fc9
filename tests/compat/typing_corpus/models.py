"""Models: list, look up, delete a fine-tuned one."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def owned_by_openai() -> list[str]:
    return sorted(m.id for m in client.models.list() if m.owned_by in ("openai", "system"))


def created(model_id: str) -> int:
    model = client.models.retrieve(model_id)
    print(model.object, model.owned_by)
    return model.created


def delete(model_id: str) -> bool:
    return client.models.delete(model_id).deleted
