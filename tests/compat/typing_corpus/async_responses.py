"""The async client with the Responses API: awaited, streamed, parsed, paged."""

from __future__ import annotations

from openai import AsyncOpenAI
from pydantic import BaseModel

client = AsyncOpenAI()


class Verdict(BaseModel):
    ok: bool
    reason: str


async def respond(prompt: str) -> str:
    response = await client.responses.create(model="gpt-5-mini", input=prompt)
    return response.output_text


async def stream(prompt: str) -> str:
    parts: list[str] = []
    events = await client.responses.create(model="gpt-5-mini", input=prompt, stream=True)
    async for event in events:
        if event.type == "response.output_text.delta":
            parts.append(event.delta)
        elif event.type == "response.completed":
            print(event.response.output_text)
    return "".join(parts)


async def helper(prompt: str) -> str:
    async with client.responses.stream(model="gpt-5-mini", input=prompt) as events:
        async for event in events:
            if event.type == "response.output_text.delta":
                print(event.delta, end="")
        final = await events.get_final_response()
    return final.id


async def judge(prompt: str) -> Verdict | None:
    response = await client.responses.parse(model="gpt-5-mini", input=prompt, text_format=Verdict)
    return response.output_parsed


async def file_ids() -> list[str]:
    ids: list[str] = []
    async for item in client.files.list():
        ids.append(item.id)
    page = await client.files.list(limit=2)
    ids += [f.id for f in page.data]
    if page.has_next_page():
        more = await page.get_next_page()
        ids += [f.id for f in more.data]
    return ids


async def chat_parse(prompt: str) -> Verdict | None:
    completion = await client.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[{"role": "user", "content": prompt}],
        response_format=Verdict,
    )
    return completion.choices[0].message.parsed
