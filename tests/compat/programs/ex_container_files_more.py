"""Container files: upload from a path and from an existing file id, retrieve, read, page."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
(tmp / "notes.txt").write_text("line one\nline two\n")

box = client.containers.create(
    name="analysis", expires_after={"anchor": "last_active_at", "minutes": 20}
)
print(box.expires_after.anchor if box.expires_after else None, box.status)

from_path = client.containers.files.create(box.id, file=tmp / "notes.txt")
print(from_path.object, from_path.source, from_path.bytes is None or from_path.bytes >= 0)
uploaded = client.files.create(file=("raw.bin", b"\x00\x01\x02"), purpose="user_data")
from_id = client.containers.files.create(box.id, file_id=uploaded.id)
print(from_id.container_id == box.id, from_id.id != from_path.id)

got = client.containers.files.retrieve(from_path.id, container_id=box.id)
print(got.id == from_path.id, got.path == from_path.path, got.created_at > 0)
content = client.containers.files.content.retrieve(from_path.id, container_id=box.id)
print(content.response.status_code, content.read() == content.content, len(content.text) >= 0)
content.write_to_file(tmp / "back.txt")
print((tmp / "back.txt").exists())

first = client.containers.files.list(box.id, limit=1, order="asc")
print(len(first.data), first.has_more, first.has_next_page())
print(
    sorted(f.id for f in client.containers.files.list(box.id)) == sorted([from_path.id, from_id.id])
)
print([c.name for c in client.containers.list(order="desc", limit=2)])
