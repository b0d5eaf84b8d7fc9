"""Downloaded content read every way the SDK's binary response allows."""

import json
import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
body = b'{"n": 1}\n{"n": 2}\n'
created = client.files.create(file=("rows.jsonl", body), purpose="batch")
content = client.files.content(created.id)
print(content.read() == body, content.content == body, content.text == body.decode())
print(content.encoding, content.response.status_code, content.charset_encoding)
print(list(content.iter_lines()))
print(b"".join(content.iter_bytes(chunk_size=4)) == body)
print("".join(content.iter_text()) == body.decode())
content.write_to_file(tmp / "rows.jsonl")
print((tmp / "rows.jsonl").read_bytes() == body)
content.close()

single = client.files.create(file=("one.json", b'{"ok": true}'), purpose="user_data")
print(client.files.content(single.id).json(), json.loads(client.files.content(single.id).text))
