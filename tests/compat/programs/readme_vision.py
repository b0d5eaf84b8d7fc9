"""README blocks: image inputs, by URL and as base64."""

import base64
import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()

prompt = "What is in this image?"
img_url = (
    "https://api.nga.gov/iiif/a2e6da57-3cd1-4235-b20e-95dcaefed6c8/full/!800,800/0/default.jpg"
)

response = client.responses.create(
    model="gpt-5.5",
    input=[
        {
            "role": "user",
            "content": [
                {"type": "input_text", "text": prompt},
                {"type": "input_image", "image_url": f"{img_url}"},
            ],
        }
    ],
)
print(response.output_text)

image = Path(os.environ["COMPAT_TMP"]) / "image.png"
image.write_bytes(b"\x89PNG\r\n\x1a\nnot-really-a-png")
with open(image, "rb") as image_file:
    b64_image = base64.b64encode(image_file.read()).decode("utf-8")

response = client.responses.create(
    model="gpt-5.5",
    input=[
        {
            "role": "user",
            "content": [
                {"type": "input_text", "text": prompt},
                {"type": "input_image", "image_url": f"data:image/png;base64,{b64_image}"},
            ],
        }
    ],
)
print(response.output_text)
