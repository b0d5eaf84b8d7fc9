"""Files: list by purpose, order, limit and after; pages by hand; upload from a path and bytes."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
(tmp / "doc.md").write_text("# title\n")

made = [
    client.files.create(file=tmp / "doc.md", purpose="assistants"),
    client.files.create(file=("a.jsonl", b"{}\n"), purpose="batch"),
    client.files.create(file=("b.jsonl", b"{}\n", "application/jsonl"), purpose="batch"),
    client.files.create(file=("c.jsonl", b"{}\n"), purpose="fine-tune"),
]
print([(f.filename, f.purpose, f.bytes) for f in made])

newest = client.files.list(order="desc", limit=2)
print([f.filename for f in newest.data], newest.has_more, newest.has_next_page())
info = newest.next_page_info()
print(info is not None and info.params.get("after") == newest.data[-1].id)
rest = newest.get_next_page()
print([f.filename for f in rest.data], rest.has_next_page())

oldest = client.files.list(order="asc", limit=10, purpose="batch")
print([f.filename for f in oldest], oldest.first_id == made[1].id, oldest.last_id == made[2].id)
after = client.files.list(after=made[0].id, order="asc")
print([f.filename for f in after])
print(sum(1 for _ in client.files.list(limit=1).iter_pages()))

got = client.files.retrieve(made[3].id)
print(got.to_dict()["purpose"], got.status, got.expires_at is None or got.expires_at > 0)
for f in made:
    client.files.delete(f.id)
print(len(client.files.list().data))
