"""Async errors: connection failure, 404, 401, and streams that fail before the first event."""

import asyncio
import os

import openai
from openai import AsyncOpenAI


async def main() -> None:
    closed = AsyncOpenAI(base_url=os.environ["COMPAT_CLOSED_URL"], max_retries=0)
    try:
        await closed.models.list()
    except openai.APIConnectionError as e:
        print(type(e).__name__, str(e), e.request.url.path)
    await closed.close()

    async with AsyncOpenAI(max_retries=0) as client:
        try:
            await client.files.retrieve("file-nope")
        except openai.APIStatusError as e:
            print(type(e).__name__, e.status_code, e.body)
            print(str(e))
        try:
            await client.vector_stores.retrieve("vs_nope")
        except openai.NotFoundError as e:
            print(e.status_code, e.response.json()["error"]["type"])

    bad = AsyncOpenAI(api_key="sk-bad-0000000000000000000000", max_retries=0)
    try:
        stream = await bad.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}], stream=True
        )
        async for _ in stream:
            pass
    except openai.AuthenticationError as e:
        print(type(e).__name__, e.status_code, e.code)
    await bad.close()


asyncio.run(main())
