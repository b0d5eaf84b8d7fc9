"""Base64 embeddings decode: exact floats, order, numpy and array paths, bad input."""

from __future__ import annotations

import base64
import struct
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integrations_openai._embeddings import (
    decode_base64_embedding,
    decode_embeddings_response,
    prepare_embedding_params,
)
from integrations_openai.errors import ResponseDecodeError

float32s = st.floats(width=32, allow_nan=False)


def encode(values: list[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


@pytest.mark.parametrize("use_numpy", [None, False])
@given(values=st.lists(float32s, max_size=64))
def test_roundtrip_exact_and_ordered(use_numpy: bool | None, values: list[float]) -> None:
    out = decode_base64_embedding(encode(values), use_numpy=use_numpy)
    assert out == values
    assert all(type(v) is float for v in out)


def test_bytes_input() -> None:
    assert decode_base64_embedding(encode([1.5, -2.0]).encode()) == [1.5, -2.0]


@pytest.mark.parametrize("bad", ["not base64!", "AAA", "AAAAAAA="])
def test_bad_base64_is_decode_error(bad: str) -> None:
    with pytest.raises(ResponseDecodeError):
        decode_base64_embedding(bad)


def test_prepare_params() -> None:
    params, decode = prepare_embedding_params({"model": "m", "input": "x"})
    assert params["encoding_format"] == "base64" and decode
    params, decode = prepare_embedding_params({"encoding_format": "float"})
    assert params == {"encoding_format": "float"} and not decode
    _, decode = prepare_embedding_params({"encoding_format": "base64"})
    assert not decode  # the caller asked for base64: give it to them


def test_decode_response_in_place_and_in_order() -> None:
    body: dict[str, Any] = {
        "object": "list",
        "data": [
            {"index": 0, "embedding": encode([0.25, 0.5])},
            {"index": 1, "embedding": [1.0]},
        ],
    }
    out = decode_embeddings_response(body)
    assert out is body
    assert [d["embedding"] for d in body["data"]] == [[0.25, 0.5], [1.0]]
    with pytest.raises(ResponseDecodeError):
        decode_embeddings_response({"data": None})
