"""Pages: auto-iteration, `.data`, `has_next_page()`, `get_next_page()`, `iter_pages()`."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def all_jobs() -> list[str]:
    ids: list[str] = []
    for job in client.fine_tuning.jobs.list(limit=20):
        ids.append(job.id)
    return ids


def by_hand() -> int:
    page = client.files.list(limit=10)
    count = len(page.data)
    while page.has_next_page():
        page = page.get_next_page()
        count += len(page.data)
    return count


def page_by_page() -> list[int]:
    first = client.batches.list(limit=5)
    return [len(page.data) for page in first.iter_pages()]


def first_item_or_none() -> str | None:
    page = client.models.list()
    if page.data:
        return page.data[0].id
    return None


def cursor_pages(after: str | None) -> list[str]:
    page = (
        client.vector_stores.list(limit=3, after=after)
        if after
        else client.vector_stores.list(limit=3)
    )
    return [store.id for store in page.data]
