"""Vector stores: create, attach files, poll, search."""

from __future__ import annotations

from pathlib import Path

from openai import OpenAI

client = OpenAI()


def build(name: str, paths: list[Path]) -> str:
    store = client.vector_stores.create(name=name)
    print(store.id, store.name, store.status, store.file_counts.total)
    batch = client.vector_stores.file_batches.upload_and_poll(
        vector_store_id=store.id, files=[p.open("rb") for p in paths]
    )
    print(batch.status, batch.file_counts.completed, batch.file_counts.failed)
    return store.id


def attach(store_id: str, file_id: str) -> str:
    attached = client.vector_stores.files.create_and_poll(vector_store_id=store_id, file_id=file_id)
    if attached.last_error is not None:
        print(attached.last_error.code, attached.last_error.message)
    return attached.status


def search(store_id: str, query: str) -> list[str]:
    results = client.vector_stores.search(vector_store_id=store_id, query=query, max_num_results=5)
    found: list[str] = []
    for result in results:
        print(result.filename, result.score)
        for part in result.content:
            found.append(part.text)
    return found


def stores() -> list[tuple[str, int]]:
    return [(s.id, s.usage_bytes) for s in client.vector_stores.list()]
