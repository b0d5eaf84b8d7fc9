"""Async text to speech: read the bytes, write_to_file, streaming response to a file."""

import asyncio
import os
from pathlib import Path

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    tmp = Path(os.environ["COMPAT_TMP"])
    speech = await client.audio.speech.create(
        model="gpt-4o-mini-tts", voice="alloy", input="Hello there", response_format="mp3"
    )
    data = speech.read()
    print(type(data).__name__, len(data) > 0, speech.response.status_code)
    speech.write_to_file(tmp / "a.mp3")
    print((tmp / "a.mp3").read_bytes() == data)

    async with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts", voice="alloy", input="Hello there"
    ) as response:
        await response.stream_to_file(tmp / "b.mp3")
    print((tmp / "b.mp3").stat().st_size == len(data))

    async with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts", voice="nova", input="Again", speed=1.5
    ) as response:
        size = 0
        async for chunk in response.iter_bytes(chunk_size=7):
            size += len(chunk)
        print(size > 0, response.headers.get("content-type"))
    await client.close()


asyncio.run(main())
