"""Async pages: async for, iter_pages, await get_next_page, next_page_info."""

import asyncio

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI(max_retries=2)
    for name in ("a", "b", "c"):
        await client.files.create(file=(f"{name}.jsonl", b"{}\n"), purpose="batch")
    first = await client.files.list(limit=2)
    print(type(first).__name__, first.has_next_page(), first.next_page_info())
    second = await first.get_next_page()
    print([f.filename for f in second.data], second.has_next_page())
    print([f.filename async for f in first])
    print([len(p.data) async for p in first.iter_pages()])
    print(
        [
            f.id == g.id
            for f, g in zip(first.data, (await client.files.list(limit=2)).data, strict=True)
        ]
    )
    models = await client.models.list()
    print(models.object, [m.id async for m in models] == [m.id for m in models.data])
    await client.close()
    print(client.is_closed())


asyncio.run(main())
