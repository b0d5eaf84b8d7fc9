"""Images: b64_json results decoded to files, edits and variations from path and tuple inputs."""

import base64
import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
png = tmp / "in.png"
png.write_bytes(b"\x89PNG\r\n\x1a\nfake-image")

generated = client.images.generate(
    model="dall-e-3",
    prompt="a lighthouse",
    response_format="b64_json",
    size="1024x1024",
    quality="hd",
    style="natural",
    n=1,
)
image = generated.data[0]
print(image.url, type(image.b64_json).__name__, image.revised_prompt is None or True)
if image.b64_json:
    (tmp / "out.png").write_bytes(base64.b64decode(image.b64_json))
    print((tmp / "out.png").stat().st_size > 0)
print(generated.created > 0, type(generated.data).__name__)

edited = client.images.edit(
    image=("in.png", png.read_bytes(), "image/png"),
    mask=png,
    prompt="add a boat",
    response_format="b64_json",
    size="512x512",
)
print(len(edited.data), edited.data[0].url is None or isinstance(edited.data[0].url, str))

varied = client.images.create_variation(image=png.open("rb"), n=2, response_format="url")
print(len(varied.data), [type(d.url).__name__ for d in varied.data])
print(sorted(varied.data[0].to_dict()))
print(generated.model_dump(exclude_none=True).keys())
