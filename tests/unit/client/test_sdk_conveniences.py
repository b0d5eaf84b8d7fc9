"""The official SDK's client conveniences: names, copy/with_options, close, version, sentinels."""

from __future__ import annotations

import inspect
import tomllib
from pathlib import Path
from typing import Any

import httpx
import pytest

import integrations_openai
from integrations_openai import (
    NOT_GIVEN,
    AsyncOpenAI,
    AsyncOpenAIClient,
    NotGiven,
    Omit,
    OpenAI,
    OpenAIClient,
    RateLimitPolicy,
    omit,
)
from integrations_openai.config import DEFAULT_TIMEOUT, ClientArgs, Timeout
from integrations_openai.errors import ConfigurationError, OpenAIError
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer, json_reply

ROOT = Path(__file__).resolve().parents[3]
OTHER_KEY = "sk-test-OTHERKEY0123456789abcdef"


def recorder(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"object": "list", "data": []})

    return httpx.MockTransport(handler)


def test_sdk_names_are_our_clients() -> None:
    assert OpenAI is OpenAIClient
    assert AsyncOpenAI is AsyncOpenAIClient


def test_version_has_one_source_and_reaches_the_user_agent() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "integrations_openai._version.__version__"
    }
    seen: list[httpx.Request] = []
    client = OpenAIClient(api_key=TEST_KEY, transport=recorder(seen))
    client.request("GET", "/models")
    agent = seen[0].headers["user-agent"]
    assert agent.startswith(f"integrations-openai/{integrations_openai.__version__} ")


def test_copy_takes_every_constructor_option() -> None:
    accepted = set(inspect.signature(OpenAIClient.copy).parameters) - {"self"}
    constructor = set(ClientArgs.__annotations__) - {"environ"}
    assert constructor | {"http_client"} <= accepted
    assert OpenAIClient.with_options is OpenAIClient.copy
    assert AsyncOpenAIClient.with_options is AsyncOpenAIClient.copy


def test_copy_shares_the_pool_and_stack_for_call_settings() -> None:
    client = OpenAIClient(api_key=TEST_KEY)
    copy = client.with_options(timeout=5, max_retries=1, default_headers={"X-A": "1"})
    assert copy._shared is client._shared  # one pool
    assert copy._transport is client._transport  # one breaker and limiter state
    assert (copy.max_retries, copy.config.timeout.total) == (1, 5)
    assert copy.config.default_headers == {"X-A": "1"}
    assert client.config.default_headers == {}
    client.close()
    assert copy.is_closed()


@pytest.mark.parametrize(
    "given", [30, 2.5, Timeout(total=40), httpx.Timeout(7.0)], ids=["int", "float", "ours", "httpx"]
)
def test_timeout_reports_what_was_given_and_applies_our_phases(given: Any) -> None:
    with OpenAIClient(api_key=TEST_KEY, timeout=given) as client:
        assert client.timeout is given  # as the SDK reports it
        assert client.config.timeout == Timeout.coerce(given)  # what every call applies
        copy = client.with_options(max_retries=0)
        assert copy.timeout is given and copy.config.timeout == client.config.timeout
        other = client.with_options(timeout=9)
        assert (other.timeout, other.config.timeout.total) == (9, 9)


def test_timeout_by_default_is_our_default_timeout() -> None:
    for client in (
        OpenAIClient(api_key=TEST_KEY),
        OpenAIClient(api_key=TEST_KEY, timeout=NOT_GIVEN),
    ):
        with client:
            assert client.timeout is DEFAULT_TIMEOUT is client.config.timeout
            assert client.copy(max_retries=1).timeout is DEFAULT_TIMEOUT


def test_a_new_key_gets_its_own_stack_on_the_same_pool() -> None:
    seen: list[httpx.Request] = []
    client = OpenAIClient(api_key=TEST_KEY, transport=recorder(seen), organization="org-1")
    copy = client.copy(api_key=OTHER_KEY, project="proj-2")
    assert copy._shared is client._shared
    assert copy._transport is not client._transport
    copy.request("GET", "/models")
    client.request("GET", "/models")
    assert seen[0].headers["authorization"] == f"Bearer {OTHER_KEY}"
    assert seen[0].headers["openai-organization"] == "org-1"  # kept from the original
    assert seen[0].headers["openai-project"] == "proj-2"
    assert seen[1].headers["authorization"] == f"Bearer {TEST_KEY}"
    assert "openai-project" not in seen[1].headers
    copy.close()  # borrowed pool: the original still works
    copy.http.close()  # even closing the copy's httpx client leaves it open
    client.request("GET", "/models")
    assert len(seen) == 3
    assert OTHER_KEY not in repr(copy) and TEST_KEY not in repr(client)
    client.close()


def test_pool_settings_give_the_copy_its_own_pool() -> None:
    client = OpenAIClient(api_key=TEST_KEY)
    copy = client.copy(max_connections=7)
    assert copy._shared is not client._shared
    assert copy.config.limits.max_connections == 7
    assert copy.config.limits.max_keepalive_connections == 7
    copy.close()
    assert copy.is_closed() and not client.is_closed()
    client.close()


