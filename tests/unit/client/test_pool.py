"""The connection pool: limits as settings, keep-alive as large as the connection limit, so a
burst of N concurrent calls repeated keeps exactly N connections (counted server-side)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from integrations_openai import AsyncOpenAIClient, OpenAIClient
from integrations_openai.config import (
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    pool_limits,
)
from integrations_openai.errors import ConfigurationError
from integrations_openai.transport._lazy import LazyTransport
from tests.support.drivers import TEST_KEY
from tests.support.faultserver import FaultServer, json_reply

ROUNDS = 3


@pytest.mark.parametrize("concurrency", [32, 100])
async def test_async_bursts_reuse_their_connections(
    fault_server: FaultServer, concurrency: int
) -> None:
    # The delay keeps every call of a burst in flight at once (one connection each).
    fault_server.default = json_reply({"ok": True}, delay=0.05)
    client = AsyncOpenAIClient(api_key=TEST_KEY, base_url=fault_server.url + "/v1")
    try:
        for _ in range(ROUNDS):
            await asyncio.gather(*(client.request("GET", "/models") for _ in range(concurrency)))
    finally:
        await client.close()
    assert fault_server.request_count == ROUNDS * concurrency
    # 20 idle slots (the old default) reopened 12 of 32 connections on every later burst.
    assert fault_server.accepts == concurrency


async def test_sync_bursts_reuse_their_connections(fault_server: FaultServer) -> None:
    fault_server.default = json_reply({"ok": True}, delay=0.05)
    client = OpenAIClient(api_key=TEST_KEY, base_url=fault_server.url + "/v1")
    try:
        with ThreadPoolExecutor(32) as pool:
            for _ in range(ROUNDS):
                list(pool.map(lambda _: client.request("GET", "/models"), range(32)))
    finally:
        client.close()
    assert fault_server.request_count == ROUNDS * 32
    assert fault_server.accepts <= 32


async def test_the_connection_limit_caps_concurrency(fault_server: FaultServer) -> None:
    fault_server.default = json_reply({"ok": True}, delay=0.02)
    client = AsyncOpenAIClient(
        api_key=TEST_KEY, base_url=fault_server.url + "/v1", max_connections=4
    )
    try:
        await asyncio.gather(*(client.request("GET", "/models") for _ in range(24)))
    finally:
        await client.close()
    assert fault_server.request_count == 24
    assert fault_server.accepts == 4


def test_keepalive_defaults_to_the_connection_limit() -> None:
    assert DEFAULT_MAX_KEEPALIVE_CONNECTIONS == DEFAULT_MAX_CONNECTIONS
    limits = OpenAIClient(api_key=TEST_KEY, max_connections=50).config.limits
    assert (limits.max_connections, limits.max_keepalive_connections) == (50, 50)
    explicit = pool_limits(max_connections=10, max_keepalive_connections=3, keepalive_expiry=5)
    assert (explicit.max_keepalive_connections, explicit.keepalive_expiry) == (3, 5.0)
    assert (
        pool_limits(max_connections=2, max_keepalive_connections=9).max_keepalive_connections == 2
    )
    whole = httpx.Limits(max_connections=9, max_keepalive_connections=1)
    assert OpenAIClient(api_key=TEST_KEY, limits=whole).config.limits is whole


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_connections": 0}, "max_connections"),
        ({"max_connections": True}, "max_connections"),
        ({"max_keepalive_connections": -1}, "max_keepalive_connections"),
        ({"keepalive_expiry": "1"}, "keepalive_expiry"),
        ({"limits": {"max_connections": 1}}, "limits"),
        ({"limits": httpx.Limits(), "max_connections": 3}, "not both"),
        ({"http2": "yes"}, "http2"),
    ],
)
def test_bad_pool_settings_are_configuration_errors(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        OpenAIClient(api_key=TEST_KEY, **kwargs)


def test_http2_needs_h2(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "h2" else real(name, *a)
    )
    with pytest.raises(ConfigurationError, match="h2"):
        OpenAIClient(api_key=TEST_KEY, http2=True)


def test_http2_when_h2_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: object() if name == "h2" else real(name, *a)
    )
    seen: list[bool] = []
    original = httpx.HTTPTransport.__init__

    def spy(self: httpx.HTTPTransport, *args: Any, **kwargs: Any) -> None:
        seen.append(kwargs.get("http2", False))
        original(self, *args, **{**kwargs, "http2": False})  # h2 itself is not installed

    monkeypatch.setattr(httpx.HTTPTransport, "__init__", spy)
    client = OpenAIClient(api_key=TEST_KEY, http2=True)
    assert seen == []  # the pool is built at the first request, not with the client
    network = client.http._transport
    while not isinstance(network, LazyTransport):
        network = network._inner
    network.get()
    assert client.config.http2 and seen == [True]
    client.close()


def test_http2_picks_httpx_under_the_async_client(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from integrations_openai.config import load_config
    from integrations_openai.transport import async_network_transport

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: object() if name == "h2" else real(name, *a)
    )
    with pytest.raises(ConfigurationError, match=r"HTTP/1\.1"):
        load_config(api_key=TEST_KEY, http2=True, async_transport="aiohttp")
    original = httpx.AsyncHTTPTransport.__init__
    seen: list[bool] = []

    def spy(self: httpx.AsyncHTTPTransport, *args: Any, **kwargs: Any) -> None:
        seen.append(kwargs.get("http2", False))
        original(self, *args, **{**kwargs, "http2": False})  # h2 itself is not installed

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "__init__", spy)
    network = async_network_transport(load_config(api_key=TEST_KEY, http2=True))
    assert isinstance(network, httpx.AsyncHTTPTransport) and seen == [True]


def test_a_copy_with_another_async_transport_gets_its_own_pool() -> None:
    client = AsyncOpenAIClient(api_key=TEST_KEY, async_transport="httpx")
    copy = client.copy(async_transport="aiohttp")
    assert copy._shared is not client._shared
    assert copy.config.async_transport == "aiohttp"
    assert client.copy(timeout=3)._shared is client._shared
