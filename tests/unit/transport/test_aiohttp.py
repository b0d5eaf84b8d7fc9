"""The aiohttp network transport: failures mapped by meaning, the pool, early close, laziness.

Behaviour shared with httpx's own transport (retries, deadlines, TLS, uploads, streams) is
proven by every ``driver`` test, which runs on both async transports ("async" and
"async-httpx"); these tests cover what is specific to this transport.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import aiohttp
import httpx
import pytest

from integrations_openai import AsyncOpenAIClient
from integrations_openai.transport._aiohttp import AiohttpTransport, _exception_map, _mapped
from integrations_openai.transport._security import create_ssl_context
from tests.support.faultserver import FaultServer, json_reply, sse

KEY = "sk-test-AIOHTTP0123456789abcdef"


def _client(server: FaultServer, **kwargs: Any) -> AsyncOpenAIClient:
    return AsyncOpenAIClient(
        api_key=KEY, base_url=server.url + "/v1", async_transport="aiohttp", **kwargs
    )


def _connection_key() -> Any:
    return aiohttp.client_reqrep.ConnectionKey("127.0.0.1", 1, False, True, None, None, None)


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (aiohttp.ConnectionTimeoutError(), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError(), httpx.ReadTimeout),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("cut"), httpx.RemoteProtocolError),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
        (
            aiohttp.ClientConnectorError(_connection_key(), OSError(111, "refused")),
            httpx.ConnectError,
        ),
        (aiohttp.InvalidURL("x"), httpx.UnsupportedProtocol),
        (TimeoutError(), httpx.ReadTimeout),
    ],
)
def test_failures_map_to_the_httpx_class_of_the_same_meaning(
    raised: Exception, expected: type[Exception]
) -> None:
    request = httpx.Request("GET", "http://127.0.0.1/v1/models")
    with pytest.raises(expected) as info, _mapped(_exception_map(aiohttp), request):
        raise raised
    assert info.value.__cause__ is raised
    assert info.value.request is request  # type: ignore[attr-defined]


def test_a_foreign_exception_passes_unchanged() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/v1/models")
    with pytest.raises(KeyError), _mapped(_exception_map(aiohttp), request):
        raise KeyError("not a network failure")


def test_phase_timeouts_become_aiohttp_timeouts() -> None:
    transport = AiohttpTransport(ssl_context=create_ssl_context, limits=httpx.Limits())
    request = httpx.Request(
        "GET",
        "http://127.0.0.1/v1/models",
        extensions={"timeout": {"connect": 3.0, "pool": 2.0, "read": 7.0, "write": 9.0}},
    )
    timeout = transport._timeout(request)
    assert (timeout.total, timeout.connect, timeout.sock_connect, timeout.sock_read) == (
        None,
        5.0,
        3.0,
        7.0,
    )


def test_neither_aiohttp_nor_tls_load_before_the_first_request() -> None:
    code = (
        "import sys\n"
        "from integrations_openai import AsyncOpenAIClient\n"
        "client = AsyncOpenAIClient(api_key='sk-test-x', async_transport='aiohttp')\n"
        "layer = client.http._transport\n"
        "while hasattr(layer, '_inner'): layer = layer._inner\n"
        "print(type(layer).__name__, 'aiohttp' in sys.modules, callable(layer._ssl))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["AiohttpTransport", "False", "True"]


async def test_connections_are_reused_across_bursts(fault_server: FaultServer) -> None:
    fault_server.default = json_reply({"id": "m", "object": "model", "created": 1, "owned_by": "o"})
    client = _client(fault_server, max_retries=0)
    try:
        for _ in range(3):
            await asyncio.gather(*(client.models.retrieve("m") for _ in range(32)))
    finally:
        await client.aclose()
    assert fault_server.request_count == 96
    assert fault_server.accepts <= 32  # every connection of the first burst kept alive


async def test_a_stream_closed_early_closes_its_connection(fault_server: FaultServer) -> None:
    chunk = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [],
    }
    fault_server.enqueue(sse([chunk, chunk], stall_after=1))
    client = _client(fault_server)
    try:
        stream: Any = await client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}], stream=True
        )
        async with stream:
            async for _ in stream:
                break  # the server would keep the stream open forever
        # aiohttp closes the socket from the event loop: wait without blocking it.
        await asyncio.to_thread(fault_server.wait_for_open_connections, 0)
    finally:
        await client.aclose()


async def test_a_body_read_to_the_end_returns_its_connection(fault_server: FaultServer) -> None:
    fault_server.default = json_reply({"object": "list", "data": []})
    client = _client(fault_server)
    try:
        for _ in range(3):
            async for _model in client.models.list():
                pass
    finally:
        await client.aclose()
    assert fault_server.accepts == 1


async def test_close_releases_every_connection(fault_server: FaultServer) -> None:
    fault_server.default = json_reply({"object": "list", "data": []})
    client = _client(fault_server)
    await asyncio.gather(*(client.models.with_raw_response.list() for _ in range(4)))
    await client.aclose()
    await asyncio.to_thread(fault_server.wait_for_open_connections, 0)


def test_a_client_never_closed_leaves_its_loop_cleanly_and_serves_the_next_loop(
    fault_server: FaultServer,
) -> None:
    # The SDK's README scripts build AsyncOpenAI at module level and never close it: the
    # session closes with the loop (no "Unclosed client session"), and a second
    # asyncio.run gets a session of its own.
    for _ in range(2):
        fault_server.enqueue(json_reply({"ok": True}))
    client = _client(fault_server)
    transport = client._shared.network  # the aiohttp transport at the bottom of the stack
    sessions: list[aiohttp.ClientSession] = []

    async def call() -> None:
        assert (await client.request("GET", "/m")).json() == {"ok": True}
        assert transport._session is not None
        sessions.append(transport._session)

    asyncio.run(call())
    assert transport._session is None and sessions[0].closed
    asyncio.run(call())
    assert sessions[1] is not sessions[0] and sessions[1].closed


async def test_aclose_also_retires_the_loop_watch(fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply({"ok": True}))
    transport = AiohttpTransport(ssl_context=create_ssl_context(), limits=httpx.Limits())
    async with httpx.AsyncClient(transport=transport) as http:
        assert (await http.get(fault_server.url + "/m")).json() == {"ok": True}
        assert transport._closer is not None
    assert transport._session is None and transport._closer is None
