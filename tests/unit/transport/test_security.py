"""TLS context, plain-HTTP refusal and same-origin rules; redirects on real sockets."""

from __future__ import annotations

import ssl
from collections.abc import Callable

import httpx
import pytest

from integrations_openai.errors import ConfigurationError
from integrations_openai.transport._security import (
    create_ssl_context,
    insecure_http_refused,
    is_loopback_host,
    same_origin,
)
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer, Reply


def test_ssl_context_verifies_and_requires_tls12() -> None:
    context = create_ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("api.localhost", True),
        ("127.0.0.1", True),
        ("127.9.9.9", True),
        ("[::1]", True),
        ("::1", True),
        ("10.0.0.1", False),
        ("api.openai.com", False),
        ("localhost.evil.com", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_insecure_http_rule() -> None:
    assert insecure_http_refused(httpx.URL("http://api.openai.com"), allow_insecure_http=False)
    assert not insecure_http_refused(httpx.URL("http://api.openai.com"), allow_insecure_http=True)
    assert not insecure_http_refused(httpx.URL("http://127.0.0.1:1"), allow_insecure_http=False)
    assert not insecure_http_refused(httpx.URL("https://api.openai.com"), allow_insecure_http=False)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://api.openai.com/v1", "https://api.openai.com/v1/models", True),
        ("https://api.openai.com/v1", "https://API.openai.com:443/x", True),
        ("https://api.openai.com/v1", "http://api.openai.com/v1", False),
        ("https://api.openai.com/v1", "https://api.openai.com:8443/v1", False),
        ("https://api.openai.com/v1", "https://evil.com/v1", False),
        ("http://127.0.0.1:1000", "http://127.0.0.1:1001", False),
    ],
)
def test_same_origin(a: str, b: str, same: bool) -> None:
    assert same_origin(httpx.URL(a), httpx.URL(b)) is same


async def test_authorization_never_follows_redirect_to_other_origin(
    driver: Driver, fault_server_factory: Callable[[], FaultServer]
) -> None:
    home, elsewhere = fault_server_factory(), fault_server_factory()
    home.enqueue(Reply(status=302, headers={"location": elsewhere.url + "/v1/landing"}))
    home.enqueue(Reply(status=307, headers={"location": "/v1/moved"}))
    client = driver.client(base_url=home.url + "/v1", organization="org-1", project="proj-1")
    try:
        away = await driver.request(client, "GET", "/models")
        assert away.json() == {"ok": True}
        local = await driver.request(client, "GET", "/models")
        assert local.status_code == 200
    finally:
        await driver.close(client)
    (landed,) = elsewhere.requests
    assert landed.path == "/v1/landing"
    for name in ("authorization", "openai-organization", "openai-project"):
        assert name not in landed.headers
    assert TEST_KEY not in str(landed.headers)
    # Same-origin redirect: credentials kept (re-applied per request by the auth layer).
    first, _, moved = home.requests
    assert first.headers["authorization"] == f"Bearer {TEST_KEY}"
    assert moved.path == "/v1/moved"
    assert moved.headers["authorization"] == f"Bearer {TEST_KEY}"
    assert moved.headers["openai-organization"] == "org-1"


async def test_absolute_url_to_other_origin_gets_no_key(
    driver: Driver, fault_server_factory: Callable[[], FaultServer]
) -> None:
    home, other = fault_server_factory(), fault_server_factory()
    client = driver.client(base_url=home.url + "/v1")
    try:
        await driver.request(
            client, "GET", other.url + "/x", headers={"Authorization": "Bearer sk-user-0000000"}
        )
    finally:
        await driver.close(client)
    assert "authorization" not in other.requests[0].headers


async def test_redirect_to_plain_http_off_machine_is_refused(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(Reply(status=302, headers={"location": "http://example.com/steal"}))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    try:
        with pytest.raises(ConfigurationError, match="plain http"):
            await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
