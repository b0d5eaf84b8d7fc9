"""Images: generate, edit, variations; base64 or URLs."""

from __future__ import annotations

import base64
from pathlib import Path

from openai import OpenAI

client = OpenAI()


def generate(prompt: str, target: Path) -> None:
    result = client.images.generate(
        model="gpt-image-1", prompt=prompt, size="1024x1024", quality="low", n=1
    )
    if result.data and result.data[0].b64_json is not None:
        target.write_bytes(base64.b64decode(result.data[0].b64_json))
    if result.usage is not None:
        print("tokens:", result.usage.total_tokens)


def urls(prompt: str) -> list[str]:
    result = client.images.generate(model="dall-e-3", prompt=prompt, response_format="url")
    return [image.url for image in result.data or [] if image.url is not None]


def revised(prompt: str) -> str | None:
    result = client.images.generate(model="dall-e-3", prompt=prompt)
    if not result.data:
        return None
    return result.data[0].revised_prompt


def edit(source: Path, prompt: str) -> bytes:
    with source.open("rb") as image:
        result = client.images.edit(model="gpt-image-1", image=image, prompt=prompt)
    assert result.data is not None
    first = result.data[0]
    return base64.b64decode(first.b64_json or "")


def variation(source: Path) -> int:
    result = client.images.create_variation(image=source, n=2)
    print(result.created)
    return len(result.data or [])
