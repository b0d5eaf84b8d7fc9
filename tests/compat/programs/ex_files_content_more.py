"""Files: content as bytes, iterated, streamed to disk, and the older retrieve_content."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])

uploaded = client.files.create(file=("notes.jsonl", b'{"a": 1}\n{"a": 2}\n'), purpose="batch")
content = client.files.content(uploaded.id)
print(content.read() == b'{"a": 1}\n{"a": 2}\n')
print(b"".join(content.iter_bytes()) == content.content)
print(list(content.iter_lines()))
print(content.text.count("\n"), content.encoding)

with client.files.with_streaming_response.content(uploaded.id) as response:
    print(response.status_code, response.headers.get("content-type") is not None)
    response.stream_to_file(tmp / "streamed.jsonl")
print((tmp / "streamed.jsonl").read_bytes() == content.content)

raw = client.files.with_raw_response.retrieve(uploaded.id)
print(raw.status_code, raw.parse().filename, raw.http_request.method)

old = client.files.retrieve_content(uploaded.id)
print(type(old).__name__, old == content.text)

page = client.files.list(limit=1, order="asc")
print([f.filename for f in page.data], page.has_next_page())
print(client.files.delete(uploaded.id).deleted)
