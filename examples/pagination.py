"""Pagination: list methods return an iterator over every item, pages on demand."""

import itertools

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    for n in range(3):  # something to list
        client.files.create(file=(f"page-demo-{n}.txt", b"hello"), purpose="assistants")
    first = client.files.list(limit=2)  # the first page, fetched at the call
    print(
        f"first page: {[f.filename for f in first.data]},"
        f" another page follows: {first.has_next_page()}"
    )
    names = [f.filename for f in itertools.islice(client.files.list(limit=2), 6)]
    print(f"first {len(names)} files across pages: {names}")
    for file in client.files.list(purpose="assistants"):
        if file.filename.startswith("page-demo-"):
            client.files.delete(file.id)
