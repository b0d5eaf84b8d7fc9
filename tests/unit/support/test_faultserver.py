"""The fault server does what its scripting API promises, seen from a real httpx client."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from tests.support.faultserver import (
    FaultServer,
    Reply,
    SSEEvent,
    error_reply,
    html_502,
    json_reply,
    malformed_json,
    reset,
    sse,
    stall,
    truncated,
)


def test_default_reply_and_records(fault_server: FaultServer) -> None:
    with httpx.Client(base_url=fault_server.url) as client:
        response = client.post("/v1/x?a=1", json={"k": "v"}, headers={"X-Test": "1"})
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    (request,) = fault_server.requests
    assert (request.method, request.path, request.query) == ("POST", "/v1/x", "a=1")
    assert request.headers["x-test"] == "1"
    assert request.json() == {"k": "v"}


def test_queue_order_path_queue_and_handler(fault_server: FaultServer) -> None:
    fault_server.enqueue(error_reply(503, "down"), json_reply({"n": 1}))
    fault_server.enqueue(json_reply({"p": True}), path="/special")
    fault_server.handler = lambda req: json_reply({"echo": req.path})
    with httpx.Client(base_url=fault_server.url) as client:
        first = client.get("/a")
        special = client.get("/special")
        second = client.get("/a")
        dynamic = client.get("/b")
    assert first.status_code == 503
    assert first.json()["error"]["message"] == "down"
    assert special.json() == {"p": True}
    assert second.json() == {"n": 1}
    assert dynamic.json() == {"echo": "/b"}
    assert fault_server.pending == 0


def test_keep_alive_reuses_one_connection(fault_server: FaultServer) -> None:
    with httpx.Client(base_url=fault_server.url) as client:
        for _ in range(20):
            client.get("/")
    assert fault_server.request_count == 20
    assert fault_server.accepts == 1
    assert {r.connection_id for r in fault_server.requests} == {1}


def test_chunked_request_body_is_read(fault_server: FaultServer) -> None:
    with httpx.Client(base_url=fault_server.url) as client:
        client.post("/", content=iter([b"ab", b"cd"]))
    assert fault_server.requests[0].body == b"abcd"


def test_reset_before_headers(fault_server: FaultServer) -> None:
    fault_server.enqueue(reset())
    with httpx.Client(base_url=fault_server.url) as client, pytest.raises(httpx.TransportError):
        client.get("/")


def test_delay_triggers_read_timeout(fault_server: FaultServer) -> None:
    fault_server.enqueue(stall())
    with (
        httpx.Client(base_url=fault_server.url, timeout=httpx.Timeout(5, read=0.2)) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        client.get("/")


def test_truncated_body(fault_server: FaultServer) -> None:
    fault_server.enqueue(truncated())
    with (
        httpx.Client(base_url=fault_server.url) as client,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        client.get("/")


def test_malformed_json_and_html_502(fault_server: FaultServer) -> None:
    fault_server.enqueue(malformed_json(), html_502())
    with httpx.Client(base_url=fault_server.url) as client:
        bad = client.get("/")
        page = client.get("/")
    with pytest.raises(ValueError):
        bad.json()
    assert page.status_code == 502
    assert b"Bad Gateway" in page.content


def test_sse_stream_events_and_done(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse([{"a": 1}, SSEEvent("hi", event="note", id="7")], event_delay=0.01))
    with httpx.Client(base_url=fault_server.url) as client, client.stream("GET", "/") as response:
        text = b"".join(response.iter_bytes()).decode()
    assert text == 'data: {"a": 1}\n\nevent: note\nid: 7\ndata: hi\n\ndata: [DONE]\n\n'
    assert response.headers["content-type"] == "text/event-stream"


def test_sse_cut_mid_stream(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse(["one", "two", "three"], cut_after=1))
    seen = []
    with (
        httpx.Client(base_url=fault_server.url) as client,
        pytest.raises(httpx.RemoteProtocolError),
        client.stream("GET", "/") as response,
    ):
        for chunk in response.iter_bytes():
            seen.append(chunk)
    assert b"".join(seen) == b"data: one\n\n"


def test_sse_stall_keeps_connection_open(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse(["one", "two"], stall_after=1))
    timeout = httpx.Timeout(5, read=0.3)
    with (
        httpx.Client(base_url=fault_server.url, timeout=timeout) as client,
        pytest.raises(httpx.ReadTimeout),
        client.stream("GET", "/") as response,
    ):
        chunks = response.iter_bytes()
        assert next(chunks) == b"data: one\n\n"
        next(chunks)


def test_close_reply_forces_new_connection(fault_server: FaultServer) -> None:
    fault_server.enqueue(Reply(body="x", close=True))
    with httpx.Client(base_url=fault_server.url) as client:
        client.get("/")
        client.get("/")
    assert fault_server.accepts == 2


async def test_async_client_many_concurrent_connections(fault_server: FaultServer) -> None:
    fault_server.default = json_reply({"ok": True}, delay=0.05)
    limits = httpx.Limits(max_connections=50)
    async with httpx.AsyncClient(base_url=fault_server.url, limits=limits) as client:
        responses = await asyncio.gather(*(client.get(f"/{i}") for i in range(100)))
    assert all(r.status_code == 200 for r in responses)
    assert fault_server.request_count == 100
    assert 2 <= fault_server.accepts <= 50


def test_two_servers_are_two_origins(fault_server_factory) -> None:  # type: ignore[no-untyped-def]
    a, b = fault_server_factory(), fault_server_factory()
    assert a.port != b.port
    with httpx.Client() as client:
        client.get(a.url)
    assert (a.request_count, b.request_count) == (1, 0)


def test_wait_for_requests_and_clear(fault_server: FaultServer) -> None:
    with httpx.Client(base_url=fault_server.url) as client:
        client.get("/")
    assert len(fault_server.wait_for_requests(1, timeout=1)) == 1
    with pytest.raises(AssertionError):
        fault_server.wait_for_requests(2, timeout=0.05)
    fault_server.clear()
    assert (fault_server.request_count, fault_server.accepts) == (0, 0)


async def test_many_gated_replies_are_held_together_and_released(
    fault_server: FaultServer,
) -> None:
    # More held replies than the loop has executor threads: every one still arrives before
    # the gate opens, and all are answered once it does.
    gate = threading.Event()
    fault_server.default = json_reply({"ok": True}, gate=gate)
    limits = httpx.Limits(max_connections=64)
    async with httpx.AsyncClient(base_url=fault_server.url, limits=limits) as client:
        calls = [asyncio.ensure_future(client.get(f"/{i}")) for i in range(64)]
        await asyncio.to_thread(fault_server.wait_for_requests, 64, 60.0)
        assert not any(call.done() for call in calls)
        gate.set()
        responses = await asyncio.gather(*calls)
    assert [r.status_code for r in responses] == [200] * 64


def _non_daemon_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if not t.daemon}


def test_stop_does_not_wait_for_a_gate_that_never_opens() -> None:
    before = _non_daemon_threads()
    server = FaultServer().start()
    server.default = json_reply({"ok": True}, gate=threading.Event())  # never set
    errors: list[BaseException] = []

    def call() -> None:
        try:
            httpx.get(server.url, timeout=60)
        except httpx.HTTPError as exc:
            errors.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    server.wait_for_requests(1, timeout=60)
    server.stop()  # cancels the held reply and closes its connection
    caller.join(60)
    assert not caller.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], httpx.RemoteProtocolError)
    # Nothing left blocked on the gate that would keep the process from exiting.
    assert _non_daemon_threads() - before == set()
