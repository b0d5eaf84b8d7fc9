"""Resilience policies: what a failing upstream sees, and concurrency through one breaker.

Same local fault server for both clients. Rows:

- server hits for 30 calls to an upstream answering 503 (no retries on either side): our
  circuit breaker stops at ``fail_max``; the official SDK has no breaker.
- server hits for 5 calls answered ``429 insufficient_quota`` (default retries): we never
  retry a quota error; the SDK retries it.
- wall time of 4 concurrent 0.5 s calls through one breaker (threads): ours runs them side by
  side; the note gives pybreaker's own ``call()``, which holds one lock for the whole call.
"""

from __future__ import annotations

import contextlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import openai
import pybreaker

from integrations_openai._client import OpenAIClient
from integrations_openai.errors import OpenAIError
from tests.bench._common import Result
from tests.support.faultserver import FaultServer, error_reply, json_reply

KEY = "sk-bench-0000000000000000"
BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}


def _hits(server: FaultServer, calls: int, **kwargs: Any) -> tuple[int, int]:
    """Requests the server saw for ``calls`` calls from ours, then from the SDK."""
    counts = []
    for make in ("ours", "sdk"):
        server.clear()
        if make == "ours":
            with OpenAIClient(api_key=KEY, base_url=server.url + "/v1", **kwargs) as c:
                for _ in range(calls):
                    with contextlib.suppress(OpenAIError):
                        c.request("POST", "/chat/completions", json=BODY)
        else:
            with openai.OpenAI(api_key=KEY, base_url=server.url + "/v1", **kwargs) as s:
                for _ in range(calls):
                    with contextlib.suppress(openai.APIError):
                        s.chat.completions.create(**BODY)
        counts.append(server.request_count)
    return counts[0], counts[1]


def _hits_down_upstream(server: FaultServer, calls: int) -> tuple[int, int]:
    server.default = error_reply(503)
    return _hits(server, calls, max_retries=0)


def _hits_quota(server: FaultServer, calls: int) -> tuple[int, int]:
    server.default = error_reply(
        429,
        "You exceeded your current quota",
        type="insufficient_quota",
        code="insufficient_quota",
        headers={"retry-after-ms": "1"},
    )
    return _hits(server, calls)


def _concurrent(server: FaultServer, n: int, delay: float) -> tuple[float, float]:
    server.clear()
    server.default = json_reply({"ok": True}, delay=delay)
    with OpenAIClient(api_key=KEY, base_url=server.url + "/v1", max_retries=0) as c:
        c.request("POST", "/chat/completions", json=BODY)  # warm up
        start = time.perf_counter()
        with ThreadPoolExecutor(n) as pool:
            list(pool.map(lambda _: c.request("POST", "/chat/completions", json=BODY), range(n)))
        ours = time.perf_counter() - start
    # pybreaker's own guarded call around the same work (a sleep standing in for the I/O).
    breaker = pybreaker.CircuitBreaker()
    barrier = threading.Barrier(n)

    def guarded(_: int) -> None:
        barrier.wait()
        breaker.call(time.sleep, delay)

    start = time.perf_counter()
    with ThreadPoolExecutor(n) as pool:
        list(pool.map(guarded, range(n)))
    return ours, time.perf_counter() - start


def run(quick: bool) -> list[Result]:
    with FaultServer() as server:
        ours_down, sdk_down = _hits_down_upstream(server, 30)
        ours_quota, sdk_quota = _hits_quota(server, 5)
        ours_conc, pyb_conc = _concurrent(server, 4, 0.5)
    return [
        Result("server hits: 30 calls, upstream down (503)", "hits", ours_down, sdk_down),
        Result("server hits: 5 calls, 429 insufficient_quota", "hits", ours_quota, sdk_quota),
        Result(
            "4 threads x 0.5 s call through one breaker",
            "s",
            ours_conc,
            note=f"pybreaker call(): {pyb_conc:.2f} s (serialized)",
        ),
    ]
