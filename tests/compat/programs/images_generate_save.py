"""images.generate with b64_json, decoded and written to disk; edits from a file path."""

import base64
import os
from pathlib import Path

from openai import OpenAI
from openai.types import Image, ImagesResponse

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
result = client.images.generate(
    model="gpt-image-1", prompt="A cute baby sea otter", size="1024x1024", n=2, quality="low"
)
print(isinstance(result, ImagesResponse), len(result.data), type(result.data[0]).__name__)
print(isinstance(result.data[0], Image), result.created > 0)
for i, image in enumerate(result.data):
    if image.b64_json:
        data = base64.b64decode(image.b64_json)
        (tmp / f"otter{i}.png").write_bytes(data)
        print(i, len(data) > 0, image.url)
    else:
        print(i, image.url is not None)
(tmp / "in.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
edited = client.images.edit(
    model="gpt-image-1", image=open(tmp / "in.png", "rb"), prompt="Add a hat"
)
print(len(edited.data), type(edited).__name__)
print(sorted(p.name for p in tmp.iterdir()))
