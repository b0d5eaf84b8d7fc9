"""Async images and audio: generate (b64), transcribe and translate from bytes."""

import asyncio
import base64

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    images = await client.images.generate(
        model="gpt-image-1", prompt="a red circle", n=1, size="1024x1024"
    )
    first = images.data[0]
    print(first.b64_json is not None or first.url is not None, images.created > 0)
    if first.b64_json:
        print(len(base64.b64decode(first.b64_json)) > 0)
    transcript = await client.audio.transcriptions.create(
        model="whisper-1", file=("clip.wav", b"RIFF0000WAVE", "audio/wav")
    )
    print(type(transcript.text).__name__)
    text = await client.audio.transcriptions.create(
        model="whisper-1", file=("clip.wav", b"RIFF0000WAVE"), response_format="text"
    )
    print(type(text).__name__)
    translated = await client.audio.translations.create(
        model="whisper-1", file=("clip.wav", b"RIFF0000WAVE")
    )
    print(type(translated.text).__name__)
    moderation = await client.moderations.create(input=["a", "b"])
    print(len(moderation.results), moderation.results[0].flagged in (True, False))
    await client.close()


asyncio.run(main())
