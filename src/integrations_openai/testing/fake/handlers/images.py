"""Images: generations, edits and variations answer with URLs or a real (tiny) PNG."""

from __future__ import annotations

import base64
import struct
import zlib
from typing import Any

from .._routing import Answer, ApiError, Call, RouteTable
from .._text import token_count
from ._common import sse_reply

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


def _streamed(call: Call, params: dict[str, Any], kind: str) -> Answer:
    """``stream=true`` (gpt-image models): ``partial_images`` partial events, then the
    completed one (``image_generation.*`` or ``image_edit.*`` events)."""
    answer = _images(call, {**params, "n": 1})
    assert isinstance(answer, dict)
    common = {
        "b64_json": answer["data"][0].get("b64_json") or base64.b64encode(png()).decode(),
        "created_at": answer["created"],
        "size": params.get("size") or "1024x1024",
        "quality": params.get("quality") or "auto",
        "background": params.get("background") or "auto",
        "output_format": params.get("output_format") or "png",
    }
    try:
        partials = min(max(int(params.get("partial_images") or 0), 0), 3)
    except ValueError:
        raise ApiError(
            400, "'partial_images' must be an integer.", param="partial_images"
        ) from None
    events: list[dict[str, Any]] = [
        {"type": f"{kind}.partial_image", **common, "partial_image_index": i}
        for i in range(partials)
    ]
    events.append({"type": f"{kind}.completed", **common, "usage": answer.get("usage")})
    return sse_reply(events, named=True, done=False)


def _is_streamed(params: dict[str, Any]) -> bool:
    return params.get("stream") in (True, "true", "True")


@routes.route("POST", "/images/generations")
def generate(call: Call) -> Answer:
    """``n`` images for a prompt (or a stream of partial images with ``stream=true``)."""
    body = call.body()
    call.required(body, "prompt")
    if _is_streamed(body):
        return _streamed(call, body, "image_generation")
    return _images(call, body)


@routes.route("POST", "/images/edits")
def edit(call: Call) -> Answer:
    """Edited images (multipart with ``image`` and ``prompt``)."""
    form = call.form()
    if not any(name.startswith("image") for name in form.files):
        raise ApiError(400, "Missing required parameter: 'image'.", param="image")
    if _is_streamed(dict(form.fields)):
        return _streamed(call, dict(form.fields), "image_edit")
    return _images(call, dict(form.fields))


@routes.route("POST", "/images/variations")
def variation(call: Call) -> Answer:
    """Variations of an uploaded image."""
    form = call.form()
    if "image" not in form.files:
        raise ApiError(400, "Missing required parameter: 'image'.", param="image")
    return _images(call, dict(form.fields))
