"""Embeddings travel as base64 float32 and are decoded here (numpy when installed).

A float list in JSON costs ~10 bytes and a float parse per dimension; base64 costs 5.3
bytes and one ``frombuffer``. ``prepare_embedding_params`` asks for base64 unless the caller
chose a format; ``decode_embeddings_response`` then turns each ``embedding`` back into floats,
in order, so callers see exactly what ``encoding_format="float"`` would have returned.
"""

from __future__ import annotations

import base64
import binascii
import sys
from array import array
from collections.abc import Mapping
from typing import Any

from .errors import ResponseDecodeError

__all__ = [
    "decode_base64_embedding",
    "decode_embeddings_response",
    "prepare_embedding_params",
]

_np: Any
try:  # optional speed-up; the array path gives identical floats
    import numpy as _np
except ImportError:  # pragma: no cover - numpy is installed in the dev venv
    _np = None

_LITTLE = sys.byteorder == "little"


def _raw(data: str | bytes) -> bytes:
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ResponseDecodeError(f"embedding is not valid base64: {exc}") from None
    if len(raw) % 4:
        raise ResponseDecodeError(
            f"embedding is {len(raw)} bytes, not a whole number of float32 values"
        )
    return raw


def decode_base64_embedding(data: str | bytes, *, use_numpy: bool | None = None) -> list[float]:
    """Decode one base64 float32 little-endian vector into Python floats, in order.

    ``use_numpy=None`` uses numpy when installed; ``False`` forces the ``array`` path.
    """
    raw = _raw(data)
    if _np is not None and use_numpy is not False:
        values: list[float] = _np.frombuffer(raw, dtype="<f4").tolist()
        return values
    vec = array("f", raw)
    if not _LITTLE:  # pragma: no cover - big-endian hosts only
        vec.byteswap()
    return vec.tolist()


def prepare_embedding_params(params: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    """Request params with ``encoding_format="base64"`` unless the caller set one.

    Returns ``(params, decode)``: ``decode`` is true when the response must be decoded
    back to floats (the caller did not ask for base64 themselves).
    """
    out = dict(params)
    fmt = out.get("encoding_format")
    if fmt is None:
        out["encoding_format"] = "base64"
        return out, True
    return out, False


def decode_embeddings_response(
    body: dict[str, Any], *, use_numpy: bool | None = None
) -> dict[str, Any]:
    """Replace every base64 ``data[i].embedding`` of an embeddings response by floats.

    Works in place and returns ``body``; float lists are left alone.
    """
    data = body.get("data")
    if not isinstance(data, list):
        raise ResponseDecodeError("embeddings response has no data list", body=body)
    for item in data:
        if isinstance(item, dict) and isinstance(item.get("embedding"), str | bytes):
            item["embedding"] = decode_base64_embedding(item["embedding"], use_numpy=use_numpy)
    return body
