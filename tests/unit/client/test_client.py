"""OpenAIClient / AsyncOpenAIClient on real sockets: config, options, copies, lifecycle."""

from __future__ import annotations

import time
from types import SimpleNamespace

import httpx
import pytest

from integrations_openai import _client as client_module
from integrations_openai._client import AsyncOpenAIClient, OpenAIClient
from integrations_openai._options import options_of
from integrations_openai.config import Timeout
from integrations_openai.errors import ConfigurationError, OpenAIError
from integrations_openai.testing import set_testing
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer, error_reply, json_reply


@pytest.mark.parametrize("cls", [OpenAIClient, AsyncOpenAIClient])
def test_missing_key_fails_at_construction(cls: type[OpenAIClient]) -> None:
    with pytest.raises(ConfigurationError, match="OPENAI_API_KEY"):
        cls()


@pytest.mark.parametrize("cls", [OpenAIClient, AsyncOpenAIClient])
def test_malformed_base_url_fails_at_construction(cls: type[OpenAIClient]) -> None:
    with pytest.raises(ConfigurationError):
        cls(api_key=TEST_KEY, base_url="not a url")


async def test_config_from_environment(
    driver: Driver, fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-KEY0123456789")
    monkeypatch.setenv("OPENAI_BASE_URL", fault_server.url + "/v1")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    cls = AsyncOpenAIClient if driver.is_async else OpenAIClient
    client = cls()
    try:
        await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    (request,) = fault_server.requests
    assert request.path == "/v1/models"
    assert request.headers["authorization"] == "Bearer sk-env-KEY0123456789"
    assert request.headers["openai-organization"] == "org-env"
    assert request.headers["openai-project"] == "proj-env"
    assert request.headers["user-agent"].startswith("integrations-openai/")


async def test_every_request_carries_options(
    driver: Driver, fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The plan reads the client's clock once per call: frozen here, each deadline is exact.
    frozen = time.monotonic()
    monkeypatch.setattr(client_module, "time", SimpleNamespace(monotonic=lambda: frozen))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=2)
    seen: list[object] = []
    client.http.event_hooks["response"] = [
        (_arecord if driver.is_async else _record)(seen)  # type: ignore[list-item]
    ]
    try:
        await driver.request(client, "POST", "/chat/completions", json={"a": 1})
        # A raw request on the httpx client (what generated functions do) gets options too.
        raw = client.http.build_request("GET", "/models")
        await driver.send(client, raw)
    finally:
        await driver.close(client)
    first, second = seen
    for options in (first, second):
        assert options is not None
        assert options.max_retries == 2  # type: ignore[attr-defined]
        assert options.deadline == frozen + Timeout().total  # type: ignore[attr-defined]
    assert first.call_id != second.call_id  # type: ignore[attr-defined]
    post = fault_server.requests[0]
    assert post.headers["idempotency-key"]


def _record(seen: list[object]):  # type: ignore[no-untyped-def]
    def hook(response: httpx.Response) -> None:
        seen.append(options_of(response.request))

    return hook


def _arecord(seen: list[object]):  # type: ignore[no-untyped-def]
    async def hook(response: httpx.Response) -> None:
        seen.append(options_of(response.request))

    return hook


async def test_with_options_shares_pool_and_overrides(
    driver: Driver, fault_server: FaultServer
) -> None:
    client = driver.client(base_url=fault_server.url + "/v1")
    copy = client.with_options(max_retries=0, extra_headers={"X-Tenant": "t1"}, timeout=30)
    assert copy.max_retries == 0 and client.max_retries == 3
    assert copy.config.timeout.total == 30 and copy.config.timeout.read == 30
    # Only per-call settings changed: the copy runs on the very same stack (breaker, limiter).
    assert copy._transport is client._transport
    try:
        await driver.request(client, "GET", "/a")
        await driver.request(copy, "GET", "/b")
        fault_server.enqueue(error_reply(503))
        with pytest.raises(OpenAIError) as info:
            await driver.request(copy, "GET", "/c")  # max_retries=0: one attempt only
        assert info.value.status_code == 503
        await driver.close(copy)  # a no-op: the original owns the pool
        await driver.request(client, "GET", "/d")
    finally:
        await driver.close(client)
    assert [r.path for r in fault_server.requests] == ["/v1/a", "/v1/b", "/v1/c", "/v1/d"]
    assert fault_server.accepts == 1, "the copy must reuse the original's pooled connection"
    assert "x-tenant" not in fault_server.requests[0].headers
    assert fault_server.requests[1].headers["x-tenant"] == "t1"


@pytest.mark.parametrize("bad", [-1, True, "2"])
def test_with_options_rejects_bad_retries(bad: object) -> None:
    client = OpenAIClient(api_key=TEST_KEY)
    with pytest.raises(ConfigurationError):
        client.with_options(max_retries=bad)  # type: ignore[arg-type]
    client.close()


async def test_close_releases_every_connection(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.default = json_reply({"ok": True}, delay=0.05)
    client = driver.client(base_url=fault_server.url + "/v1")
    if driver.is_async:
        import asyncio

        await asyncio.gather(*(client.request("GET", f"/{i}") for i in range(5)))  # type: ignore[misc]
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(5) as pool:
            list(pool.map(lambda i: client.request("GET", f"/{i}"), range(5)))
    assert fault_server.open_connections >= 2
    await driver.close(client)
    fault_server.wait_for_open_connections(0, timeout=5)
    assert client.is_closed()
    await driver.close(client)  # idempotent
    with pytest.raises(OpenAIError, match="closed"):
        await driver.request(client, "GET", "/x")
    copy = client.with_options(max_retries=1)
    with pytest.raises(OpenAIError, match="closed"):
        await driver.request(copy, "GET", "/x")
    with pytest.raises(OpenAIError, match="closed"):
        await driver.send(copy, copy.http.build_request("GET", "/x"))


def test_sync_context_manager(fault_server: FaultServer) -> None:
    with OpenAIClient(api_key=TEST_KEY, base_url=fault_server.url + "/v1") as client:
        assert client.request("GET", "/m").json() == {"ok": True}
    assert client.is_closed()
    fault_server.wait_for_open_connections(0, timeout=5)
    with pytest.raises(OpenAIError):
        client.__enter__()


async def test_async_context_manager(fault_server: FaultServer) -> None:
    async with AsyncOpenAIClient(api_key=TEST_KEY, base_url=fault_server.url + "/v1") as client:
        assert (await client.request("GET", "/m")).json() == {"ok": True}
    assert client.is_closed()
    fault_server.wait_for_open_connections(0, timeout=5)


def test_repr_and_views() -> None:
    client = OpenAIClient(api_key=TEST_KEY, base_url="https://example.com/v1/")
    assert TEST_KEY not in repr(client)
    assert "Secret('***')" in repr(client)
    assert client.base_url == httpx.URL("https://example.com/v1/")  # as the SDK: a URL, with "/"
    assert client.base_url.host == "example.com"
    assert isinstance(client.http, httpx.Client)
    client.close()


async def test_stream_request_uses_idle_timeout(driver: Driver, fault_server: FaultServer) -> None:
    client = driver.client(
        base_url=fault_server.url + "/v1", timeout=Timeout(read=100, stream_idle=7)
    )
    try:
        streamed = client.build_request("POST", "/chat/completions", json={}, stream=True)
        plain = client.build_request("GET", "/models")
    finally:
        await driver.close(client)
    assert streamed.extensions["timeout"]["read"] == 7
    assert options_of(streamed).stream is True  # type: ignore[union-attr]
    assert plain.extensions["timeout"]["read"] == 100
    assert options_of(plain).stream is False  # type: ignore[union-attr]


def test_build_request_maps_bad_urls() -> None:
    client = OpenAIClient(api_key=TEST_KEY)
    with pytest.raises(OpenAIError):
        client.build_request("GET", "http://[::1")
    client.close()


async def test_test_mode_caps_attempts(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.default = error_reply(500)
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=10)
    try:
        with set_testing(attempts=2), pytest.raises(OpenAIError):
            await driver.request(client, "GET", "/x")
    finally:
        await driver.close(client)
    assert fault_server.request_count == 2


async def test_rate_limited_client_still_serves(driver: Driver, fault_server: FaultServer) -> None:
    from integrations_openai.config import RateLimitPolicy

    client = driver.client(
        base_url=fault_server.url + "/v1", rate_limit=RateLimitPolicy(requests_per_minute=100)
    )
    try:
        for _ in range(3):
            await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    assert fault_server.request_count == 3


def test_not_given_sentinel_is_the_one_unset() -> None:
    from integrations_openai_api.types import UNSET

    from integrations_openai._client import NOT_GIVEN

    assert NOT_GIVEN is UNSET  # one "not given" sentinel in the whole package
    assert not NOT_GIVEN
