"""The per-call path: requests built in one pass, sends straight to the stack.

``compose_request`` must build exactly what ``httpx.Client.build_request`` builds, and a
send that skips httpx's client layer must leave behind what that layer would: the timeout,
``response.request``, ``elapsed``, cookies, httpx's log line, redirects and their history.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from integrations_openai._direct import compose_request, sends_direct
from integrations_openai._http_client import AsyncHttpClient, HttpClient
from integrations_openai.errors import OpenAIError
from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, Reply, json_reply

_DEFAULTS: dict[str, Any] = {
    "base_url": "https://api.example.com/v1",
    "headers": {"User-Agent": "ua/1", "Accept": "application/json", "X-Team": "a"},
}

CASES: list[tuple[str, dict[str, Any], str, str, dict[str, Any]]] = [
    ("json body", {}, "POST", "/chat/completions", {"json": {"model": "m", "n": [1, 2.5]}}),
    ("no body", {}, "GET", "/models", {}),
    ("empty POST", {}, "post", "/files/f/cancel", {}),
    ("DELETE", {}, "DELETE", "/files/f", {}),
    ("non-ASCII", {}, "POST", "/x", {"json": {"text": "héllo ✓", "nested": {"a": None}}}),
    ("json false", {}, "PUT", "/x", {"json": False}),
    ("query", {}, "GET", "/models", {"params": {"limit": 2, "after": "m-1"}}),
    ("client query", {"params": {"api-version": "v"}}, "GET", "/models", {}),
    (
        "both queries",
        {"params": {"api-version": "v"}},
        "GET",
        "/models",
        {"params": {"api-version": "w", "x": "1"}},
    ),
    ("headers override", {}, "POST", "/x", {"headers": {"x-team": "b", "Accept": "*/*"}}),
    ("own content type", {}, "POST", "/x", {"json": {}, "headers": {"Content-Type": "a/b"}}),
    ("own host", {}, "GET", "/x", {"headers": {"Host": "elsewhere"}}),
    ("absolute URL", {}, "GET", "https://other.example.com:8443/y?z=1", {}),
    ("relative query", {}, "GET", "/models?limit=3", {}),
    ("own length", {}, "POST", "/x", {"headers": {"Content-Length": "0"}}),
    (
        "chunked",
        {},
        "PATCH",
        "/x",
        {"headers": {"Transfer-Encoding": "chunked"}, "json": [1]},
    ),
    ("timeout", {"timeout": httpx.Timeout(3.0, connect=1.0)}, "GET", "/x", {}),
]


@pytest.mark.parametrize(
    ("client_kwargs", "method", "url", "kwargs"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_compose_builds_what_httpx_builds(
    client_kwargs: dict[str, Any], method: str, url: str, kwargs: dict[str, Any]
) -> None:
    with httpx.Client(**{**_DEFAULTS, **client_kwargs}) as http:
        expected = http.build_request(method, url, **kwargs)
        body = kwargs.pop("json", None)
        composed = compose_request(http, method, url, body=body, **kwargs)
    assert composed is not None
    assert composed.method == expected.method
    assert composed.url == expected.url
    assert composed.headers.raw == expected.headers.raw  # same names, values and order
    assert composed.content == expected.content
    assert composed.extensions == expected.extensions


def test_compose_leaves_a_client_holding_cookies_to_httpx() -> None:
    with httpx.Client(cookies={"session": "s"}) as http:
        assert compose_request(http, "GET", "https://api.example.com/x") is None


def test_compose_refuses_what_json_cannot_encode() -> None:
    with httpx.Client() as http, pytest.raises(ValueError, match="JSON compliant"):
        compose_request(http, "POST", "https://api.example.com/x", body={"x": float("nan")})


def test_only_a_plain_send_skips_httpx() -> None:
    http = HttpClient(before_send=lambda request, stream: None)
    assert sends_direct(http, {})
    assert sends_direct(http, {"auth": httpx.USE_CLIENT_DEFAULT})  # what http.get() passes
    assert not sends_direct(http, {"follow_redirects": False})
    http.event_hooks = {"response": [print]}
    assert not sends_direct(http, {})
    http.event_hooks = {}
    http.auth = ("user", "pass")
    assert not sends_direct(http, {})
    http.close()


async def test_a_direct_send_leaves_what_httpx_would(
    driver: Driver, fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    fault_server.enqueue(json_reply({"n": 1}), json_reply({"n": 2}))
    client = driver.client(base_url=fault_server.url + "/v1")
    caplog.set_level(logging.INFO, logger="httpx")
    try:
        request = client.build_request("GET", "/models")
        response = await driver.send(client, request)
        streamed = await driver.send(client, client.build_request("GET", "/models"), stream=True)
        with pytest.raises(RuntimeError, match="elapsed"):
            _ = streamed.elapsed  # as with httpx: known once the body is read or closed
        assert (await driver.read(streamed)) == b'{"n": 2}'
    finally:
        await driver.close(client)
    assert response.request is request
    assert response.json() == {"n": 1}
    assert response.elapsed.total_seconds() >= 0
    assert streamed.elapsed.total_seconds() >= 0
    assert response.history == [] and response.next_request is None
    assert request.extensions["timeout"] == client.timeout.to_httpx().as_dict()
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines == [f'HTTP Request: GET {fault_server.url}/v1/models "HTTP/1.1 200 OK"'] * 2


async def test_cookies_set_by_the_server_are_sent_back(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(Reply(headers={"set-cookie": "__cf_bm=abc; Path=/"}, body={}))
    client = driver.client(base_url=fault_server.url + "/v1")
    try:
        await driver.request(client, "GET", "/models")
        await driver.request(client, "POST", "/chat/completions", json={"model": "m"})
    finally:
        await driver.close(client)
    first, second = fault_server.requests
    assert "cookie" not in first.headers
    assert second.headers["cookie"] == "__cf_bm=abc"
    assert second.json() == {"model": "m"}
    assert client.http.cookies["__cf_bm"] == "abc"


async def test_redirects_are_followed_with_their_history(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(
        Reply(status=302, headers={"location": "/v1/a"}),
        Reply(status=307, headers={"location": "/v1/b"}),
        json_reply({"at": "b"}),
    )
    client = driver.client(base_url=fault_server.url + "/v1")
    try:
        response = await driver.request(client, "POST", "/start", json={"x": 1})
    finally:
        await driver.close(client)
    assert response.json() == {"at": "b"}
    assert [r.status_code for r in response.history] == [302, 307]
    assert response.request.url.path == "/v1/b"
    start, a, b = fault_server.requests
    assert (start.method, a.method, b.method) == ("POST", "GET", "GET")  # 302: POST -> GET
    assert start.json() == {"x": 1} and a.body == b""


async def test_a_redirect_not_followed_is_handed_back(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(Reply(status=303, headers={"location": "/v1/elsewhere"}))
    client = driver.client(base_url=fault_server.url + "/v1", follow_redirects=False)
    try:
        response = await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    assert response.status_code == 303
    assert response.next_request is not None
    assert response.next_request.url == fault_server.url + "/v1/elsewhere"
    assert fault_server.request_count == 1


async def test_endless_redirects_stop_at_max_redirects(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.default = Reply(status=302, headers={"location": "/v1/again"})
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    client.http.max_redirects = 2
    try:
        with pytest.raises(OpenAIError) as info:
            await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    assert isinstance(info.value.__cause__, httpx.TooManyRedirects)
    assert fault_server.request_count == 3  # the first request and two redirects


async def test_hooks_on_the_http_client_still_run(
    driver: Driver, fault_server: FaultServer
) -> None:
    seen: list[int] = []

    def hook(response: httpx.Response) -> None:
        seen.append(response.status_code)

    async def ahook(response: httpx.Response) -> None:
        hook(response)

    client = driver.client(base_url=fault_server.url + "/v1")
    client.http.event_hooks["response"].append(ahook if driver.is_async else hook)
    try:
        await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    assert seen == [200]


async def test_a_closed_http_client_refuses_to_send(
    driver: Driver, fault_server: FaultServer
) -> None:
    client = driver.client(base_url=fault_server.url + "/v1")
    http: Any = client.http
    if driver.is_async:
        await http.aclose()
    else:
        http.close()
    try:
        with pytest.raises(RuntimeError, match="closed"):
            await driver.request(client, "GET", "/models")
    finally:
        await driver.close(client)
    assert fault_server.request_count == 0


def test_the_http_clients_own_verbs_send_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> httpx.Response:
        raise AssertionError("went through httpx.Client.send")

    stack = httpx.MockTransport(lambda request: httpx.Response(200, json={"ok": True}))
    http = HttpClient(before_send=lambda request, stream: None, transport=stack)
    monkeypatch.setattr(httpx.Client, "send", refuse)
    assert http.get("https://api.example.com/x").json() == {"ok": True}
    with http.stream("GET", "https://api.example.com/x") as response:
        assert response.read() == b'{"ok":true}'
    with pytest.raises(AssertionError, match="went through"):
        http.get("https://api.example.com/x", follow_redirects=False)  # not the default


class _Broken(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that fails while read, and records that it was closed."""

    closed = False

    def __iter__(self) -> Iterator[bytes]:
        raise httpx.ReadError("cut")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        raise httpx.ReadError("cut")
        yield b""  # pragma: no cover - makes this an async generator

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def test_a_foreign_request_gets_the_clients_timeout_and_a_failed_read_closes() -> None:
    body = _Broken()
    stack = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    http = HttpClient(before_send=lambda request, stream: None, transport=stack, timeout=7.0)
    request = httpx.Request("GET", "https://api.example.com/x")  # built by hand: no timeout
    with pytest.raises(httpx.ReadError):
        http.send(request)
    assert request.extensions["timeout"] == httpx.Timeout(7.0).as_dict()
    assert body.closed  # the connection is released, as httpx's send does
    http.close()


async def test_the_async_driver_closes_a_body_that_fails_while_read() -> None:
    body = _Broken()
    stack = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    http = AsyncHttpClient(before_send=lambda request, stream: None, transport=stack)
    with pytest.raises(httpx.ReadError):
        await http.send(httpx.Request("GET", "https://api.example.com/x"))
    assert body.closed
    await http.aclose()
