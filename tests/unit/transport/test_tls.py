"""TLS on a real socket: verification on, the configured CA bundle, TLS >= 1.2 in the pool."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from integrations_openai import errors
from integrations_openai.transport._aiohttp import AiohttpTransport
from integrations_openai.transport._sync_http import SyncHTTPTransport
from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, json_reply

TLS_DIR = Path(__file__).resolve().parents[2] / "support" / "tls"
CA = str(TLS_DIR / "ca.pem")


def _server_context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS_DIR / "server.pem", TLS_DIR / "server.key")
    return context


@pytest.fixture
def tls_server() -> Iterator[FaultServer]:
    with FaultServer(tls=_server_context()) as server:
        server.default = json_reply({"ok": True})
        yield server


def _network_of(client: Any) -> Any:
    """The bottom of the client's transport stack (the pooled network transport)."""
    layer = client.http._transport
    while hasattr(layer, "_inner"):
        layer = layer._inner
    ours = AiohttpTransport | SyncHTTPTransport
    assert isinstance(layer, httpx.HTTPTransport | httpx.AsyncHTTPTransport | ours)
    return layer


def _context_of(client: Any) -> ssl.SSLContext:
    """The TLS context every connection of the client uses."""
    network = _network_of(client)
    if isinstance(network, AiohttpTransport | SyncHTTPTransport):
        return network.ssl_context
    context: ssl.SSLContext = network._pool._ssl_context
    return context


async def test_https_with_the_configured_ca_bundle(driver: Driver, tls_server: FaultServer) -> None:
    client = driver.client(base_url=tls_server.url + "/v1", ca_bundle=CA)
    try:
        response = await driver.request(client, "GET", "/models")
        context = _context_of(client)  # what every connection uses
    finally:
        await driver.close(client)
    assert response.json() == {"ok": True}
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


async def test_an_untrusted_certificate_is_refused(driver: Driver, tls_server: FaultServer) -> None:
    client = driver.client(base_url=tls_server.url + "/v1", max_retries=0)  # system trust store
    try:
        with pytest.raises(errors.NetworkError) as info:
            await driver.request(client, "GET", "/models")
        assert "CERTIFICATE_VERIFY_FAILED" in info.value.detail
    finally:
        await driver.close(client)
    assert tls_server.request_count == 0  # nothing was sent over the unverified channel
