"""Streaming: chunks/s of a streamed chat completion, raw SSE decoding, connection reuse.

Both clients read the same pre-encoded stream from the same local server (tests/support/
faultserver.py); a plain ``httpx`` stream read as lines, each event ``json.loads``'d, is the
floor both stand on. Ours: ``client.chat.completions.create(stream=True)`` yielding typed events
(falls back to ``Stream`` over ``client.send`` with the generated model's ``from_dict`` if the
facade is missing); the SDK: ``openai.OpenAI().chat.completions.create(stream=True)``.

Every contender touches each chunk's content the way a user does (ours and the SDK:
``chunk.choices[0].delta.content``; the floor: ``obj["choices"][0]["delta"]["content"]``), so a
client that parsed lazily could not win by not parsing.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import openai
from openai._streaming import SSEDecoder

from integrations_openai._client import OpenAIClient
from integrations_openai.stream import Stream
from integrations_openai.stream._events import stream_headers
from integrations_openai.stream._sse import SSEParser
from tests.bench._common import Result, best_of, server_process, tiny
from tests.support.faultserver import FaultServer, Reply

KEY = "sk-bench-0000000000000000"
MESSAGES = [{"role": "user", "content": "hi"}]


def _chunk(i: int) -> dict[str, Any]:
    return {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "gpt-4o-mini",
        "system_fingerprint": "fp_1",
        "choices": [
            {
                "index": 0,
                "delta": {"content": f"token{i} "},
                "logprobs": None,
                "finish_reason": None,
            }
        ],
    }


def _body(n: int) -> list[bytes]:
    events = [f"data: {json.dumps(_chunk(i))}\n\n".encode() for i in range(n)]
    events.append(b"data: [DONE]\n\n")
    # ~100 events per HTTP chunk: the server is not what we measure.
    return [b"".join(events[i : i + 100]) for i in range(0, len(events), 100)]


def _reply(chunks: list[bytes]) -> Reply:
    return Reply(headers={"content-type": "text/event-stream"}, chunks=chunks)


def _ours_stream(client: OpenAIClient) -> Any:
    chat = getattr(client, "chat", None)
    if chat is not None:
        return chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    from integrations_openai_api.models import CreateChatCompletionStreamResponse

    request = client.build_request(
        "POST",
        "/chat/completions",
        json={"model": "gpt-4o-mini", "messages": MESSAGES, "stream": True},
        headers=stream_headers(),
        stream=True,
    )
    return Stream(
        client.send(request, stream=True), parse=CreateChatCompletionStreamResponse.from_dict
    )


def _interleaved(fns: tuple[Callable[[], object], ...], *, repeat: int) -> list[float]:
    """Best wall time of each of ``fns``, their rounds interleaved: on a shared machine the
    load moves within a run, and alternating rounds lets a change hit every contender alike
    (the ratios to the floor are what this module reports)."""
    if tiny():
        repeat = 1
    for fn in fns:
        fn()  # warm up (imports, connections, caches)
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            gc.collect()
            start = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def _chunks_per_second(base: str, n: int, repeat: int) -> tuple[float, float, float]:
    # The server runs in its own process: in this one, its thread and the client would hand
    # the GIL back and forth on every read, and a busy machine would make each handoff wait.
    ours = OpenAIClient(api_key=KEY, base_url=base, max_retries=0)
    sdk = openai.OpenAI(api_key=KEY, base_url=base, max_retries=0)

    def run_ours() -> None:
        count = 0
        with _ours_stream(ours) as stream:
            for chunk in stream:
                chunk.choices[0].delta.content  # noqa: B018 - touched like a user would
                count += 1
        assert count == n, count

    def run_sdk() -> None:
        stream = sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
        count = 0
        for chunk in stream:
            chunk.choices[0].delta.content  # noqa: B018 - touched like a user would
            count += 1
        assert count == n, count

    raw = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {KEY}"})

    def run_raw() -> None:
        # The floor any client stands on: the same bytes as lines, each event json.loads'd
        # and its content read.
        payload = {"model": "gpt-4o-mini", "messages": MESSAGES, "stream": True}
        count = 0
        with raw.stream("POST", "/chat/completions", json=payload) as response:
            for line in response.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    json.loads(line[6:])["choices"][0]["delta"]["content"]
                    count += 1
        assert count == n, count

    try:
        t_ours, t_sdk, t_raw = _interleaved((run_ours, run_sdk, run_raw), repeat=repeat)
    finally:
        ours.close()
        sdk.close()
        raw.close()
    return n / t_ours, n / t_sdk, n / t_raw


def _accepts(server: FaultServer, streams: int) -> tuple[int, int]:
    body = _body(5)
    server.handler = lambda _req: _reply(body)
    counts = []
    for make in ("ours", "sdk"):
        server.clear()
        server.handler = lambda _req: _reply(body)
        if make == "ours":
            with OpenAIClient(api_key=KEY, base_url=server.url + "/v1", max_retries=0) as c:
                for _ in range(streams):
                    with _ours_stream(c) as stream:
                        for _ in stream:
                            pass
        else:
            with openai.OpenAI(api_key=KEY, base_url=server.url + "/v1", max_retries=0) as s:
                for _ in range(streams):
                    for _ in s.chat.completions.create(
                        model="gpt-4o-mini", messages=MESSAGES, stream=True
                    ):
                        pass
        counts.append(server.accepts)
    return counts[0], counts[1]


def _decoder(n: int, repeat: int) -> tuple[float, float]:
    raw = b"".join(_body(n))
    pieces = [raw[i : i + 4096] for i in range(0, len(raw), 4096)]

    def ours() -> None:
        parser = SSEParser()
        count = 0
        for piece in pieces:
            count += len(parser.feed(piece))
        assert count == n + 1

    def sdk() -> None:
        count = sum(1 for _ in SSEDecoder().iter_bytes(iter(pieces)))
        assert count == n + 1

    return n / best_of(ours, repeat=repeat), n / best_of(sdk, repeat=repeat)


def run(quick: bool) -> list[Result]:
    """See the module docstring."""
    n = 2000 if quick else 10000
    repeat = 2 if quick else 5
    with server_process(stream_chunks=n) as base:
        ours_cps, sdk_cps, raw_cps = _chunks_per_second(base, n, repeat)
    with FaultServer() as server:
        streams = 20 if quick else 100
        ours_acc, sdk_acc = _accepts(server, streams)
    ours_dec, sdk_dec = _decoder(n, repeat)
    return [
        Result(
            "streamed chat completion, typed chunks",
            "chunks/s",
            ours_cps,
            sdk_cps,
            higher_is_better=True,
            note=f"{n} chunks, one stream, best of {repeat} interleaved rounds, server in its own process",
        ),
        Result(
            "streamed chat chunks/s as a share of the raw floor",
            "x floor",
            ours_cps / raw_cps,
            sdk_cps / raw_cps,
            higher_is_better=True,
            note=f"floor: httpx iter_lines + json.loads, {raw_cps:,.0f} chunks/s",
        ),
        Result(
            "SSE bytes -> events (decoder only)",
            "events/s",
            ours_dec,
            sdk_dec,
            higher_is_better=True,
            note="4 KiB chunks; SDK: openai._streaming.SSEDecoder",
        ),
        Result(
            f"TCP connections for {streams} sequential streams",
            "accepts",
            ours_acc,
            sdk_acc,
            note="counted server-side; fewer is better",
        ),
    ]
