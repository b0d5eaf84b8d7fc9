"""Embeddings: deterministic unit vectors per input, as floats or base64 float32."""

from __future__ import annotations

import array
import base64
import hashlib
import math
import random
import struct
from typing import Any

from .._routing import Answer, ApiError, Call, RouteTable
from .._text import token_count

__all__ = ["routes"]

routes = RouteTable()

_DIMENSIONS = {"text-embedding-3-large": 3072}
_DEFAULT_DIMENSIONS = 1536


def vector(text: str, dimensions: int) -> list[float]:
    """A unit vector that depends only on ``text`` (equal inputs, equal embeddings)."""
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
    rng = random.Random(seed)
    raw = [rng.gauss(0.0, 1.0) for _ in range(dimensions)]
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    # Rounded through float32, as the API's numbers are.
    return array.array("f", [x / norm for x in raw]).tolist()


def _inputs(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, int) for v in value):
        return [" ".join(map(str, value))]  # one pre-tokenized input
    if isinstance(value, list) and value:
        return [v if isinstance(v, str) else " ".join(map(str, v)) for v in value]
    raise ApiError(400, "'input' must be a string or a non-empty array.", param="input")


@routes.route("POST", "/embeddings")
def create(call: Call) -> Answer:
    """One embedding per input."""
    body = call.body()
    call.required(body, "model", "input")
    texts = _inputs(body["input"])
    dimensions = body.get("dimensions")
    if dimensions is None:
        dimensions = _DIMENSIONS.get(body["model"], _DEFAULT_DIMENSIONS)
    if isinstance(dimensions, bool) or not isinstance(dimensions, int) or dimensions < 1:
        raise ApiError(400, "'dimensions' must be a positive integer.", param="dimensions")
    as_base64 = body.get("encoding_format") == "base64"
    data = []
    for index, text in enumerate(texts):
        floats = vector(text, dimensions)
        embedding: Any = (
            base64.b64encode(struct.pack(f"<{len(floats)}f", *floats)).decode()
            if as_base64
            else floats
        )
        data.append({"object": "embedding", "index": index, "embedding": embedding})
    tokens = sum(token_count(t) for t in texts)
    return {
        "object": "list",
        "data": data,
        "model": body["model"],
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }
