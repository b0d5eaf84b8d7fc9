"""Async variants: chat, embeddings, files, pages (``async for``, ``iter_pages``), close."""

import asyncio

import openai
from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    chat = await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
    )
    print(chat.choices[0].message.content)
    emb = await client.embeddings.create(model="text-embedding-3-small", input="hi")
    print(len(emb.data[0].embedding))
    for name in ("a", "b", "c"):
        await client.files.create(file=(f"{name}.jsonl", b"{}\n"), purpose="batch")
    page = await client.files.list(limit=2)
    print([f.filename for f in page.data])
    print([len(p.data) async for p in page.iter_pages()])
    print([f.filename async for f in client.files.list(limit=1)])
    content = await client.files.content(page.data[0].id)
    print(content.text.strip())
    raw = await client.models.with_raw_response.retrieve("gpt-4o-mini")
    print(raw.status_code, raw.parse().id)
    try:
        await client.models.retrieve("no-such-model")
    except openai.NotFoundError as e:
        print("missing:", e.status_code, e.body)
    await client.close()
    print(client.is_closed())


asyncio.run(main())
