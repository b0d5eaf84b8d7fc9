"""Throughput: requests per second at 50 concurrent async tasks, and one call after another
(sync), ours vs the official SDK.

Services that fan out many calls run async, with many tasks in flight; this is the number
they feel. Each client makes the same chat completions from 50 tasks against a server in its
own process (so client and server do not share a GIL), on a warm pool; the best of a few
rounds counts. Ours is measured on both async transports (aiohttp, the default when
installed, and httpx's own) and, one call after another, on both sync transports (the
stdlib pool, the default, and httpx's own); a bare ``httpx.AsyncClient`` POST +
``json.loads`` shows the cost of httpx's transport alone. The server counts the TCP connections each client opened.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import openai

from integrations_openai import AsyncOpenAIClient, OpenAIClient
from tests.bench._common import KEY, Result, scaled, server_process

TASKS = 50
MESSAGES = [{"role": "user", "content": "Say hello"}]


async def _one_round(call: Callable[[], Awaitable[object]], total: int) -> float:
    """Requests per second of ``total`` calls from ``TASKS`` tasks."""

    async def worker(n: int) -> None:
        for _ in range(n):
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(worker(total // TASKS) for _ in range(TASKS)))
    return (total // TASKS * TASKS) / (time.perf_counter() - start)


async def _measure(base: str, total: int, rounds: int) -> dict[str, float]:
    """Best rate of each client; the rounds alternate between clients, so a machine that
    gets busier or quieter during the run moves every client's numbers alike."""
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    aiohttp = AsyncOpenAIClient(
        api_key=KEY, base_url=base, max_retries=0, async_transport="aiohttp"
    )
    on_httpx = AsyncOpenAIClient(api_key=KEY, base_url=base, max_retries=0, async_transport="httpx")
    sdk = openai.AsyncOpenAI(api_key=KEY, base_url=base, max_retries=0)
    raw = httpx.AsyncClient(base_url=base, limits=limits)

    async def raw_call() -> Any:
        response = await raw.post("/chat/completions", json={"model": "m", "messages": MESSAGES})
        return response.json()

    calls: dict[str, Callable[[], Awaitable[object]]] = {
        "aiohttp": lambda: aiohttp.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
        "httpx": lambda: on_httpx.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
        "sdk": lambda: sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),  # type: ignore[arg-type]
        "raw_httpx": raw_call,
    }
    rates = dict.fromkeys(calls, 0.0)
    try:
        for call in calls.values():
            await _one_round(call, TASKS * 2)  # warm: pool, imports, caches
        for _ in range(rounds):
            for name, call in calls.items():
                rates[name] = max(rates[name], await _one_round(call, total))
    finally:
        await aiohttp.aclose()
        await on_httpx.aclose()
        await sdk.close()
        await raw.aclose()
    return rates


def _sequential(base: str, total: int, rounds: int) -> dict[str, float]:
    """Best requests per second of ``total`` chat completions one after another (sync),
    rounds alternating between the two clients."""

    def one_round(call: Callable[[], object]) -> float:
        start = time.perf_counter()
        for _ in range(total):
            call()
        return total / (time.perf_counter() - start)

    with (
        OpenAIClient(api_key=KEY, base_url=base, max_retries=0) as ours,
        OpenAIClient(api_key=KEY, base_url=base, max_retries=0, sync_transport="httpx") as on_httpx,
        openai.OpenAI(api_key=KEY, base_url=base, max_retries=0) as sdk,
    ):
        calls: dict[str, Callable[[], object]] = {
            "ours": lambda: ours.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
            "httpx": lambda: on_httpx.chat.completions.create(
                model="gpt-4o-mini", messages=MESSAGES
            ),
            "sdk": lambda: sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),  # type: ignore[arg-type]
        }
        for call in calls.values():
            for _ in range(20):
                call()  # warm: the pooled connection, lazy imports
        rates = dict.fromkeys(calls, 0.0)
        for _ in range(rounds):
            for name, call in calls.items():
                rates[name] = max(rates[name], one_round(call))
    return rates


def run(quick: bool) -> list[Result]:
    """See the module docstring."""
    total = scaled(quick, 1500, 500, TASKS * 2)
    rounds = scaled(quick, 3, 2, 1)
    with server_process() as base:
        sequential = _sequential(base, total // 2, rounds)
        rates = asyncio.run(_measure(base, total, rounds))
    note = f"{TASKS} tasks, best of {rounds} x {total} calls, server in its own process"
    return [
        Result(
            "sequential chat req/s (sync client)",
            "req/s",
            sequential["ours"],
            sequential["sdk"],
            higher_is_better=True,
            note=f"one call after another, best of {rounds} x {total // 2} calls; "
            "ours on the stdlib transport (the default)",
        ),
        Result(
            "sequential chat req/s, httpx transport (sync client)",
            "req/s",
            sequential["httpx"],
            sequential["sdk"],
            higher_is_better=True,
            note='ours with sync_transport="httpx" (httpcore, as the SDK)',
        ),
        Result(
            "async chat req/s, aiohttp transport (default)",
            "req/s",
            rates["aiohttp"],
            rates["sdk"],
            higher_is_better=True,
            note=note,
        ),
        Result(
            "async chat req/s, httpx transport",
            "req/s",
            rates["httpx"],
            rates["sdk"],
            higher_is_better=True,
            note=f"raw httpx.AsyncClient POST + json.loads: {rates['raw_httpx']:.0f} req/s",
        ),
    ]
