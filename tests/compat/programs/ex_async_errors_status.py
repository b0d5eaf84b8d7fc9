"""Async status errors and connection errors: classes, status, body, request id."""

import asyncio
import os

import httpx
import openai
from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI(max_retries=0)
    for make in (
        lambda: client.files.retrieve("file-missing"),
        lambda: client.batches.retrieve("batch_missing"),
        lambda: AsyncOpenAI(api_key="sk-bad-00000000000000000000", max_retries=0).models.list(),
    ):
        try:
            await make()
            print("no error")
        except openai.APIStatusError as e:
            print(e.status_code, e.code, e.type, e.body is not None)
            print(e.request_id == e.response.headers.get("x-request-id"))
            print(e.response.status_code, e.request.method)
    down = AsyncOpenAI(
        base_url=os.environ["COMPAT_CLOSED_URL"],
        max_retries=0,
        timeout=httpx.Timeout(5.0, connect=1.0),
    )
    try:
        await down.models.list()
    except openai.APIConnectionError as e:
        print("connection", isinstance(e, openai.APIError), e.request.url.path)
    await down.close()
    await client.close()


asyncio.run(main())
