"""Raw and streamed views reached through parent resources; POST pages; audio formats."""

from __future__ import annotations

from pathlib import Path

from openai import AsyncOpenAI, OpenAI

client = OpenAI()
aclient = AsyncOpenAI()


def start_run(thread_id: str, assistant_id: str) -> str:
    raw = client.beta.threads.with_raw_response.runs.create(
        thread_id=thread_id, assistant_id=assistant_id
    )
    print(raw.headers.get("x-request-id"))
    run = raw.parse()
    return run.status


def count_jobs() -> int:
    with client.fine_tuning.with_streaming_response.jobs.list() as response:
        print(response.status_code)
        return len(response.parse().data)


def search_scores(store_id: str) -> list[float]:
    page = client.vector_stores.search(vector_store_id=store_id, query="cats")
    print(page.has_next_page())
    return [result.score for result in page.data]


async def search_files(store_id: str) -> list[str]:
    return [r.file_id async for r in aclient.vector_stores.search(store_id, query="dogs")]


async def subtitles(path: Path) -> str:
    vtt = await aclient.audio.transcriptions.create(
        model="whisper-1", file=path, response_format="vtt"
    )
    verbose = await aclient.audio.translations.create(
        model="whisper-1", file=path, response_format="verbose_json"
    )
    return vtt + verbose.text
