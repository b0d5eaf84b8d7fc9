"""Async downloads: aread, aiter_bytes, aiter_lines, astream_to_file."""

import asyncio
import os
from pathlib import Path

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    tmp = Path(os.environ["COMPAT_TMP"])
    body = b"alpha\nbeta\n"
    created = await client.files.create(file=("rows.txt", body), purpose="assistants")
    content = await client.files.content(created.id)
    print(await content.aread() == body, content.text)
    print([line async for line in await content.aiter_lines()])
    print(b"".join([chunk async for chunk in await content.aiter_bytes(4)]) == body)
    print("".join([text async for text in await content.aiter_text()]))
    await content.astream_to_file(tmp / "rows.txt")
    print((tmp / "rows.txt").read_bytes() == body)
    await content.aclose()
    speech = await client.audio.speech.create(model="tts-1", voice="alloy", input="hi")
    print(len(await speech.aread()) > 0)
    await client.close()


asyncio.run(main())
