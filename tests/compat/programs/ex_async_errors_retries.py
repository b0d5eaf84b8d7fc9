"""Async errors and retries: scripted statuses, retries_taken, with_options, raw views."""

import asyncio
import os

import httpx
import openai
from openai import AsyncOpenAI


async def fail_next(**script: object) -> None:
    """Script the fake's next answer (the fake's control route, not an API call)."""
    base = os.environ["OPENAI_BASE_URL"].removesuffix("/v1")
    async with httpx.AsyncClient() as http:
        await http.post(base + "/_fake/fail_next", json=script)


async def main() -> None:
    async with AsyncOpenAI(max_retries=2) as client:
        await fail_next(route="POST /v1/embeddings", status=429, retry_after=0.01, times=2)
        raw = await client.embeddings.with_raw_response.create(
            model="text-embedding-3-small", input="hi"
        )
        print(raw.status_code, raw.retries_taken, raw.parse().object, raw.request_id is not None)

        await fail_next(route="POST /v1/embeddings", status=404, code="model_not_found")
        try:
            await client.embeddings.create(model="nope", input="hi")
        except openai.NotFoundError as e:
            print(e.status_code, e.code, e.message, e.body)
            print(e.request.url.path, e.response.headers.get("content-type"))

        await fail_next(route="POST /v1/embeddings", status=409, retry_after=0.01, times=2)
        try:
            await client.with_options(max_retries=1).embeddings.create(
                model="text-embedding-3-small", input="hi"
            )
        except openai.ConflictError as e:
            print("conflict after one retry", e.status_code)

        await fail_next(route="GET /v1/models", status=401, code="invalid_api_key")
        try:
            await client.models.list()
        except openai.AuthenticationError as e:
            print(e.status_code, e.type, isinstance(e, openai.APIStatusError))

        await fail_next(route="GET /v1/models/{model}", delay=1.0)
        try:
            await client.with_options(max_retries=0).models.retrieve("gpt-4o-mini", timeout=0.2)
        except openai.APITimeoutError as e:
            print("timeout", e.message, isinstance(e, openai.APIConnectionError))

        async with client.models.with_streaming_response.retrieve("gpt-4o-mini") as response:
            print(response.status_code, (await response.json())["id"], response.retries_taken)
            print((await response.parse()).id)
        print(response.is_closed)


asyncio.run(main())
