"""Metadata maps on results: read them as the dicts the SDK types them as."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def owner_of(batch_id: str) -> str | None:
    batch = client.batches.retrieve(batch_id)
    if batch.metadata is None:
        return None
    team: str | None = batch.metadata.get("team")
    print(len(batch.metadata), sorted(batch.metadata), "team" in batch.metadata)
    for key, value in batch.metadata.items():
        print(key, value)
    return team


def tags_of(vector_store_id: str) -> dict[str, str]:
    store = client.vector_stores.retrieve(vector_store_id)
    return dict(store.metadata or {})
