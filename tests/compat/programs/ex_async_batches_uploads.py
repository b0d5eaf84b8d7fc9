"""Async batches (create, retrieve, list, cancel) and chunked uploads."""

import asyncio
import os
from pathlib import Path

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    lines = b'{"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": {}}\n'
    batch_file = await client.files.create(file=("in.jsonl", lines), purpose="batch")
    batch = await client.batches.create(
        input_file_id=batch_file.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "nightly"},
    )
    print(batch.object, batch.endpoint, batch.metadata, batch.input_file_id == batch_file.id)
    again = await client.batches.retrieve(batch.id)
    print(again.id == batch.id, again.completion_window)
    ids = [b.id async for b in client.batches.list(limit=10)]
    print(batch.id in ids)
    cancelled = await client.batches.cancel(batch.id)
    print(cancelled.status in ("cancelling", "cancelled"))

    path = Path(os.environ["COMPAT_TMP"]) / "big.jsonl"
    path.write_bytes(b'{"x": 1}\n' * 50)
    upload = await client.uploads.upload_file_chunked(
        file=path, mime_type="application/jsonl", purpose="batch", part_size=1024
    )
    print(upload.status, upload.bytes, upload.filename, upload.file is not None)
    await client.close()


asyncio.run(main())
