"""The SDK's upload-then-start helpers: ``vector_stores.files.upload(_and_poll)`` and
``vector_stores.file_batches.upload_and_poll`` (generated from ``UPLOAD_FIRST``)."""

from __future__ import annotations

from integrations_openai import AsyncOpenAI
from integrations_openai.testing.fake import FakeOpenAI


def _uploads(fake: FakeOpenAI) -> list[str]:
    return [r.path for r in fake.requests if r.method == "POST" and r.path == "/v1/files"]


def test_sync_helpers_upload_then_attach() -> None:
    with FakeOpenAI() as fake, fake.client(max_retries=0) as client:
        store = client.vector_stores.create(name="kb")
        attached = client.vector_stores.files.upload(vector_store_id=store.id, file=("a.txt", b"a"))
        assert attached.object == "vector_store.file"
        polled = client.vector_stores.files.upload_and_poll(
            vector_store_id=store.id, file=("b.txt", b"b")
        )
        assert polled.status == "completed"
        earlier = client.files.create(file=("c.txt", b"c"), purpose="assistants")
        batch = client.vector_stores.file_batches.upload_and_poll(
            store.id,
            files=[("d.txt", b"d"), ("e.txt", b"e")],
            file_ids=[earlier.id],
            max_concurrency=2,
        )
        assert batch.status == "completed" and batch.file_counts.total == 3
        sent = [r.json() for r in fake.requests if r.path.endswith("/file_batches")]
        assert sent[0]["file_ids"][0] == earlier.id and len(sent[0]["file_ids"]) == 3
        assert len(_uploads(fake)) == 5
        purposes = {r.body.count(b"assistants") > 0 for r in fake.requests if r.path == "/v1/files"}
        assert purposes == {True}


async def test_async_helpers_upload_then_attach() -> None:
    with FakeOpenAI() as fake:
        async with AsyncOpenAI(api_key=fake.api_key, base_url=fake.url, max_retries=0) as client:
            store = await client.vector_stores.create(name="kb")
            one = await client.vector_stores.files.upload_and_poll(
                vector_store_id=store.id, file=("a.txt", b"a")
            )
            assert one.status == "completed"
            plain = await client.vector_stores.files.upload(
                vector_store_id=store.id, file=("z", b"z")
            )
            assert plain.object == "vector_store.file"
            batch = await client.vector_stores.file_batches.upload_and_poll(
                store.id, files=[("b.txt", b"b"), ("c.txt", b"c")], max_concurrency=1
            )
            assert batch.file_counts.total == 2
        assert len(_uploads(fake)) == 4
