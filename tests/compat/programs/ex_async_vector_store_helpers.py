"""Async vector store helpers: create_and_poll, upload_and_poll, file batches."""

import asyncio

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    store = await client.vector_stores.create(name="docs", metadata={"team": "a"})
    print(store.object, store.name, store.metadata)

    uploaded = await client.vector_stores.files.upload_and_poll(
        vector_store_id=store.id, file=("a.md", b"# A"), poll_interval_ms=1
    )
    print(uploaded.object, uploaded.status, uploaded.vector_store_id == store.id)

    batch = await client.vector_stores.file_batches.upload_and_poll(
        store.id,
        files=[("b.md", b"# B"), ("c.md", b"# C")],
        poll_interval_ms=1,
    )
    print(batch.object, batch.status, batch.file_counts.total)

    file = await client.files.create(file=("d.md", b"# D"), purpose="assistants")
    attached = await client.vector_stores.files.create_and_poll(
        file_id=file.id, vector_store_id=store.id, poll_interval_ms=1
    )
    print(attached.id == file.id, attached.status)
    names = [f.id async for f in client.vector_stores.files.list(vector_store_id=store.id)]
    print(len(names), file.id in names)
    deleted = await client.vector_stores.delete(store.id)
    print(deleted.deleted, deleted.object)
    await client.close()


asyncio.run(main())
