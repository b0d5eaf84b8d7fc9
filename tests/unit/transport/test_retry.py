"""Retry layer over httpx.MockTransport, every behaviour sync and async (fake time)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from integrations_openai._policies import RetryPolicy
from integrations_openai.errors import CircuitOpenError, NetworkError, TimeoutError
from integrations_openai.instrumentation import Hooks, RetryScheduled
from integrations_openai.transport._retry import (
    IDEMPOTENCY_HEADER,
    RETRY_COUNT_HEADER,
    AsyncRetryTransport,
    RetryTransport,
)
from tests.support.resilience import MODES, Events, FakeClock, TrackedStream, request, send

pytestmark = pytest.mark.parametrize("mode", MODES)

Reply = httpx.Response | BaseException
QUOTA = {
    "error": {
        "message": "out of credit",
        "type": "insufficient_quota",
        "code": "insufficient_quota",
    }
}
RATE = {"error": {"message": "slow down", "type": "requests", "code": "rate_limit_exceeded"}}


class Server:
    """A MockTransport handler replaying ``replies`` (the last one repeats), recording requests."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []
        self.streams: list[TrackedStream] = []

    def __call__(self, req: httpx.Request) -> httpx.Response:
        req.read()
        self.requests.append(req)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, BaseException):
            raise reply
        body = b"".join(reply.stream)  # type: ignore[arg-type]  # raw, still encoded
        return httpx.Response(
            reply.status_code, headers=reply.headers, stream=TrackedStream(body, self.streams)
        )


def reply(status: int, body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, json=body if body is not None else {"ok": status}, headers=headers
    )


def identity(x: float) -> float:
    return x


def make(
    mode: str,
    server: Callable[[httpx.Request], httpx.Response],
    policy: RetryPolicy | None = None,
    *,
    clock: FakeClock | None = None,
    events: Events | None = None,
    wall: Callable[[], float] = lambda: 1_700_000_000.0,
) -> RetryTransport | AsyncRetryTransport:
    clock = clock or FakeClock()
    hooks = Hooks([events] if events else [])
    mock = httpx.MockTransport(server)
    kwargs: dict[str, Any] = {"hooks": hooks, "clock": clock, "wall": wall, "jitter": identity}
    if mode == "sync":
        return RetryTransport(mock, policy, sleep=clock.sleep, **kwargs)
    return AsyncRetryTransport(mock, policy, sleep=clock.asleep, **kwargs)


async def test_retries_5xx_then_succeeds_with_counted_attempts(mode: str) -> None:
    server, clock, events = Server(reply(503), reply(500), reply(200)), FakeClock(), Events()
    response = await send(mode, make(mode, server, clock=clock, events=events), request())
    assert response.status_code == 200
    assert [r.headers[RETRY_COUNT_HEADER] for r in server.requests] == ["0", "1", "2"]
    assert clock.sleeps == [0.5, 1.0]  # identity jitter: the exponential ceilings
    retries = events.of(RetryScheduled)
    assert [(e.attempt, e.reason, e.status_code, e.wait) for e in retries] == [
        (1, "status=503", 503, 0.5),
        (2, "status=500", 500, 1.0),
    ]
    assert retries[0].call_id == "call-1" and retries[0].method == "POST"
    assert all(s.closed for s in server.streams)  # failed attempts returned their connection


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 599])
async def test_retryable_statuses(mode: str, status: int) -> None:
    server = Server(reply(status, RATE if status == 429 else None), reply(200))
    assert (await send(mode, make(mode, server), request())).status_code == 200
    assert len(server.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422, 201, 302])
async def test_other_statuses_are_returned_at_once(mode: str, status: int) -> None:
    server = Server(reply(status), reply(200))
    assert (await send(mode, make(mode, server), request())).status_code == status
    assert len(server.requests) == 1


async def test_gives_up_after_max_retries_and_returns_last_response(mode: str) -> None:
    server, clock = Server(reply(503, {"error": {"message": "down"}})), FakeClock()
    response = await send(
        mode, make(mode, server, RetryPolicy(max_backoff=1.0), clock=clock), request()
    )
    assert response.status_code == 503 and response.json() == {"error": {"message": "down"}}
    assert len(server.requests) == 4
    assert clock.sleeps == [0.5, 1.0, 1.0]  # capped at max_backoff
    assert [s.closed for s in server.streams] == [True, True, True, True]


