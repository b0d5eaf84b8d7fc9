"""Large files: ``uploads.upload_file_chunked`` and the Uploads API step by step."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
path = Path(os.environ["COMPAT_TMP"]) / "big.jsonl"
path.write_bytes(b'{"custom_id": "x"}\n' * 2000)

upload = client.uploads.upload_file_chunked(
    file=path, mime_type="application/jsonl", purpose="batch"
)
print(upload.object, upload.status, upload.bytes, upload.file.object if upload.file else None)

started = client.uploads.create(
    bytes=4, filename="tiny.jsonl", mime_type="application/jsonl", purpose="batch"
)
part = client.uploads.parts.create(upload_id=started.id, data=b"{}\n\n")
done = client.uploads.complete(upload_id=started.id, part_ids=[part.id])
print(part.object, done.status, done.file.filename)
