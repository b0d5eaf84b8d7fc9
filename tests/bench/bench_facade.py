"""Per-call overhead of the resource facade vs the official SDK, same local server.

CPU is measured with ``time.thread_time()`` in the calling thread only, so the in-process
server (its own thread) is not counted: what remains is the client's work per call
(building the request, the transport stack, parsing into models). A plain ``httpx.Client``
doing the same request and ``json.loads`` is the floor both clients stand on.
"""

from __future__ import annotations

import asyncio
import gc
import json
import time
from collections.abc import Awaitable, Callable

import httpx
import openai

from integrations_openai._client import AsyncOpenAIClient, OpenAIClient
from tests.bench._common import Result
from tests.support.faultserver import FaultServer, RecordedRequest, Reply

KEY = "sk-bench-0000000000000000"
MODEL = {"id": "gpt-4o-mini", "object": "model", "created": 1, "owned_by": "openai"}
CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "Hello there!", "refusal": None},
        }
    ],
    "usage": {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12},
}
MESSAGES = [{"role": "user", "content": "Say hello"}]


def _cpu_per_call(fn: Callable[[], object], calls: int, repeat: int) -> float:
    """Best (over ``repeat`` rounds) calling-thread CPU seconds per call."""
    for _ in range(20):
        fn()  # warm up: imports, lazy modules, the pooled connection
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.thread_time()
        for _ in range(calls):
            fn()
        best = min(best, (time.thread_time() - start) / calls)
    return best


async def _acpu_per_call(fn: Callable[[], Awaitable[object]], calls: int, repeat: int) -> float:
    """``_cpu_per_call`` for coroutines: the event loop runs in this thread, so its work
    (the client's) is counted and the server thread's is not."""
    for _ in range(20):
        await fn()
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.thread_time()
        for _ in range(calls):
            await fn()
        best = min(best, (time.thread_time() - start) / calls)
    return best


async def _async_floor(base: str, calls: int, repeat: int) -> float:
    """A plain ``httpx.AsyncClient`` POST + ``json.loads``: the async floor on httpx."""
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {KEY}"}) as raw:

        async def call() -> object:
            response = await raw.post(
                "/chat/completions", json={"model": "m", "messages": MESSAGES}
            )
            return response.json()

        return await _acpu_per_call(call, calls, repeat)


async def _async_on_httpx(base: str, calls: int, repeat: int) -> float:
    """Ours on httpx's own async transport: the same network code as the floor and the SDK."""
    ours = AsyncOpenAIClient(api_key=KEY, base_url=base, max_retries=0, async_transport="httpx")
    try:
        return await _acpu_per_call(
            lambda: ours.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
            calls,
            repeat,
        )
    finally:
        await ours.aclose()


async def _async_pair(base: str, calls: int, repeat: int) -> tuple[float, float, float, float]:
    floor = await _async_floor(base, calls, repeat)
    on_httpx = await _async_on_httpx(base, calls, repeat)
    ours = AsyncOpenAIClient(api_key=KEY, base_url=base, max_retries=0)
    sdk = openai.AsyncOpenAI(api_key=KEY, base_url=base, max_retries=0)
    try:
        t_ours = await _acpu_per_call(
            lambda: ours.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
            calls,
            repeat,
        )
        t_sdk = await _acpu_per_call(
            lambda: sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),  # type: ignore[arg-type]
            calls,
            repeat,
        )
    finally:
        await ours.aclose()
        await sdk.close()
    return t_ours, t_sdk, on_httpx, floor


def run(quick: bool) -> list[Result]:
    """See the module docstring."""
    calls, repeat = (100, 2) if quick else (500, 5)
    bodies = {
        "/v1/models/gpt-4o-mini": json.dumps(MODEL).encode(),
        "/v1/chat/completions": json.dumps(CHAT).encode(),
    }

    def handler(request: RecordedRequest) -> Reply:
        return Reply(headers={"content-type": "application/json"}, body=bodies[request.path])

    us = 1e6
    with FaultServer() as server:
        server.handler = handler
        base = server.url + "/v1"
        ours = OpenAIClient(api_key=KEY, base_url=base, max_retries=0)
        sdk = openai.OpenAI(api_key=KEY, base_url=base, max_retries=0)
        raw = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {KEY}"})
        try:
            assert ours.models.retrieve("gpt-4o-mini").id == "gpt-4o-mini"
            assert ours.chat.completions.create(model="m", messages=MESSAGES).id == "chatcmpl-1"
            floor_get = _cpu_per_call(lambda: raw.get("/models/gpt-4o-mini").json(), calls, repeat)
            floor_post = _cpu_per_call(
                lambda: raw.post(
                    "/chat/completions", json={"model": "m", "messages": MESSAGES}
                ).json(),
                calls,
                repeat,
            )
            ours_get = _cpu_per_call(lambda: ours.models.retrieve("gpt-4o-mini"), calls, repeat)
            sdk_get = _cpu_per_call(lambda: sdk.models.retrieve("gpt-4o-mini"), calls, repeat)
            ours_chat = _cpu_per_call(
                lambda: ours.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
                calls,
                repeat,
            )
            sdk_chat = _cpu_per_call(
                lambda: sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),  # type: ignore[arg-type]
                calls,
                repeat,
            )
        finally:
            ours.close()
            sdk.close()
            raw.close()
        async_ours, async_sdk, async_httpx, async_floor = asyncio.run(
            _async_pair(base, calls, repeat)
        )

    note = f"calling-thread CPU, best of {repeat} x {calls} calls"
    return [
        Result("models.retrieve CPU per call", "us", ours_get * us, sdk_get * us, note=note),
        Result(
            "models.retrieve CPU above plain httpx",
            "us",
            (ours_get - floor_get) * us,
            (sdk_get - floor_get) * us,
            note=f"httpx GET + json.loads floor: {floor_get * us:.0f} us",
        ),
        Result(
            "chat.completions.create CPU per call", "us", ours_chat * us, sdk_chat * us, note=note
        ),
        Result(
            "chat.completions.create CPU above plain httpx",
            "us",
            (ours_chat - floor_post) * us,
            (sdk_chat - floor_post) * us,
            note=f"httpx POST + json.loads floor: {floor_post * us:.0f} us",
        ),
        Result(
            "async chat.completions.create CPU per call",
            "us",
            async_ours * us,
            async_sdk * us,
            note=f"{note}; ours on aiohttp (the default)",
        ),
        Result(
            "async chat.completions.create CPU above plain httpx",
            "us",
            (async_httpx - async_floor) * us,
            (async_sdk - async_floor) * us,
            note=f"ours on httpx's transport too; httpx.AsyncClient floor: {async_floor * us:.0f} us",
        ),
    ]
