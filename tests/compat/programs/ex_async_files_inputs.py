"""Async uploads from a path, an open file, bytes tuples; content and retrieve."""

import asyncio
import io
import os
from pathlib import Path

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    tmp = Path(os.environ["COMPAT_TMP"])
    path = tmp / "train.jsonl"
    path.write_text('{"messages": []}\n')

    from_path = await client.files.create(file=path, purpose="fine-tune")
    print(from_path.filename, from_path.bytes, from_path.purpose)
    with path.open("rb") as handle:
        from_handle = await client.files.create(file=handle, purpose="batch")
    print(from_handle.filename, from_handle.bytes)
    from_tuple = await client.files.create(
        file=("notes.txt", b"hello", "text/plain"), purpose="assistants"
    )
    print(from_tuple.filename, from_tuple.bytes)
    from_buffer = await client.files.create(
        file=("buf.jsonl", io.BytesIO(b"{}\n{}\n")), purpose="batch"
    )
    print(from_buffer.filename, from_buffer.bytes)

    content = await client.files.content(from_tuple.id)
    print(content.content, content.text, content.response.status_code)
    again = await client.files.retrieve(from_path.id)
    print(again == from_path, again.id == from_path.id)
    deleted = await client.files.delete(from_buffer.id)
    print(deleted.id == from_buffer.id, deleted.deleted, deleted.object)
    await client.close()


asyncio.run(main())