def test_default_headers_merge_and_set_default_headers_replace() -> None:
    client = OpenAIClient(api_key=TEST_KEY, default_headers={"X-A": "1"}, default_query={"q": 1})
    merged = client.copy(default_headers={"X-B": "2"}, default_query={"r": 2})
    assert merged.config.default_headers == {"X-A": "1", "X-B": "2"}
    assert merged.config.default_query == {"q": 1, "r": 2}
    replaced = client.copy(set_default_headers={"X-C": "3"}, set_default_query={})
    assert replaced.config.default_headers == {"X-C": "3"}
    assert replaced.config.default_query == {}
    with pytest.raises(ConfigurationError, match="mutually exclusive"):
        client.copy(default_headers={"X": "1"}, set_default_headers={"Y": "2"})
    client.close()


def test_default_query_reaches_the_wire() -> None:
    seen: list[httpx.Request] = []
    client = OpenAIClient(api_key=TEST_KEY, transport=recorder(seen), default_query={"v": "1"})
    client.models.list()  # the first page is fetched at the call
    assert seen[0].url.params["v"] == "1"
    client.close()


def test_copy_can_turn_the_rate_limit_off_and_on() -> None:
    client = OpenAIClient(api_key=TEST_KEY, rate_limit=RateLimitPolicy(requests_per_minute=5))
    assert client.copy(rate_limit=None).config.rate_limit is None
    assert client.copy().config.rate_limit == RateLimitPolicy(requests_per_minute=5)
    assert client.copy(max_retries=NOT_GIVEN).max_retries == client.max_retries
    client.close()


async def test_async_close_is_awaitable_and_async_with_works() -> None:
    async with AsyncOpenAIClient(api_key=TEST_KEY) as client:
        assert not client.is_closed()
    assert client.is_closed()
    other = AsyncOpenAIClient(api_key=TEST_KEY)
    await other.close()
    await other.close()  # idempotent
    assert other.is_closed()
    with pytest.raises(OpenAIError, match="closed"):
        await other.request("GET", "/models")


def test_sentinels_are_the_one_unset() -> None:
    from integrations_openai_api.types import UNSET, Unset

    assert NOT_GIVEN is UNSET and omit is UNSET
    assert NotGiven is Unset and Omit is Unset
    assert not NOT_GIVEN


def _sdk_sentinels() -> list[Any]:
    import openai

    return [openai.NOT_GIVEN, openai.omit]


@pytest.mark.parametrize("given", [NOT_GIVEN, omit, Omit(), *_sdk_sentinels()])
async def test_sentinels_mean_omitted_everywhere(
    driver: Driver, fault_server: FaultServer, given: Any
) -> None:
    fault_server.default = json_reply({"id": "modr", "model": "m", "results": []})
    client: Any = driver.client(base_url=fault_server.url + "/v1", max_retries=given)
    try:
        result = client.moderations.create(input="x", model=given, timeout=given, max_retries=given)
        if driver.is_async:
            result = await result
        copy = client.with_options(timeout=given, max_retries=given)
        assert copy.max_retries == client.max_retries == 3
    finally:
        await driver.close(client)
    assert result.id == "modr"
    assert fault_server.requests[0].json() == {"input": "x"}


def test_an_omitted_extra_header_drops_the_client_wide_one() -> None:
    seen: list[httpx.Request] = []
    client = OpenAIClient(
        api_key=TEST_KEY, transport=recorder(seen), default_headers={"X-Team": "a", "X-Env": "b"}
    )
    client.models.list(extra_headers={"X-Team": omit, "X-Extra": "c"})
    headers = seen[0].headers
    assert "x-team" not in headers
    assert (headers["x-env"], headers["x-extra"]) == ("b", "c")
    client.close()


async def test_an_async_copy_with_a_new_key_borrows_the_pool() -> None:
    seen: list[httpx.Request] = []
    client = AsyncOpenAIClient(api_key=TEST_KEY, transport=recorder(seen))
    copy = client.copy(api_key=OTHER_KEY)
    assert copy._shared is client._shared and copy._transport is not client._transport
    await copy.request("GET", "/models")
    await copy.close()  # the borrowed pool stays open for the original
    await copy.http.aclose()  # even closing the copy's httpx client leaves it open
    await client.request("GET", "/models")
    assert [r.headers["authorization"] for r in seen] == [
        f"Bearer {OTHER_KEY}",
        f"Bearer {TEST_KEY}",
    ]
    await client.close()


