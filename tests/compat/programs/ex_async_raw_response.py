"""Async raw responses: headers, status, request, parse(), retries_taken, elapsed."""

import asyncio
import datetime
import json

from openai import AsyncOpenAI
from openai.types.chat import ChatCompletion


async def main() -> None:
    async with AsyncOpenAI(max_retries=0) as client:
        raw = await client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
        )
        print(raw.status_code, raw.http_request.method, raw.http_request.url.path)
        print(raw.headers.get("content-type", "").split(";")[0], raw.retries_taken)
        print(isinstance(raw.elapsed, datetime.timedelta), raw.url.path)
        completion = raw.parse()
        print(isinstance(completion, ChatCompletion), completion.choices[0].message.role)
        print(completion._request_id == raw.headers.get("x-request-id"))

        listed = await client.models.with_raw_response.list()
        page = listed.parse()
        print(len(page.data) > 0, listed.status_code)
        print(sorted(json.loads(listed.text)))

        uploaded = await client.files.with_raw_response.create(
            file=("a.jsonl", b"{}\n"), purpose="batch"
        )
        created = uploaded.parse()
        print(created.filename, created.purpose)
        gone = await client.files.with_raw_response.delete(created.id)
        print(gone.parse().deleted, gone.status_code)


asyncio.run(main())
