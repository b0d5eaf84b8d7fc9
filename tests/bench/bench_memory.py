"""Memory: peak above the starting level, ours vs the official SDK, each in a fresh process.

Workloads, each run by a new interpreter per client (``tests/bench/_child.py``) against the
same local server (this process), defaults for both clients:

- ``import``: ``import integrations_openai`` vs ``import openai``
- ``construct``: the first client (``OpenAIClient`` vs ``openai.OpenAI``)
- ``first_call``: the first ``models.retrieve`` (lazy imports, the first connection)
- ``calls``: 1,000 more sequential ``models.retrieve``
- ``embeddings``: ``embeddings.create`` of 100 x 1536 vectors, each client's default format
  (both ask for base64), result held
- ``stream``: a 1,000-chunk ``chat.completions.create(stream=True)`` read to the end

``calls``, ``embeddings`` and ``stream`` start after an unmeasured first call, so they show
the steady state; what the first call loads is its own row.

Two measures: the peak of Python allocations (``tracemalloc``, exact, blind to C buffers)
and the peak resident set (RSS, what the OS sees, page-granular, run without tracemalloc).
The note gives what is still held afterwards. With ``--tiny`` one process per client runs
all workloads in order with tiny counts (a smoke run).
"""

from __future__ import annotations

import base64
import json
import random
import struct
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tests.bench._common import Result, chat_chunk_sse, run_child, scaled, tiny
from tests.support.faultserver import FaultServer, RecordedRequest, Reply

WORKLOADS = ("import", "construct", "first_call", "calls", "embeddings", "stream")
MODES = ("tracemalloc", "rss")
VECTORS, DIM, CHUNKS = 100, 1536, 1000
MODEL = {"id": "gpt-4o-mini", "object": "model", "created": 1, "owned_by": "openai"}


def _embedding_bodies(n: int, dim: int) -> dict[str, bytes]:
    rng = random.Random(7)
    packed = [struct.pack(f"<{dim}f", *(rng.uniform(-1, 1) for _ in range(dim))) for _ in range(n)]
    formats = {
        "base64": [base64.b64encode(p).decode() for p in packed],
        "float": [list(struct.unpack(f"<{dim}f", p)) for p in packed],
    }
    usage = {"prompt_tokens": n, "total_tokens": n}
    return {
        fmt: json.dumps(
            {
                "object": "list",
                "data": [
                    {"object": "embedding", "index": i, "embedding": e} for i, e in enumerate(vs)
                ],
                "model": "text-embedding-3-small",
                "usage": usage,
            }
        ).encode()
        for fmt, vs in formats.items()
    }


def _handler(embeddings: dict[str, bytes], stream: list[bytes]) -> Any:
    model = json.dumps(MODEL).encode()

    def handle(request: RecordedRequest) -> Reply:
        if request.path.startswith("/v1/models/"):
            return Reply(headers={"content-type": "application/json"}, body=model)
        if request.path == "/v1/embeddings":
            fmt = request.json().get("encoding_format") or "float"
            return Reply(headers={"content-type": "application/json"}, body=embeddings[fmt])
        return Reply(headers={"content-type": "text/event-stream"}, chunks=stream)

    return handle


def run(quick: bool) -> list[Result]:
    """See the module docstring."""
    calls = scaled(quick, 1000, 1000, 20)
    vectors, chunks = scaled(quick, VECTORS, VECTORS, 4), scaled(quick, CHUNKS, CHUNKS, 50)
    sizes = {"calls": calls, "vectors": vectors, "chunks": chunks}
    # Memory is not timing: two children at a time do not disturb each other's numbers.
    batches = [list(WORKLOADS)] if tiny() else [[w] for w in WORKLOADS]
    jobs = [(c, m, b) for m in MODES for b in batches for c in ("ours", "sdk")]
    with FaultServer() as server:
        server.handler = _handler(_embedding_bodies(vectors, DIM), chat_chunk_sse(chunks))
        config = {"url": server.url + "/v1", **sizes}
        # A smoke run starts all four at once: tracing the SDK's import alone takes seconds.
        with ThreadPoolExecutor(len(jobs) if tiny() else 2) as pool:
            if not tiny():
                # Unmeasured: compile and cache the bytecode of everything the workloads
                # touch, so a stale .pyc (the tree is being edited) is not counted.
                warm = {**config, "calls": 1, "mode": "rss", "workloads": list(WORKLOADS)}
                list(pool.map(lambda c: run_child({**warm, "client": c}), ("ours", "sdk")))
            outputs = list(
                pool.map(
                    lambda job: run_child(
                        {**config, "client": job[0], "mode": job[1], "workloads": job[2]}
                    ),
                    jobs,
                )
            )
    found: dict[tuple[str, str, str], dict[str, int]] = {}
    for (client, mode, _), out in zip(jobs, outputs, strict=True):
        for workload, numbers in out.items():
            found[(client, mode, workload)] = numbers
    labels = {
        "import": "import the package",
        "construct": "construct a client",
        "first_call": "first call (models.retrieve)",
        "calls": f"{calls:,} more sequential models.retrieve",
        "embeddings": f"embeddings.create {vectors} x {DIM} (defaults)",
        "stream": f"{chunks:,}-chunk chat stream",
    }
    rows = []
    kib = 1024.0
    for mode, title, unit, scale in (
        ("tracemalloc", "peak traced", "KiB", kib),
        ("rss", "peak RSS", "MiB", kib * kib),
    ):
        for workload in WORKLOADS:
            ours = found[("ours", mode, workload)]
            sdk = found[("sdk", mode, workload)]
            rows.append(
                Result(
                    f"{title}: {labels[workload]}",
                    unit,
                    ours["peak"] / scale,
                    sdk["peak"] / scale,
                    note=(
                        f"held after: {ours['retained'] / scale:,.1f} vs "
                        f"{sdk['retained'] / scale:,.1f} {unit}; fresh process per client"
                    ),
                )
            )
    return rows
