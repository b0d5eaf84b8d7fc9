"""TCP connections per N sequential chat streams, counted by the server (accepts).

Complements bench_stream's sync row (streams read to the end) with the async clients and
with streams closed early (3 chunks read, then ``with`` / ``async with`` exits), for ours
and the official SDK, defaults otherwise. One connection for N streams means every stream
handed its connection back to the pool; N means each stream cost a new TCP (and, against
the real API, TLS) handshake.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import openai

from integrations_openai import AsyncOpenAIClient, OpenAIClient
from tests.bench._common import KEY, Result, chat_chunk_sse, scaled
from tests.support.faultserver import FaultServer, Reply

MESSAGES = [{"role": "user", "content": "hi"}]
ARGS: dict[str, Any] = {"model": "gpt-4o-mini", "messages": MESSAGES, "stream": True}
EARLY = 3


def _sync(make: Any, url: str, streams: int, early: bool) -> None:
    with make(api_key=KEY, base_url=url, max_retries=0) as client:
        for _ in range(streams):
            with client.chat.completions.create(**ARGS) as stream:
                for _ in itertools.islice(stream, EARLY) if early else stream:
                    pass


async def _async(make: Any, url: str, streams: int, early: bool) -> None:
    client = make(api_key=KEY, base_url=url, max_retries=0)
    try:
        for _ in range(streams):
            async with await client.chat.completions.create(**ARGS) as stream:
                seen = 0
                async for _ in stream:
                    seen += 1
                    if early and seen == EARLY:
                        break
    finally:
        await (client.aclose() if isinstance(client, AsyncOpenAIClient) else client.close())


_BODY = chat_chunk_sse(200)


def _accepts(server: FaultServer, make: Any, streams: int, early: bool) -> int:
    """Connections the server accepted while one client made ``streams`` streams."""
    server.clear()
    server.handler = lambda _req: Reply(headers={"content-type": "text/event-stream"}, chunks=_BODY)
    url = server.url + "/v1"
    if make in (AsyncOpenAIClient, openai.AsyncOpenAI):
        asyncio.run(_async(make, url, streams, early))
    else:
        _sync(make, url, streams, early)
    return server.accepts


def run(quick: bool) -> list[Result]:
    """See the module docstring."""
    n = scaled(quick, 100, 20, 3)
    rows = []
    with FaultServer() as server:
        for label, early in (("read to the end", False), (f"closed after {EARLY} chunks", True)):
            for kind, ours, sdk in (
                ("sync", OpenAIClient, openai.OpenAI),
                ("async", AsyncOpenAIClient, openai.AsyncOpenAI),
            ):
                rows.append(
                    Result(
                        f"TCP connections, {n} {kind} streams {label}",
                        "accepts",
                        _accepts(server, ours, n, early),
                        _accepts(server, sdk, n, early),
                        note="200-chunk streams; server-side count, fewer is better",
                    )
                )
    return rows
