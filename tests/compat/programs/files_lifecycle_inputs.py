"""files.create from a Path, an open file, bytes and a (name, bytes, mime) tuple; list,
retrieve, content, delete."""

import os
from pathlib import Path

from openai import OpenAI
from openai.types import FileDeleted, FileObject

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
path = tmp / "train.jsonl"
path.write_text('{"messages": []}\n')
made = [
    client.files.create(file=path, purpose="fine-tune"),
    client.files.create(file=open(path, "rb"), purpose="fine-tune"),
    client.files.create(
        file=("data.jsonl", path.read_bytes(), "application/jsonl"), purpose="batch"
    ),
    client.files.create(file=("notes.txt", b"plain notes"), purpose="assistants"),
]
for f in made:
    print(isinstance(f, FileObject), f.filename, f.purpose, f.bytes, f.status, f.object)
listed = client.files.list()
print(sorted(f.filename for f in listed), len(listed.data))
got = client.files.retrieve(made[3].id)
print(got.id == made[3].id, got.filename, got.created_at == made[3].created_at)
content = client.files.content(made[3].id)
print(content.text, content.content == b"plain notes", type(content.read()).__name__)
content.write_to_file(tmp / "copy.txt")
print((tmp / "copy.txt").read_text())
deleted = client.files.delete(made[3].id)
print(isinstance(deleted, FileDeleted), deleted.deleted, deleted.object)
print(len(client.files.list().data))
