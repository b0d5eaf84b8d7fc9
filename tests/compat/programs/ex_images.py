"""Images: generate (b64 and url), edit with an uploaded image."""

import base64
import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()

result = client.images.generate(model="gpt-image-1", prompt="a white siamese cat", size="1024x1024")
print(result.created, len(result.data))
image = result.data[0]
print(image.b64_json is not None or image.url is not None)
if image.b64_json:
    print(len(base64.b64decode(image.b64_json)) > 0)

dalle = client.images.generate(model="dall-e-3", prompt="a cat", response_format="url", n=1)
print(dalle.data[0].url is not None)

png = Path(os.environ["COMPAT_TMP"]) / "in.png"
png.write_bytes(b"\x89PNG\r\n\x1a\nfake")
edited = client.images.edit(model="gpt-image-1", image=png.open("rb"), prompt="add a hat")
print(len(edited.data))
