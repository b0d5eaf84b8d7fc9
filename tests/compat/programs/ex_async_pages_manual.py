"""Async pages by hand: await the list, has_next_page, get_next_page, next_page_info."""

import asyncio

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    for name in ("a", "b", "c", "d", "e"):
        await client.files.create(file=(f"{name}.jsonl", b"{}\n"), purpose="batch")

    page = await client.files.list(limit=2, order="asc")
    print([f.filename for f in page.data], page.has_next_page())
    info = page.next_page_info()
    print(info.params if info else None)
    while page.has_next_page():
        page = await page.get_next_page()
        print([f.filename for f in page.data])
    print(page.has_next_page())

    names = []
    async for file in client.files.list(limit=3, order="desc"):
        names.append(file.filename)
    print(names)

    first = await client.files.list(limit=4)
    total = 0
    async for _one in first:
        total += 1
    print(total, len(first.data))

    models = await client.models.list()
    print(models.has_next_page(), len([m async for m in models]) == len(models.data))
    await client.close()


asyncio.run(main())
