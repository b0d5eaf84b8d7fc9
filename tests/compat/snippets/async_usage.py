"""README "Async usage", async pagination, errors and streamed responses."""

import asyncio

import openai
from openai import AsyncOpenAI

client = AsyncOpenAI(max_retries=0)


async def main() -> None:
    completion = await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "async hello"}]
    )
    print(completion.choices[0].message.content)

    stream = await client.chat.completions.create(model="gpt-4o-mini", messages=[], stream=True)
    async for chunk in stream:
        print(repr(chunk.choices[0].delta.content), chunk.choices[0].finish_reason)

    all_jobs = []
    async for job in client.fine_tuning.jobs.list(limit=2):
        all_jobs.append(job.id)
    print(all_jobs)

    first_page = await client.fine_tuning.jobs.list(limit=2)
    if first_page.has_next_page():
        print(f"will fetch next page using these details: {first_page.next_page_info()}")
        next_page = await first_page.get_next_page()
        print(f"number of items we just fetched: {len(next_page.data)}")
    print([len(page.data) async for page in first_page.iter_pages()])

    try:
        await client.chat.completions.create(model="missing-model", messages=[])
    except openai.NotFoundError as e:
        print("not found:", e.status_code, e.code, e.request_id)

    try:
        await client.files.list(purpose="forbidden")
    except openai.APIStatusError as e:
        print("refused at the await:", e.status_code)

    raw = await client.chat.completions.with_raw_response.create(model="m", messages=[])
    print(raw.headers.get("x-my-header"), raw.parse().choices[0].message.content)

    async with client.chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "streamed"}]
    ) as response:
        print(response.status_code, response.headers.get("X-My-Header"))
        completion = await response.parse()
        print(completion.choices[0].message.content)

    async with client.files.with_streaming_response.content("file-1") as response:
        print([line async for line in response.iter_lines()])

    content = await client.files.content("file-1")
    print(content.text.splitlines())


asyncio.run(main())
