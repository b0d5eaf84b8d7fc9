"""Embeddings: 100 x 1536 vectors end to end, ours (base64 -> floats) vs the official SDK.

The server answers each request in the format it asked for (pre-encoded bodies), so the
float row measures what ``encoding_format="float"`` costs the SDK and the base64 rows what
decoding costs each client.
"""

from __future__ import annotations

import base64
import json
import random
import struct
from typing import Any

import openai

from integrations_openai._client import OpenAIClient
from integrations_openai._embeddings import decode_base64_embedding, decode_embeddings_response
from tests.bench._common import Result, best_of
from tests.support.faultserver import FaultServer, RecordedRequest, Reply

KEY = "sk-bench-0000000000000000"
N, DIM = 100, 1536


def _bodies() -> tuple[bytes, bytes, list[str]]:
    rng = random.Random(7)
    vectors = [
        struct.unpack(
            f"<{DIM}f", struct.pack(f"<{DIM}f", *(rng.uniform(-1, 1) for _ in range(DIM)))
        )
        for _ in range(N)
    ]
    b64 = [base64.b64encode(struct.pack(f"<{DIM}f", *v)).decode() for v in vectors]

    def body(embeddings: list[Any]) -> bytes:
        data = [
            {"object": "embedding", "index": i, "embedding": e} for i, e in enumerate(embeddings)
        ]
        usage = {"prompt_tokens": N, "total_tokens": N}
        return json.dumps(
            {"object": "list", "data": data, "model": "text-embedding-3-small", "usage": usage}
        ).encode()

    return body([list(v) for v in vectors]), body(b64), b64


def _ours_create(client: OpenAIClient, inputs: list[str]) -> Any:
    emb = getattr(client, "embeddings", None)
    if emb is not None:
        return emb.create(model="text-embedding-3-small", input=inputs)
    response = client.request(
        "POST",
        "/embeddings",
        json={"model": "text-embedding-3-small", "input": inputs, "encoding_format": "base64"},
    )
    return decode_embeddings_response(response.json())


def _first_vector(result: Any) -> list[float]:
    item = result["data"][0] if isinstance(result, dict) else result.data[0]
    vector = item["embedding"] if isinstance(item, dict) else item.embedding
    return list(vector)


def run(quick: bool) -> list[Result]:
    """See the module docstring."""
    repeat = 2 if quick else 5
    float_body, b64_body, b64 = _bodies()
    inputs = [f"text {i}" for i in range(N)]

    def handler(request: RecordedRequest) -> Reply:
        fmt = request.json().get("encoding_format")
        body = b64_body if fmt == "base64" else float_body
        return Reply(headers={"content-type": "application/json"}, body=body)

    with FaultServer() as server:
        server.handler = handler
        ours = OpenAIClient(api_key=KEY, base_url=server.url + "/v1", max_retries=0)
        sdk = openai.OpenAI(api_key=KEY, base_url=server.url + "/v1", max_retries=0)
        expected = decode_base64_embedding(b64[0])
        try:
            assert _first_vector(_ours_create(ours, inputs)) == expected
            t_ours = best_of(lambda: _ours_create(ours, inputs), repeat=repeat)
            t_sdk_float = best_of(
                lambda: sdk.embeddings.create(
                    model="text-embedding-3-small", input=inputs, encoding_format="float"
                ),
                repeat=repeat,
            )
            t_sdk_default = best_of(
                lambda: sdk.embeddings.create(model="text-embedding-3-small", input=inputs),
                repeat=repeat,
            )
        finally:
            ours.close()
            sdk.close()

    t_decode_np = best_of(lambda: [decode_base64_embedding(s) for s in b64], repeat=repeat)
    t_decode_arr = best_of(
        lambda: [decode_base64_embedding(s, use_numpy=False) for s in b64], repeat=repeat
    )
    t_json_floats = best_of(lambda: json.loads(float_body), repeat=repeat)
    ms = 1000.0
    note = f"{N} x {DIM}, best of {repeat}"
    return [
        Result(
            "embeddings.create, ours base64 vs SDK float",
            "ms/call",
            t_ours * ms,
            t_sdk_float * ms,
            note=note,
        ),
        Result(
            "embeddings.create, ours vs SDK default (base64)",
            "ms/call",
            t_ours * ms,
            t_sdk_default * ms,
            note=note,
        ),
        Result(
            "decode only: base64 (numpy) vs json.loads of floats",
            "ms",
            t_decode_np * ms,
            t_json_floats * ms,
            note="SDK column: plain json.loads of the float body",
        ),
        Result(
            "decode only: base64 (array, no numpy) vs json.loads",
            "ms",
            t_decode_arr * ms,
            t_json_floats * ms,
            note="the fallback path without numpy",
        ),
    ]
