"""httpx's sync pool is built at the first request: constructing a client costs no TLS context.

(The default sync transport, ``SyncHTTPTransport``, builds its context at the first HTTPS
connection: tests/unit/transport/test_sync_http.py.)
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from integrations_openai import OpenAIClient
from integrations_openai.transport._lazy import LazyTransport
from tests.support.drivers import TEST_KEY
from tests.support.faultserver import FaultServer, json_reply


class _Counting(httpx.BaseTransport):
    built = 0

    def __init__(self) -> None:
        type(self).built += 1
        self.closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ok": True})

    def close(self) -> None:
        self.closed = True


def test_nothing_is_built_until_the_first_request() -> None:
    _Counting.built = 0
    lazy = LazyTransport(_Counting)
    assert not lazy.built and _Counting.built == 0
    lazy.close()  # closing an unused transport releases nothing and builds nothing
    assert _Counting.built == 0
    response = lazy.handle_request(httpx.Request("GET", "http://127.0.0.1/"))
    assert response.status_code == 200 and lazy.built and _Counting.built == 1


def test_concurrent_first_requests_build_one_pool() -> None:
    _Counting.built = 0
    lazy = LazyTransport(_Counting)
    request = httpx.Request("GET", "http://127.0.0.1/")
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda _: lazy.handle_request(request).status_code, range(32)))
    assert statuses == [200] * 32 and _Counting.built == 1


def test_close_closes_the_built_transport() -> None:
    lazy = LazyTransport(_Counting)
    inner = lazy.get()
    assert lazy.get() is inner
    lazy.close()
    assert isinstance(inner, _Counting) and inner.closed


def test_a_client_sends_through_the_pool_it_builds_late() -> None:
    with FaultServer() as server:
        server.default = json_reply({"ok": True})
        client = OpenAIClient(api_key=TEST_KEY, base_url=server.url + "/v1", sync_transport="httpx")
        network = client.http._transport
        while not isinstance(network, LazyTransport):
            network = network._inner
        assert not network.built
        assert client.request("GET", "/models").json() == {"ok": True}
        assert isinstance(network.get(), httpx.HTTPTransport)
        client.close()
    assert server.accepts == 1