@pytest.mark.parametrize(("override", "attempts"), [(0, 1), (1, 2), (5, 6)])
async def test_per_call_max_retries_override(mode: str, override: int, attempts: int) -> None:
    server = Server(reply(500))
    await send(mode, make(mode, server), request(max_retries=override))
    assert len(server.requests) == attempts


async def test_x_should_retry_forces_and_forbids(mode: str) -> None:
    forced = Server(reply(400, **{"x-should-retry": "true"}), reply(200))
    assert (await send(mode, make(mode, forced), request())).status_code == 200
    forbidden = Server(reply(503, **{"x-should-retry": "false"}), reply(200))
    assert (await send(mode, make(mode, forbidden), request())).status_code == 503
    assert (len(forced.requests), len(forbidden.requests)) == (2, 1)


async def test_insufficient_quota_is_never_retried_and_stays_readable(mode: str) -> None:
    server = Server(reply(429, QUOTA, **{"x-should-retry": "true", "retry-after": "1"}))
    response = await send(mode, make(mode, server), request())
    assert response.status_code == 429 and response.json() == QUOTA
    assert len(server.requests) == 1


async def test_insufficient_quota_detected_in_gzip_body(mode: str) -> None:
    packed = gzip.compress(json.dumps(QUOTA).encode())
    server = Server(httpx.Response(429, content=packed, headers={"content-encoding": "gzip"}))
    response = await send(mode, make(mode, server), request())
    assert response.json() == QUOTA and len(server.requests) == 1


async def test_undecodable_429_body_counts_as_a_plain_rate_limit(mode: str) -> None:
    bad = httpx.Response(
        429, stream=httpx.ByteStream(b"not gzip"), headers={"content-encoding": "gzip"}
    )
    server = Server(bad, reply(200))
    assert (await send(mode, make(mode, server), request())).status_code == 200
    assert len(server.requests) == 2


async def test_plain_429_honours_retry_after_ms(mode: str) -> None:
    server, clock = Server(reply(429, RATE, **{"retry-after-ms": "250"}), reply(200)), FakeClock()
    assert (await send(mode, make(mode, server, clock=clock), request())).status_code == 200
    assert clock.sleeps == [0.25]


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "Tue, 14 Nov 2023 22:13:30 GMT"}, 10.0),  # wall clock is ...:13:20
        ({"retry-after": "Tue, 14 Nov 2023 22:13:00 GMT"}, 0.0),  # in the past: now
        ({"retry-after": "soon"}, 0.5),  # unreadable: the backoff schedule
        ({"retry-after-ms": "x", "retry-after": "3"}, 3.0),
    ],
)
async def test_retry_after_forms(mode: str, headers: dict[str, str], wait: float) -> None:
    server, clock = Server(reply(503, **headers), reply(200)), FakeClock()
    await send(mode, make(mode, server, clock=clock), request())
    assert clock.sleeps == [pytest.approx(wait)]


async def test_retry_after_beyond_the_ceiling_returns_the_answer(mode: str) -> None:
    server, clock = Server(reply(429, RATE, **{"retry-after": "120"}), reply(200)), FakeClock()
    response = await send(
        mode, make(mode, server, RetryPolicy(max_retry_after=60), clock=clock), request()
    )
    assert response.status_code == 429 and response.json() == RATE
    assert len(server.requests) == 1 and clock.sleeps == []


async def test_large_429_body_is_retried_without_full_read(mode: str) -> None:
    server = Server(httpx.Response(429, content=b"x" * 5000), reply(200))
    policy = RetryPolicy(error_peek_bytes=1024)
    assert (await send(mode, make(mode, server, policy), request())).status_code == 200
    assert server.streams[0].closed


async def test_same_idempotency_key_on_every_attempt(mode: str) -> None:
    server = Server(reply(500), reply(502), reply(200))
    await send(mode, make(mode, server), request())
    keys = {r.headers[IDEMPOTENCY_HEADER] for r in server.requests}
    assert len(keys) == 1 and next(iter(keys))
    other = Server(reply(200))
    await send(mode, make(mode, other), request())
    assert other.requests[0].headers[IDEMPOTENCY_HEADER] not in keys  # one per logical call


