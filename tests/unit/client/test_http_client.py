"""``http_client=``: the caller's own httpx client is the network under our whole stack."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from integrations_openai import AsyncOpenAIClient, OpenAIClient
from integrations_openai.errors import ConfigurationError
from integrations_openai.testing import set_testing
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer, error_reply, json_reply


async def test_a_user_client_keeps_retries_auth_and_its_own_hooks(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(error_reply(503, headers={"retry-after-ms": "0"}))
    fault_server.default = json_reply({"ok": True})
    hooked: list[str] = []
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    if driver.is_async:

        async def ahook(request: httpx.Request) -> None:
            hooked.append(request.url.path)

        user: Any = httpx.AsyncClient(limits=limits, event_hooks={"request": [ahook]})
    else:
        user = httpx.Client(
            limits=limits, event_hooks={"request": [lambda r: hooked.append(r.url.path)]}
        )
    client = driver.client(base_url=fault_server.url + "/v1", http_client=user)
    try:
        with set_testing(attempts=2):
            response = await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    assert response.json() == {"ok": True}
    assert hooked == ["/v1/models", "/v1/models"]  # its hooks saw both attempts: our retry
    assert [r.headers["authorization"] for r in fault_server.requests] == [f"Bearer {TEST_KEY}"] * 2
    assert fault_server.accepts == 1  # its pool (one connection) carried both attempts
    assert user.is_closed  # closed with the client, as the official SDK does


@pytest.mark.parametrize(
    ("cls", "given"),
    [
        (OpenAIClient, httpx.AsyncClient),
        (AsyncOpenAIClient, httpx.Client),
        (OpenAIClient, dict),
    ],
)
def test_the_wrong_kind_of_client_is_a_configuration_error(cls: Any, given: Any) -> None:
    with pytest.raises(ConfigurationError, match="http_client") as info:
        cls(api_key=TEST_KEY, http_client=given())
    assert TEST_KEY not in str(info.value)


def test_pool_settings_belong_to_the_user_client() -> None:
    with pytest.raises(ConfigurationError, match="pool settings"):
        OpenAIClient(api_key=TEST_KEY, http_client=httpx.Client(), max_connections=5)
    with pytest.raises(ConfigurationError, match="not both"):
        OpenAIClient(
            api_key=TEST_KEY, http_client=httpx.Client(), transport=httpx.MockTransport(print)
        )


def test_a_copy_with_a_user_client_owns_it() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = OpenAIClient(api_key=TEST_KEY)
    user = httpx.Client(transport=httpx.MockTransport(handler))
    copy = client.copy(http_client=user)
    assert copy._shared is not client._shared
    copy.request("GET", "/models")
    assert seen[0].headers["authorization"] == f"Bearer {TEST_KEY}"
    copy.close()
    assert user.is_closed and not client.is_closed()
    with pytest.raises(ConfigurationError, match="http_client"):
        client.copy(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    client.close()


def test_each_path_is_joined_to_the_base_url_once() -> None:
    from integrations_openai._http_client import _MERGED_URLS_MAX, HttpClient

    http = HttpClient(
        before_send=lambda request, stream: None, base_url="https://api.example.com/v1"
    )
    first = http.build_request("GET", "/models").url
    assert str(first) == "https://api.example.com/v1/models"
    assert http.build_request("POST", "/models").url == first
    assert http._merge_url("/models") is http._merge_url("/models")  # joined once, reused
    absolute = http.build_request("GET", "https://other.example.com/x?y=1").url
    assert str(absolute) == "https://other.example.com/x?y=1"
    http.base_url = "https://api.example.com/v2"  # type: ignore[assignment]
    assert str(http.build_request("GET", "/models").url) == "https://api.example.com/v2/models"
    for i in range(_MERGED_URLS_MAX + 5):  # ids in paths: the memo stays bounded
        assert str(http._merge_url(f"/files/f{i}")).endswith(f"/v2/files/f{i}")
    assert len(http._urls.urls) <= _MERGED_URLS_MAX
    http.close()


async def test_the_async_client_joins_each_path_once() -> None:
    from integrations_openai._http_client import AsyncHttpClient

    http = AsyncHttpClient(
        before_send=lambda request, stream: None, base_url="https://api.example.com/v1"
    )
    assert http._merge_url("/models") is http._merge_url("/models")
    assert str(http.build_request("GET", "/models?limit=2").url).endswith("/v1/models?limit=2")
    await http.aclose()
