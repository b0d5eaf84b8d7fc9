"""Shared pieces of the benchmarks: a result row, a best-of timer, formatting.

A bench module is ``tests/bench/bench_<topic>.py`` defining ``run(quick: bool) -> list[Result]``;
``python -m tests.bench`` (``make bench``) discovers and runs every one and prints one table.
Each row measures ours and, where it makes sense, the official ``openai`` SDK on the same
local server in the same process, so the ratio is what matters, not the absolute number.

``python -m tests.bench --tiny`` (the smoke test) sets ``BENCH_TINY=1``: ``best_of`` then
runs one round of one call and modules that ask ``scaled()`` get their smallest counts, so
every benchmark still runs end to end, only its numbers mean nothing.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import attrs

__all__ = [
    "KEY",
    "Result",
    "best_of",
    "chat_chunk_sse",
    "loopback_only",
    "run_child",
    "scaled",
    "server_process",
    "tiny",
]

KEY = "sk-bench-0000000000000000"
TINY_ENV = "BENCH_TINY"
CHILD = Path(__file__).with_name("_child.py")
SERVER = Path(__file__).with_name("_server.py")
_T = TypeVar("_T")


def loopback_only(event: str, args: tuple[Any, ...]) -> None:
    """Audit hook (``sys.addaudithook``): a benchmark may connect to 127.0.0.1 only."""
    if event == "socket.connect" and isinstance(args[1], tuple):
        host = str(args[1][0])
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise RuntimeError(f"benchmarks talk to 127.0.0.1 only, not {host}")


def tiny() -> bool:
    """True in a smoke run (``--tiny``): smallest counts, numbers not meaningful."""
    return os.environ.get(TINY_ENV) == "1"


def scaled(quick: bool, full: _T, quick_value: _T, tiny_value: _T) -> _T:
    """The count for this run: ``full``, ``quick_value`` with ``--quick``, or the tiny one."""
    if tiny():
        return tiny_value
    return quick_value if quick else full


def chat_chunk_sse(n: int, per_write: int = 100) -> list[bytes]:
    """A chat completion stream of ``n`` chunks plus ``[DONE]``, ``per_write`` events per
    HTTP chunk (so the server's own cost stays small next to the clients')."""
    events = []
    for i in range(n):
        chunk = {
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
        events.append(f"data: {json.dumps(chunk)}\n\n".encode())
    events.append(b"data: [DONE]\n\n")
    return [b"".join(events[i : i + per_write]) for i in range(0, len(events), per_write)]


def child_env() -> dict[str, str]:
    """The environment for a measured child: bytecode caching on, no tracing or SDK config
    inherited from the caller."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONTRACEMALLOC", "PYTHONPROFILEIMPORTTIME")
        and not k.startswith(("OPENAI_", "COV_CORE_", "COVERAGE_"))
    }
    return env


def run_child(config: dict[str, Any], timeout: float = 600.0) -> Any:
    """Run ``tests/bench/_child.py`` in a fresh interpreter with ``config`` (JSON); returns
    the JSON it prints. The script is run by path, not ``-m``, so nothing beyond the
    standard library is loaded before it starts measuring."""
    proc = subprocess.run(
        [sys.executable, str(CHILD), json.dumps(config)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"bench child failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


@contextlib.contextmanager
def server_process(stream_chunks: int = 100) -> Iterator[str]:
    """``tests/bench/_server.py`` in its own process (so it shares no GIL with the client
    measured); yields its base URL (``.../v1``) and stops it on exit."""
    server = subprocess.Popen(
        [sys.executable, str(SERVER), str(stream_chunks)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert server.stdout is not None
        yield f"http://127.0.0.1:{int(server.stdout.readline())}/v1"
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=30)


@attrs.frozen
class Result:
    """One measured quantity. ``higher_is_better`` decides how the ratio is phrased."""

    name: str
    unit: str
    ours: float
    sdk: float | None = None
    higher_is_better: bool = False
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """How many times better ours is than the SDK (>1 = ours better)."""
        if self.sdk is None or self.ours == 0 or self.sdk == 0:
            return None
        return self.ours / self.sdk if self.higher_is_better else self.sdk / self.ours


def best_of(fn: Callable[[], object], *, repeat: int = 5, number: int = 1) -> float:
    """Best wall time (seconds) of one call of ``fn`` over ``repeat`` rounds of ``number``."""
    if tiny():
        repeat, number = 1, 1
    fn()  # warm up (imports, connections, caches)
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best
