"""Files: upload, retrieve, list, content (``.text``, ``write_to_file``) and delete."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
source = tmp / "batch.jsonl"
source.write_text('{"custom_id": "1"}\n{"custom_id": "2"}\n')

uploaded = client.files.create(file=source.open("rb"), purpose="batch")
print(uploaded.filename, uploaded.bytes, uploaded.object, uploaded.purpose)

fetched = client.files.retrieve(uploaded.id)
print(fetched.id == uploaded.id, fetched.status)

print([f.filename for f in client.files.list()])
print(len(client.files.list(purpose="batch").data))

content = client.files.content(uploaded.id)
print(content.text)
print(content.content == source.read_bytes(), content.response.status_code)
content.write_to_file(tmp / "copy.jsonl")
print((tmp / "copy.jsonl").read_text() == source.read_text())

deleted = client.files.delete(uploaded.id)
print(deleted.deleted, deleted.object, deleted.id == uploaded.id)
