"""Async pagination and fan-out: `async for` over pages, gather retrieves of what was
listed, and the first page's fields."""

import asyncio

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    for i in range(3):
        await client.files.create(file=(f"f{i}.txt", f"file {i}".encode()), purpose="assistants")
    ids = [f.id async for f in client.files.list(limit=2)]
    print(len(ids))
    files = [await client.files.retrieve(file_id) for file_id in ids]
    print(sorted(f.filename for f in files))
    first = await client.files.list(limit=2)
    print(len(first.data), first.has_more, first.has_next_page())
    if first.has_next_page():
        second = await first.get_next_page()
        print(len(second.data), [f.filename for f in second.data])
    models = await client.models.list()
    print(len(models.data) > 0, all(m.object == "model" for m in models.data))
    await client.close()


asyncio.run(main())
