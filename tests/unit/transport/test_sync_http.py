"""The stdlib sync transport on real sockets: framing, pooling, timeouts, TLS, failures.

Where a failure's class matters to the error taxonomy, the same test runs on httpx's own
transport (httpcore) and must raise the same httpx exception: the boundary above maps both
alike, so a failure means the same thing whichever transport sent the request.
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from integrations_openai.transport._http11 import MAX_HEAD_BYTES
from integrations_openai.transport._security import create_ssl_context
from integrations_openai.transport._sync_http import SyncHTTPTransport
from tests.support.faultserver import FaultServer, Reply, json_reply, sse
from tests.support.rawserver import CLOSE, HOLD, RESET, RawServer

TLS_DIR = Path(__file__).resolve().parents[2] / "support" / "tls"
LIMITS = httpx.Limits(max_connections=10, max_keepalive_connections=10, keepalive_expiry=20.0)
OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"


def ours(limits: httpx.Limits = LIMITS, **kwargs: Any) -> SyncHTTPTransport:
    kwargs.setdefault("ssl_context", create_ssl_context)
    return SyncHTTPTransport(limits=limits, **kwargs)


def httpcore() -> httpx.BaseTransport:
    return httpx.HTTPTransport(limits=LIMITS)


BOTH = pytest.mark.parametrize("make", [ours, httpcore], ids=["stdlib", "httpcore"])


@pytest.fixture
def raw() -> Iterator[RawServer]:
    with RawServer() as server:
        yield server


def client(transport: httpx.BaseTransport, **kwargs: Any) -> httpx.Client:
    kwargs.setdefault("timeout", 10.0)
    return httpx.Client(transport=transport, **kwargs)


# --- framing, both ways ---------------------------------------------------------------------


def test_content_length_both_ways_on_one_kept_alive_connection(fault_server: FaultServer) -> None:
    fault_server.default = json_reply({"ok": True})
    transport = ours()
    with client(transport) as http:
        for n in range(5):
            response = http.post(fault_server.url + "/v1/x", content=b"a" * n * 1000)
            assert response.json() == {"ok": True}
            assert response.extensions["http_version"] == b"HTTP/1.1"
        assert transport.connection_count() == (1, 1)
    assert [len(r.body) for r in fault_server.requests] == [0, 1000, 2000, 3000, 4000]
    assert fault_server.accepts == 1


def test_a_large_body_goes_out_apart_from_its_head(fault_server: FaultServer) -> None:
    with client(ours()) as http:
        http.post(fault_server.url + "/v1/x", content=b"z" * 200_000)
    assert fault_server.requests[0].body == b"z" * 200_000


def test_a_chunked_request_body_is_framed_and_decoded(raw: RawServer) -> None:
    raw.script(OK)
    with client(ours()) as http:
        response = http.post(raw.url, content=iter([b"hello ", b"", b"world"]))
    assert response.text == "ok"
    head, body = raw.requests[0]
    assert b"Transfer-Encoding: chunked" in head and body == b"hello world"


def test_a_streamed_request_body_with_its_length_goes_out_raw(fault_server: FaultServer) -> None:
    with client(ours()) as http:
        request = http.build_request(
            "POST",
            fault_server.url + "/v1/x",
            content=iter([b"ab", b"cd"]),
            headers={"Content-Length": "4"},
        )
        http.send(request)
    assert fault_server.requests[0].body == b"abcd"


def test_a_streamed_body_shorter_than_its_length_is_refused(raw: RawServer) -> None:
    raw.script(OK)
    with client(ours()) as http, pytest.raises(httpx.LocalProtocolError):
        request = http.build_request(
            "POST", raw.url, content=iter([b"ab"]), headers={"Content-Length": "4"}
        )
        http.send(request)


def test_chunked_responses_with_extensions_and_trailers(raw: RawServer) -> None:
    raw.script(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5;name=value\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: 1\r\n\r\n",
        OK,
    )
    transport = ours()
    with client(transport) as http:
        assert http.get(raw.url).text == "hello world"
        assert http.get(raw.url).text == "ok"  # the same connection, read to its end
    assert raw.accepts == 1


def test_a_chunked_body_arriving_in_pieces(fault_server: FaultServer) -> None:
    fault_server.enqueue(Reply(chunks=[b"a" * 10, b"b" * 70_000, b"c"], chunk_delay=0.01))
    with client(ours()) as http, http.stream("GET", fault_server.url + "/v1/x") as response:
        assert b"".join(response.iter_raw()) == b"a" * 10 + b"b" * 70_000 + b"c"


@pytest.mark.parametrize(
    "head",
    [
        b"HTTP/1.1 2OO sk-echoed-0123456789abcdef\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nsk-echoed-0123456789abcdef\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: sk-echoed-0123456789abcdef\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: sk-echoed-0123456789abcdef\r\n\r\n",
    ],
)
def test_a_malformed_head_is_never_quoted_back(raw: RawServer, head: bytes) -> None:
    # A hostile server could echo the key: the error (the cause of ours) says what, not what.
    raw.script(head)
    with client(ours()) as http, pytest.raises(httpx.RemoteProtocolError) as info:
        http.get(raw.url)
    assert "sk-echoed" not in str(info.value)


def test_bare_lf_heads_folded_headers_and_interim_responses(raw: RawServer) -> None:
    raw.script(
        b"HTTP/1.1 100 Continue\r\n\r\n"
        b"HTTP/1.1 200 OK\nX-Folded: one\n two\nContent-Length: 2\n\nok"
    )
    with client(ours()) as http:
        response = http.get(raw.url)
    assert response.text == "ok" and response.headers["x-folded"] == "one two"


def test_a_body_read_until_close_is_not_reused(raw: RawServer) -> None:
    raw.script(b"HTTP/1.1 200 OK\r\n\r\nuntil the end", CLOSE, OK)
    transport = ours()
    with client(transport) as http:
        assert http.get(raw.url).text == "until the end"
        assert transport.connection_count() == (0, 0)
        assert http.get(raw.url).text == "ok"
    assert raw.accepts == 2


@pytest.mark.parametrize(
    "reply",
    [
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok",
        b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok",
    ],
    ids=["connection-close", "http-1.0"],
)
def test_a_response_that_ends_keep_alive_closes_its_connection(
    raw: RawServer, reply: bytes
) -> None:
    raw.script(reply, CLOSE, OK)
    transport = ours()
    with client(transport) as http:
        assert http.get(raw.url).text == "ok"
        assert transport.connection_count() == (0, 0)
        http.get(raw.url)
    assert raw.accepts == 2


def test_a_request_asking_to_close_does_not_keep_its_connection(raw: RawServer) -> None:
    raw.script(OK, OK)
    transport = ours()
    with client(transport) as http:
        http.get(raw.url, headers={"Connection": "close"})
        assert transport.connection_count() == (0, 0)


@pytest.mark.parametrize("status", [204, 304])
def test_bodiless_statuses_and_head_requests(raw: RawServer, status: int) -> None:
    raw.script(
        b"HTTP/1.1 %d X\r\nContent-Length: 10\r\n\r\n" % status,
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n",
        OK,
    )
    transport = ours()
    with client(transport) as http:
        assert http.get(raw.url).content == b""
        assert http.head(raw.url).content == b""
        assert http.get(raw.url).text == "ok"  # no body bytes were left on the connection
    assert raw.accepts == 1


# --- streams and reuse ----------------------------------------------------------------------


def test_a_stream_closed_midway_closes_its_connection(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse([{"n": i} for i in range(200)], event_delay=0.001))
    fault_server.default = json_reply({"ok": True})
    transport = ours()
    with client(transport) as http:
        with http.stream("POST", fault_server.url + "/v1/x") as response:
            next(response.iter_raw())
        assert transport.connection_count() == (0, 0)  # closed, never pooled dirty
        assert http.get(fault_server.url + "/v1/x").json() == {"ok": True}
    assert fault_server.accepts == 2


def test_a_keep_alive_connection_the_server_closed_is_not_reused(raw: RawServer) -> None:
    raw.script(OK, CLOSE, OK)
    transport = ours()
    with client(transport) as http:
        assert http.get(raw.url).text == "ok"
        raw.closed.wait(10)  # the server closed it while it sat idle in the pool
        assert http.post(raw.url, content=b"do once").text == "ok"
    assert raw.accepts == 2
    assert [body for _, body in raw.requests] == [b"", b"do once"]  # sent exactly once


def test_a_connection_with_stray_bytes_is_not_reused(raw: RawServer) -> None:
    raw.script(OK + b"garbage", OK)
    transport = ours()
    with client(transport) as http:
        http.get(raw.url)
        http.get(raw.url)
    assert raw.accepts == 2


def test_an_idle_connection_expires(fault_server: FaultServer) -> None:
    now = [0.0]
    transport = ours(httpx.Limits(keepalive_expiry=5.0), clock=lambda: now[0])
    with client(transport) as http:
        http.get(fault_server.url + "/v1/x")
        now[0] = 4.0
        http.get(fault_server.url + "/v1/x")
        assert fault_server.accepts == 1
        now[0] = 10.0
        http.get(fault_server.url + "/v1/x")
    assert fault_server.accepts == 2


def test_keep_alive_count_bounds_the_idle_connections(fault_server: FaultServer) -> None:
    transport = ours(httpx.Limits(max_connections=5, max_keepalive_connections=1))
    with client(transport) as http:
        with (
            http.stream("GET", fault_server.url + "/v1/x") as one,
            http.stream("GET", fault_server.url + "/v1/x") as two,
        ):
            assert transport.connection_count() == (2, 0)
            one.read()  # read to the end: given back
            two.read()  # given back too, but one idle connection is all that is kept
        assert transport.connection_count() == (1, 1)


def test_a_full_pool_waits_then_times_out(fault_server: FaultServer) -> None:
    transport = ours(httpx.Limits(max_connections=1))
    with client(transport, timeout=httpx.Timeout(10.0, pool=0.05)) as http:
        with http.stream("GET", fault_server.url + "/v1/x"), pytest.raises(httpx.PoolTimeout):
            http.get(fault_server.url + "/v1/x")
        assert http.get(fault_server.url + "/v1/x").status_code == 200


def test_a_waiting_request_gets_the_connection_given_back(fault_server: FaultServer) -> None:
    transport = ours(httpx.Limits(max_connections=1))
    results: list[int] = []
    with client(transport, timeout=httpx.Timeout(10.0, pool=None)) as http:
        with http.stream("GET", fault_server.url + "/v1/x") as held:
            waiter = threading.Thread(
                target=lambda: results.append(http.get(fault_server.url + "/v1/x").status_code)
            )
            waiter.start()
            held.read()
        waiter.join(10)
    assert results == [200] and fault_server.accepts == 1


def test_a_full_pool_closes_an_idle_connection_to_another_origin(
    fault_server_factory: Callable[[], FaultServer],
) -> None:
    first, second = fault_server_factory(), fault_server_factory()
    transport = ours(httpx.Limits(max_connections=1))
    with client(transport, timeout=httpx.Timeout(10.0, pool=0.05)) as http:
        http.get(first.url + "/v1/x")
        http.get(second.url + "/v1/x")
        assert transport.connection_count() == (1, 1)
    first.wait_for_open_connections(0)


def test_close_closes_idle_and_lent_connections(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse([{"n": i} for i in range(50)], event_delay=0.01))
    transport = ours()
    http = client(transport)
    streamed = http.send(http.build_request("GET", fault_server.url + "/v1/x"), stream=True)
    http.get(fault_server.url + "/v1/x")
    fault_server.wait_for_open_connections(2)
    http.close()
    assert transport.connection_count() == (0, 0)
    fault_server.wait_for_open_connections(0)
    with pytest.raises(httpx.ReadError):
        streamed.read()
    streamed.close()


def test_many_threads_share_one_pool(fault_server: FaultServer) -> None:
    fault_server.default = json_reply({"ok": True})
    transport = ours(httpx.Limits(max_connections=4))
    with client(transport, timeout=httpx.Timeout(30.0)) as http:

        def calls(_: int) -> list[object]:
            return [http.post(fault_server.url + "/v1/x", content=b"x").json() for _ in range(25)]

        with ThreadPoolExecutor(8) as pool:
            results = [r for batch in pool.map(calls, range(8)) for r in batch]
    assert results == [{"ok": True}] * 200
    assert fault_server.request_count == 200 and fault_server.accepts <= 4


# --- failures: the same httpx exception as httpcore -----------------------------------------


PROTOCOL_FAULTS = {
    "truncated-length": (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", CLOSE),
    "truncated-chunked": (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", CLOSE),
    "no-response": (b"", CLOSE),
    "cut-head": (b"HTTP/1.1 200 OK\r\nContent-Le", CLOSE),
    "bad-status-line": (b"HTTP/1.1 2x0 OK\r\n\r\n", CLOSE),
    "not-http": (b"SSH-2.0-OpenSSH\r\n\r\n", CLOSE),
    "bad-header-line": (b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", CLOSE),
    "bad-length": (b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", CLOSE),
    "two-lengths": (b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", CLOSE),
    "bad-chunk-size": (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", CLOSE),
    "gzip-coding": (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n", CLOSE),
    "huge-head": (b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * (MAX_HEAD_BYTES + 10), CLOSE),
}


@BOTH
@pytest.mark.parametrize("fault", PROTOCOL_FAULTS.values(), ids=PROTOCOL_FAULTS.keys())
def test_protocol_faults_are_remote_protocol_errors(
    raw: RawServer, make: Callable[[], httpx.BaseTransport], fault: tuple[bytes, str]
) -> None:
    raw.script(*fault)
    with client(make()) as http, pytest.raises(httpx.RemoteProtocolError):
        http.get(raw.url)


def test_a_chunk_without_its_crlf_is_a_protocol_error(raw: RawServer) -> None:
    raw.script(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXX0\r\n\r\n", CLOSE)
    with client(ours()) as http, pytest.raises(httpx.RemoteProtocolError):
        http.get(raw.url)


def test_an_overlong_chunk_line_is_a_protocol_error(raw: RawServer) -> None:
    raw.script(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + b"1" * 200_000, CLOSE)
    with client(ours()) as http, pytest.raises(httpx.RemoteProtocolError):
        http.get(raw.url)


@BOTH
def test_a_reset_is_a_read_error(raw: RawServer, make: Callable[[], httpx.BaseTransport]) -> None:
    raw.script(RESET)
    with client(make()) as http, pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        http.get(raw.url)


@BOTH
def test_a_silent_server_is_a_read_timeout(
    raw: RawServer, make: Callable[[], httpx.BaseTransport]
) -> None:
    raw.script(HOLD)
    http = client(make(), timeout=httpx.Timeout(10.0, read=0.05))
    with http, pytest.raises(httpx.ReadTimeout):
        http.get(raw.url)


@BOTH
def test_a_stalled_stream_is_a_read_timeout(
    fault_server: FaultServer, make: Callable[[], httpx.BaseTransport]
) -> None:
    fault_server.enqueue(sse([{"n": 1}, {"n": 2}], stall_after=1))
    http = client(make(), timeout=httpx.Timeout(10.0, read=0.5))
    with (
        http,
        pytest.raises(httpx.ReadTimeout),  # a late head would be a ReadTimeout too
        http.stream("GET", fault_server.url + "/v1/x") as response,
    ):
        response.read()


@BOTH
def test_a_server_that_reads_nothing_is_a_write_timeout(
    make: Callable[[], httpx.BaseTransport],
) -> None:
    # Listening but never accepting: the kernel completes the handshake, nobody reads, and
    # once the socket buffers are full writing stalls.
    with socket.create_server(("127.0.0.1", 0)) as deaf:
        url = f"http://127.0.0.1:{deaf.getsockname()[1]}/"
        http = client(make(), timeout=httpx.Timeout(10.0, write=0.05))
        with http, pytest.raises(httpx.WriteTimeout):
            http.post(url, content=iter([b"x" * 1_000_000] * 64))


@BOTH
def test_a_refused_connection_is_a_connect_error(make: Callable[[], httpx.BaseTransport]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, not listening: connecting is refused
        with client(make()) as http, pytest.raises(httpx.ConnectError):
            http.get(f"http://127.0.0.1:{port}/")


def test_a_connect_timeout_is_a_connect_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: Any, **kwargs: Any) -> socket.socket:
        raise TimeoutError("timed out")

    monkeypatch.setattr(socket, "create_connection", slow)
    transport = ours(httpx.Limits(max_connections=1))
    with client(transport) as http:
        for _ in range(2):  # the slot is given back: the second attempt does not wait
            with pytest.raises(httpx.ConnectTimeout):
                http.get("http://127.0.0.1:9/")


@BOTH
def test_a_header_that_would_split_the_request_is_refused(
    raw: RawServer, make: Callable[[], httpx.BaseTransport]
) -> None:
    with client(make()) as http, pytest.raises(httpx.LocalProtocolError):
        http.get(raw.url, headers={"X-Injected": "a\r\nX-Evil: 1"})
    with client(make()) as http, pytest.raises(httpx.LocalProtocolError):
        http.get(raw.url, headers={"X-Injected": "a\nb"})
    assert raw.requests == []


def test_another_scheme_is_refused() -> None:
    with pytest.raises(httpx.UnsupportedProtocol):
        ours().handle_request(httpx.Request("GET", "ftp://127.0.0.1/file"))


# --- TLS ------------------------------------------------------------------------------------


def _server_context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS_DIR / "server.pem", TLS_DIR / "server.key")
    return context


@pytest.fixture
def tls_server() -> Iterator[FaultServer]:
    with FaultServer(tls=_server_context()) as server:
        server.default = json_reply({"ok": True})
        yield server


def test_the_tls_context_is_built_at_the_first_https_connection(
    fault_server: FaultServer, tls_server: FaultServer
) -> None:
    built: list[ssl.SSLContext] = []

    def factory() -> ssl.SSLContext:
        built.append(create_ssl_context(str(TLS_DIR / "ca.pem")))
        return built[-1]

    transport = ours(ssl_context=factory)
    with client(transport) as http:
        http.get(fault_server.url + "/v1/x")
        assert built == []  # plain http needs none
        for _ in range(3):
            assert http.get(tls_server.url + "/v1/x").json() == {"ok": True}
    assert len(built) == 1 and transport.ssl_context is built[0]
    assert tls_server.accepts == 1
    assert built[0].minimum_version >= ssl.TLSVersion.TLSv1_2


def test_the_certificate_must_name_the_host(tls_server: FaultServer) -> None:
    transport = ours(ssl_context=create_ssl_context(str(TLS_DIR / "ca.pem")))
    request = httpx.Request(
        "GET", tls_server.url + "/v1/x", extensions={"sni_hostname": "api.example.com"}
    )
    with pytest.raises(httpx.ConnectError, match=r"CERTIFICATE_VERIFY_FAILED|match"):
        transport.handle_request(request)
    assert tls_server.request_count == 0 and transport.connection_count() == (0, 0)


# --- test tools that intercept httpx keep working ---------------------------------------------


def test_a_replaced_httpx_transport_sees_every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    # What pytest-httpx does (and vcrpy, through functools.wraps: checked below).
    seen: list[str] = []

    def mocked(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"mocked": True})

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", mocked)
    transport = ours()
    with client(transport) as http:
        assert http.get("http://127.0.0.1:9/v1/models").json() == {"mocked": True}
    assert seen == ["http://127.0.0.1:9/v1/models"]


def test_a_wrapped_httpx_transport_counts_as_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    import functools

    from integrations_openai.transport._sync_http import intercepted

    assert not intercepted()
    original = httpx.HTTPTransport.handle_request

    @functools.wraps(original)
    def wrapper(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        return original(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", wrapper)
    assert intercepted()


def test_a_replaced_httpcore_pool_sees_every_request(
    monkeypatch: pytest.MonkeyPatch, fault_server: FaultServer
) -> None:
    # What respx does by default: httpcore's pool answers, below httpx's transport.
    import httpcore

    def mocked(self: httpcore.ConnectionPool, request: httpcore.Request) -> httpcore.Response:
        return httpcore.Response(200, content=b'{"mocked": true}')

    monkeypatch.setattr(httpcore.ConnectionPool, "handle_request", mocked)
    transport = ours(ssl_context=create_ssl_context)
    http = client(transport)
    assert http.get(fault_server.url + "/v1/x").json() == {"mocked": True}
    assert fault_server.request_count == 0
    http.close()
    assert transport._httpx is None  # the fallback was closed with the pool
    monkeypatch.undo()
    with client(ours()) as http:  # the tool gone, our pool sends again
        assert http.get(fault_server.url + "/v1/x").status_code == 200
    assert fault_server.request_count == 1