async def test_a_borrowed_pool_keeps_its_connection(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.default = json_reply({"ok": True})
    client: Any = driver.client(base_url=fault_server.url + "/v1", async_transport="httpx")
    copy = client.copy(api_key=OTHER_KEY)
    try:
        await driver.request(copy, "GET", "/models")
        if driver.is_async:
            await copy.http.aclose()
        else:
            copy.http.close()
        await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    assert fault_server.accepts == 1  # the copy's close did not drop the shared connection


@pytest.mark.parametrize("cls_name", ["AzureOpenAIClient", "AsyncAzureOpenAIClient"])
async def test_a_subclass_copy_keeps_its_state_when_a_new_stack_is_built(cls_name: str) -> None:
    from integrations_openai import azure

    seen: list[httpx.Request] = []
    cls = getattr(azure, cls_name)
    client = cls(
        api_version="2025-01-01",
        azure_endpoint="https://res.openai.azure.com",
        api_key=TEST_KEY,
        transport=recorder(seen),
    )
    for copy in (client.copy(api_key=OTHER_KEY), client.with_options(timeout=5)):
        assert copy.api_version == "2025-01-01"
        result = copy.request("GET", "/models")
        if inspect.isawaitable(result):
            await result
    assert [r.headers["api-key"] for r in seen] == [OTHER_KEY, TEST_KEY]
    assert all(r.url.params["api-version"] == "2025-01-01" for r in seen)
    closing = client.close()
    if inspect.isawaitable(closing):
        await closing


def test_default_headers_and_query_views_leave_credentials_out() -> None:
    client = OpenAIClient(
        api_key=TEST_KEY,
        organization="org-1",
        project="proj-1",
        default_headers={"X-Team": "a"},
        default_query={"v": "1"},
    )
    sent_by_every_call = {
        "Accept": "application/json",
        "Content-Type": "application/json",
        "User-Agent": client.user_agent,
    }
    assert client.user_agent.startswith("integrations-openai/")
    assert client.default_headers == {
        **sent_by_every_call,
        "OpenAI-Organization": "org-1",
        "OpenAI-Project": "proj-1",
        "X-Team": "a",
    }
    assert client.default_query == {"v": "1"}
    assert OpenAIClient(api_key=TEST_KEY).default_headers == sent_by_every_call
    assert TEST_KEY not in str(client.default_headers)
    client.close()


def test_timeout_none_is_our_default_timeout_for_the_constructor_and_copies() -> None:
    client = OpenAIClient(api_key=TEST_KEY, timeout=20.0)
    assert OpenAIClient(api_key=TEST_KEY, timeout=None).config.timeout == DEFAULT_TIMEOUT
    assert client.copy(timeout=None).config.timeout == DEFAULT_TIMEOUT
    assert client.copy().timeout == 20.0  # left out: kept
    client.close()


def test_webhook_secret_is_a_masked_attribute() -> None:
    secret = "whsec_" + "a" * 32
    client = OpenAIClient(api_key=TEST_KEY, webhook_secret=secret)
    assert client.webhook_secret.get_secret_value() == secret
    assert secret not in repr(client.webhook_secret)
    assert OpenAIClient(api_key=TEST_KEY, environ={}).webhook_secret is None
    client.close()


@pytest.mark.parametrize("cls", [OpenAIClient, AsyncOpenAIClient])
def test_websocket_base_url_is_kept_as_given_and_copied(cls: Any) -> None:
    client = cls(api_key=TEST_KEY)
    assert client.websocket_base_url is None
    given = cls(api_key=TEST_KEY, websocket_base_url=httpx.URL("wss://ws.example.test/v1"))
    assert given.websocket_base_url == "wss://ws.example.test/v1"
    copy = given.with_options(base_url="https://api.example.test/v2")
    assert copy.websocket_base_url == "wss://ws.example.test/v1"
    assert client.copy(websocket_base_url="wss://other.test").websocket_base_url == (
        "wss://other.test"
    )
    with pytest.raises(ConfigurationError, match="websocket_base_url"):
        cls(api_key=TEST_KEY, websocket_base_url=42)


def test_closing_a_copy_closes_that_copy_and_keeps_the_pool() -> None:
    seen: list[httpx.Request] = []
    client = OpenAIClient(api_key=TEST_KEY, transport=recorder(seen))
    with client.with_options(max_retries=0) as copy:
        copy.request("GET", "/models")
    assert copy.is_closed() and not client.is_closed()
    with pytest.raises(OpenAIError, match="closed"):
        copy.request("GET", "/models")
    client.request("GET", "/models")  # the original owns the connections and goes on
    assert len(seen) == 2
    client.close()


async def test_closing_an_async_copy_closes_that_copy_only() -> None:
    async with AsyncOpenAIClient(api_key=TEST_KEY) as client:
        copy = client.copy(default_headers={"x-a": "1"})
        async with copy:
            assert not copy.is_closed()
        assert copy.is_closed() and not client.is_closed()
        with pytest.raises(OpenAIError, match="closed"):
            await copy.request("GET", "/models")


def test_default_headers_and_set_default_headers_are_mutually_exclusive() -> None:
    client = OpenAIClient(api_key=TEST_KEY)
    with pytest.raises(ConfigurationError, match="mutually exclusive"):
        client.copy(default_query={"a": 1}, set_default_query={"b": 2})
    client.close()
