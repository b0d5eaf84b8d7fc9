"""Images: generate as base64, edit with a mask, variations."""

import base64
import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
png = tmp / "otter.png"
png.write_bytes(b"\x89PNG\r\n\x1a\nfake-image")
mask = tmp / "mask.png"
mask.write_bytes(b"\x89PNG\r\n\x1a\nfake-mask")

generated = client.images.generate(
    model="gpt-image-1", prompt="A cute baby sea otter", size="1024x1024", n=1
)
print(len(generated.data), generated.created > 0)
first = generated.data[0]
if first.b64_json:
    print("b64", len(base64.b64decode(first.b64_json)) > 0)
else:
    print("url", first.url is not None)

edited = client.images.edit(
    model="gpt-image-1",
    image=png.open("rb"),
    mask=mask.open("rb"),
    prompt="Add a hat",
)
print(len(edited.data), edited.created > 0)

several = client.images.edit(
    model="gpt-image-1", image=[png.open("rb"), open(png, "rb")], prompt="Combine them"
)
print(len(several.data))

variations = client.images.create_variation(image=png.read_bytes(), n=2, size="256x256")
print(len(variations.data) >= 1, variations.created > 0)
