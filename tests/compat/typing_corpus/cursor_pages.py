"""`SyncCursorPage[...]` / `AsyncCursorPage[...]` from `openai.pagination` in user signatures."""

from __future__ import annotations

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage, SyncPage
from openai.types import Batch, FileObject, Model
from openai.types.fine_tuning import FineTuningJob

client = OpenAI()
aclient = AsyncOpenAI()


def first_page(limit: int = 20) -> SyncCursorPage[FileObject]:
    return client.files.list(limit=limit)


def every_file() -> list[str]:
    page = first_page()
    names = [f.filename for f in page.data]
    while page.has_next_page():
        page = page.get_next_page()
        names.extend(f.filename for f in page.data)
    return names


def batches(after: str | None = None) -> SyncCursorPage[Batch]:
    if after is None:
        return client.batches.list(limit=10)
    return client.batches.list(limit=10, after=after)


def models() -> SyncPage[Model]:
    return client.models.list()


async def jobs() -> AsyncCursorPage[FineTuningJob]:
    return await aclient.fine_tuning.jobs.list(limit=5)


async def job_ids() -> list[str]:
    ids: list[str] = []
    async for job in aclient.fine_tuning.jobs.list():
        ids.append(job.id)
    page = await jobs()
    ids.extend(j.id for j in page.data)
    return ids
