"""Async ``with_streaming_response``: iter_lines, iter_bytes, iter_text, json, text, read."""

import asyncio
import json

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    created = await client.files.create(
        file=("data.jsonl", b'{"a": 1}\n{"a": 2}\n{"a": 3}\n'), purpose="batch"
    )

    async with client.files.with_streaming_response.content(created.id) as response:
        print(response.status_code, response.http_request.method)
        lines = [line async for line in response.iter_lines()]
        print(lines)

    async with client.files.with_streaming_response.content(created.id) as response:
        chunks = [chunk async for chunk in response.iter_bytes()]
        print(b"".join(chunks).count(b"\n"))

    async with client.files.with_streaming_response.content(created.id) as response:
        text = "".join([t async for t in response.iter_text()])
        print(len(text), text.splitlines()[0])

    async with client.models.with_streaming_response.retrieve("gpt-4o-mini") as response:
        body = await response.json()
        print(body["id"], body["object"])

    async with client.models.with_streaming_response.list() as response:
        raw = await response.read()
        print(json.loads(raw)["object"], response.is_closed)
        page = await response.parse()
        print(len(page.data) > 0, any(m.id == "gpt-4o-mini" for m in page.data))
    print(response.is_closed)

    async with client.chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
    ) as response:
        text = await response.text()
        print(json.loads(text)["object"])
        completion = await response.parse()
        print(completion.choices[0].finish_reason)
    await client.close()


asyncio.run(main())
