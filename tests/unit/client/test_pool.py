"""The connection pool settings: limits, keep-alive as large as the connection limit, HTTP/2.

Reuse under concurrency (bursts of 32 and 100 calls, connections counted server-side) is
proven on real sockets in tests/chaos/test_pool_reuse.py."""

from __future__ import annotations

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


def _network(client: OpenAIClient) -> Any:
    network = client.http._transport
    while hasattr(network, "_inner") and not isinstance(network, LazyTransport):
        network = network._inner
    return network


def test_the_sync_client_runs_on_the_stdlib_pool_by_default() -> None:
    from integrations_openai.transport._sync_http import SyncHTTPTransport

    client = OpenAIClient(api_key=TEST_KEY)
    assert client.config.sync_transport == "auto"
    assert isinstance(_network(client), SyncHTTPTransport)
    on_httpx = OpenAIClient(api_key=TEST_KEY, sync_transport="httpx")
    assert isinstance(_network(on_httpx), LazyTransport)  # httpx's pool, built when used


def test_the_sync_transport_may_come_from_the_environment() -> None:
    from integrations_openai.config import ENV_SYNC_TRANSPORT, load_config

    env = {ENV_SYNC_TRANSPORT: " HTTPX "}
    assert load_config(api_key=TEST_KEY, environ=env).sync_transport == "httpx"
    argument_wins = load_config(api_key=TEST_KEY, environ=env, sync_transport="stdlib")
    assert argument_wins.sync_transport == "stdlib"
    with pytest.raises(ConfigurationError, match=ENV_SYNC_TRANSPORT):
        load_config(api_key=TEST_KEY, environ={ENV_SYNC_TRANSPORT: "curl"})


@pytest.mark.parametrize("value", ["curl", 1, "HTTPX"])
def test_a_bad_sync_transport_is_a_configuration_error(value: object) -> None:
    with pytest.raises(ConfigurationError, match="sync_transport must be one of"):
        OpenAIClient(api_key=TEST_KEY, sync_transport=value)  # type: ignore[arg-type]


def test_http2_picks_httpx_under_the_sync_client(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from integrations_openai.config import load_config
    from integrations_openai.transport import network_transport

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: object() if name == "h2" else real(name, *a)
    )
    with pytest.raises(ConfigurationError, match=r"HTTP/1\.1"):
        load_config(api_key=TEST_KEY, http2=True, sync_transport="stdlib")
    network = network_transport(load_config(api_key=TEST_KEY, http2=True))
    assert isinstance(network, LazyTransport)


def test_a_copy_with_another_sync_transport_gets_its_own_pool() -> None:
    client = OpenAIClient(api_key=TEST_KEY, sync_transport="httpx")
    copy = client.copy(sync_transport="stdlib")
    assert copy._shared is not client._shared
    assert copy.config.sync_transport == "stdlib"
    assert client.copy(timeout=3).config.sync_transport == "httpx"
    assert client.copy(timeout=3)._shared is client._shared
