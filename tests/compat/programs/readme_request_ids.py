"""README blocks: request ids on results and on errors (async)."""

import asyncio

import openai
from openai import AsyncOpenAI

client = AsyncOpenAI()


async def main() -> None:
    response = await client.responses.create(
        model="gpt-5.5",
        input="Say 'this is a test'.",
    )
    print(response._request_id)  # req_123

    try:
        await client.files.retrieve("file-missing")
    except openai.APIStatusError as exc:
        print(exc.request_id)  # req_123
        print(exc.status_code, type(exc).__name__)


asyncio.run(main())
