"""Async pagination: async for over items, iter_pages, get_next_page."""

import asyncio

from openai import AsyncOpenAI


async def main() -> None:
    async with AsyncOpenAI() as client:
        for name in ("a", "b", "c", "d"):
            await client.files.create(file=(f"{name}.jsonl", b"{}\n"), purpose="batch")
        names = [f.filename async for f in client.files.list(limit=3)]
        print(names)
        first = await client.files.list(limit=3)
        print(len(first.data), first.has_next_page())
        sizes = [len(page.data) async for page in first.iter_pages()]
        print(sizes)
        if first.has_next_page():
            nxt = await first.get_next_page()
            print([f.filename for f in nxt.data])
    print(client.is_closed())


asyncio.run(main())
