"""README blocks: async auto-pagination and pages by hand."""

import asyncio

from openai import AsyncOpenAI

client = AsyncOpenAI()


async def main() -> None:
    for name in ("a", "b", "c"):
        await client.files.create(file=(f"{name}.jsonl", b"{}\n"), purpose="batch")

    all_files = []
    # Iterate through items across all pages, issuing requests as needed.
    async for file in client.files.list(limit=2):
        all_files.append(file.filename)
    print(all_files)

    first_page = await client.files.list(limit=2)
    if first_page.has_next_page():
        print(f"will fetch next page using these details: {first_page.next_page_info()}")
        next_page = await first_page.get_next_page()
        print(f"number of items we just fetched: {len(next_page.data)}")
    for file in first_page.data:
        print(file.id, file.bytes, file.purpose)


asyncio.run(main())
