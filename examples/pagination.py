"""Pagination: list methods return an iterator over every item, pages on demand."""

import itertools

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    pager = client.fine_tuning.jobs.list(limit=2)
    first = pager.first_page
    print(f"first page: {len(first.items)} job(s), another page follows: {first.has_next}")
    if not client.base_url.startswith("http://127.0.0.1"):  # the mock repeats one cursor forever
        jobs = itertools.islice(client.fine_tuning.jobs.list(limit=2), 5)
        print("first 5 jobs across pages:", [job.id for job in jobs])
