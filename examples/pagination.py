"""Pagination: list methods return an iterator over every item, pages on demand."""

import itertools

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    for n in range(3):  # something to list
        client.files.create(file=(f"page-demo-{n}.txt", b"hello"), purpose="assistants")
    pager = client.files.list(limit=2)
    first = pager.first_page
    print(
        f"first page: {[f.filename for f in first.items]}, another page follows: {first.has_next}"
    )
    names = [f.filename for f in itertools.islice(client.files.list(limit=2), 6)]
    print(f"first {len(names)} files across pages: {names}")
    for file in client.files.list(purpose="assistants"):
        if file.filename.startswith("page-demo-"):
            client.files.delete(file.id)