async def test_idempotency_key_from_options_or_caller(mode: str) -> None:
    server = Server(reply(500), reply(200))
    await send(mode, make(mode, server), request(idempotency_key="key-opt"))
    assert [r.headers[IDEMPOTENCY_HEADER] for r in server.requests] == ["key-opt"] * 2
    caller = Server(reply(200))
    req = request(headers={"Idempotency-Key": "key-caller"}, idempotency_key="key-opt")
    await send(mode, make(mode, caller), req)
    assert caller.requests[0].headers[IDEMPOTENCY_HEADER] == "key-caller"


async def test_get_carries_no_idempotency_key(mode: str) -> None:
    server = Server(reply(500), reply(200))
    await send(mode, make(mode, server), request("GET", "https://api.test/v1/models"))
    assert all(IDEMPOTENCY_HEADER not in r.headers for r in server.requests)
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        NetworkError("reset"),
        TimeoutError("read timeout"),
    ],
)
async def test_network_errors_and_timeouts_are_retried(mode: str, error: Exception) -> None:
    server, events = Server(error, reply(200)), Events()
    assert (await send(mode, make(mode, server, events=events), request())).status_code == 200
    (event,) = events.of(RetryScheduled)
    assert event.reason in ("APIConnectionError", "APITimeoutError") and event.status_code is None


async def test_exhausted_network_errors_raise_the_last_error(mode: str) -> None:
    server = Server(httpx.ConnectError("refused"))
    with pytest.raises(httpx.ConnectError):
        await send(mode, make(mode, server, RetryPolicy(max_retries=2)), request())
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    "error",
    [
        CircuitOpenError("open", host="h", retry_at=0.0, retry_after=1.0),
        ValueError("bug"),
        httpx.UnsupportedProtocol("ftp"),
    ],
)
async def test_other_errors_are_not_retried(mode: str, error: Exception) -> None:
    server = Server(error, reply(200))
    with pytest.raises(type(error)):
        await send(mode, make(mode, server), request())
    assert len(server.requests) == 1


async def test_deadline_across_retries_never_sleeps_past_it(mode: str) -> None:
    clock = FakeClock()
    server = Server(reply(503))
    policy = RetryPolicy(max_retries=10, initial_backoff=1.0, max_backoff=1.0)
    deadline = clock.now + 2.5
    with pytest.raises(TimeoutError) as info:
        await send(mode, make(mode, server, policy, clock=clock), request(deadline=deadline))
    assert info.value.code == "deadline_exceeded" and "status=503" in info.value.detail
    assert clock.now <= deadline and clock.sleeps == [1.0, 1.0]
    assert len(server.requests) == 3 and all(s.closed for s in server.streams)


async def test_deadline_already_passed_sends_nothing(mode: str) -> None:
    clock, server = FakeClock(), Server(reply(200))
    with pytest.raises(TimeoutError):
        await send(mode, make(mode, server, clock=clock), request(deadline=clock.now - 1))
    assert server.requests == []


async def test_deadline_caps_each_attempts_timeouts(mode: str) -> None:
    clock, server = FakeClock(), Server(reply(200))
    req = request(deadline=clock.now + 3.0)
    req.extensions["timeout"] = {"connect": 10.0, "read": 1.0, "write": None, "pool": 5.0}
    await send(mode, make(mode, server, clock=clock), req)
    timeouts = server.requests[0].extensions["timeout"]
    assert timeouts == {"connect": 3.0, "read": 1.0, "write": 3.0, "pool": 3.0}


async def test_deadline_after_a_network_error(mode: str) -> None:
    clock = FakeClock()
    server = Server(httpx.ConnectError("refused"))
    policy = RetryPolicy(initial_backoff=5.0, max_backoff=5.0)
    with pytest.raises(TimeoutError) as info:
        await send(mode, make(mode, server, policy, clock=clock), request(deadline=clock.now + 1))
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert clock.sleeps == []


async def test_one_shot_body_is_not_retried(mode: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"{}"

    async def achunks() -> Any:
        yield b"{}"

    server = Server(reply(503), reply(200))
    body = chunks() if mode == "sync" else achunks()
    response = await send(mode, make(mode, server), request(content=body))
    assert response.status_code == 503 and len(server.requests) == 1
