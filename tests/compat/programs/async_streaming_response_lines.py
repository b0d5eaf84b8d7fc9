"""Async with_streaming_response: iterate lines and bytes, parse, and async raw responses."""

import asyncio
import json

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    async with client.chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], stream=True
    ) as response:
        lines = [line async for line in response.iter_lines() if line]
        print(response.status_code, lines[-1], json.loads(lines[0][6:])["object"])
    async with client.files.with_streaming_response.create(
        file=("x.txt", b"xyz"), purpose="assistants"
    ) as response:
        file = await response.parse()
        print(type(file).__name__, file.filename, response.headers.get("content-type"))
    async with client.files.with_streaming_response.content(file.id) as response:
        data = b"".join([chunk async for chunk in response.iter_bytes()])
        print(data, response.status_code)
    raw = await client.models.with_raw_response.retrieve("gpt-4o-mini")
    model = raw.parse()
    print(model.id, raw.status_code, raw.http_request.method)
    await client.close()


asyncio.run(main())
