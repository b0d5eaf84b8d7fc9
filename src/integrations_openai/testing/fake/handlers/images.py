"""Images: generations, edits and variations answer with URLs or a real (tiny) PNG."""

from __future__ import annotations

import base64
import struct
import zlib
from typing import Any

from .._routing import Answer, ApiError, Call, RouteTable
from .._text import token_count

__all__ = ["png", "routes"]

routes = RouteTable()


def png(width: int = 8, height: int = 8, rgb: tuple[int, int, int] = (220, 40, 40)) -> bytes:
    """A valid PNG of one colour (what a viewer can open)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def _images(call: Call, params: dict[str, Any]) -> Answer:
    try:
        n = int(params.get("n") or 1)
    except ValueError:
        raise ApiError(400, "'n' must be an integer.", param="n") from None
    if not 1 <= n <= 10:
        raise ApiError(400, "'n' must be between 1 and 10.", param="n")
    model = params.get("model") or "dall-e-2"
    as_b64 = params.get("response_format") == "b64_json" or model.startswith("gpt-image")
    prompt = str(params.get("prompt") or "")
    data = []
    for _ in range(n):
        if as_b64:
            item: dict[str, Any] = {"b64_json": base64.b64encode(png()).decode()}
        else:
            name = call.state.ids.new("img-")
            item = {"url": f"https://images.example.com/{name}.png"}
        if model == "dall-e-3":
            item["revised_prompt"] = prompt
        data.append(item)
    out: dict[str, Any] = {"created": call.state.now(), "data": data}
    if model.startswith("gpt-image"):
        tokens = token_count(prompt)
        out["usage"] = {
            "input_tokens": tokens,
            "output_tokens": 272 * n,
            "total_tokens": tokens + 272 * n,
            "input_tokens_details": {"text_tokens": tokens, "image_tokens": 0},
        }
    return out


@routes.route("POST", "/images/generations")
def generate(call: Call) -> Answer:
    """``n`` images for a prompt."""
    body = call.body()
    call.required(body, "prompt")
    return _images(call, body)


@routes.route("POST", "/images/edits")
def edit(call: Call) -> Answer:
    """Edited images (multipart with ``image`` and ``prompt``)."""
    form = call.form()
    if not any(name.startswith("image") for name in form.files):
        raise ApiError(400, "Missing required parameter: 'image'.", param="image")
    return _images(call, dict(form.fields))


@routes.route("POST", "/images/variations")
def variation(call: Call) -> Answer:
    """Variations of an uploaded image."""
    form = call.form()
    if "image" not in form.files:
        raise ApiError(400, "Missing required parameter: 'image'.", param="image")
    return _images(call, dict(form.fields))
