"""Pagination: list methods fetch the first page at the call; iterating walks every page."""

import itertools

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    first = client.fine_tuning.jobs.list(limit=2)
    print(f"first page: {len(first.data)} job(s), another page follows: {first.has_next_page()}")
    if not client.base_url.startswith("http://127.0.0.1"):  # the mock repeats one cursor forever
        jobs = itertools.islice(client.fine_tuning.jobs.list(limit=2), 5)
        print("first 5 jobs across pages:", [job.id for job in jobs])
