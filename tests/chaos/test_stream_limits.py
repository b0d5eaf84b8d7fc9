"""Stream time limits on real sockets, decided on an injected clock (no wall-clock bound).

The fault server carries the bytes; the clock the stream core reads moves a fixed step on
every read, so "time" passes per chunk received, whatever the machine's load. Each limit is
proven by the ``code`` of the error the caller gets.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from integrations_openai._options import OPTIONS_KEY, RequestOptions
from integrations_openai.errors import TimeoutError
from integrations_openai.stream import AsyncStream, Stream
from integrations_openai.stream._timing import FIRST_EVENT_CODE, IDLE_CODE, StreamTimer
from tests.support.faultserver import FaultServer, sse
from tests.support.resilience import MODES

pytestmark = [pytest.mark.parametrize("mode", MODES), pytest.mark.timeout(60)]

KEEP_ALIVE = b": keep-alive\n\n"


class TickClock:
    """Virtual time that moves ``step`` seconds each time it is read."""

    def __init__(self, step: float) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


async def collect(
    mode: str, server: FaultServer, clock: TickClock, **limits: Any
) -> list[dict[str, Any]]:
    """Stream the server's reply through the sync or async driver; return the events."""
    options = RequestOptions(call_id="limits", stream=True, **limits)
    url = server.url + "/v1/chat/completions"
    out: list[dict[str, Any]] = []
    if mode == "sync":
        with httpx.Client() as client:
            request = client.build_request("POST", url, extensions={OPTIONS_KEY: options})
            with Stream[dict[str, Any]](client.send(request, stream=True), clock=clock) as s:
                out.extend(s)
        return out
    async with httpx.AsyncClient() as aclient:
        request = aclient.build_request("POST", url, extensions={OPTIONS_KEY: options})
        response = await aclient.send(request, stream=True)
        async with AsyncStream[dict[str, Any]](response, clock=clock) as stream:
            out.extend([event async for event in stream])
    return out


async def test_keep_alives_do_not_count_as_a_first_event(
    mode: str, fault_server: FaultServer
) -> None:
    fault_server.enqueue(sse([KEEP_ALIVE] * 40 + [{"n": 1}]))
    with pytest.raises(TimeoutError) as info:
        await collect(mode, fault_server, TickClock(0.3), stream_idle=60.0, first_event=1.0)
    assert info.value.code == FIRST_EVENT_CODE


async def test_keep_alives_do_not_reset_the_idle_timeout(
    mode: str, fault_server: FaultServer
) -> None:
    fault_server.enqueue(sse([{"n": 0}] + [KEEP_ALIVE] * 40 + [{"n": 1}]))
    with pytest.raises(TimeoutError) as info:
        await collect(mode, fault_server, TickClock(0.3), stream_idle=1.0, first_event=60.0)
    assert info.value.code == IDLE_CODE


async def test_events_reset_the_idle_timeout(mode: str, fault_server: FaultServer) -> None:
    # 40 chunks take more virtual time than the idle limit, but no gap between events does.
    fault_server.enqueue(sse([KEEP_ALIVE, {"n": 1}] * 20))
    events = await collect(mode, fault_server, TickClock(0.3), stream_idle=5.0, first_event=5.0)
    assert len(events) == 20


async def test_total_deadline_covers_the_stream_to_its_end(
    mode: str, fault_server: FaultServer
) -> None:
    # Events keep flowing (no idle timeout), but the call's deadline passes mid-stream.
    fault_server.enqueue(sse([{"n": i} for i in range(60)]))
    clock = TickClock(0.3)
    with pytest.raises(TimeoutError) as info:
        await collect(
            mode, fault_server, clock, deadline=clock.now + 3, stream_idle=60.0, first_event=60.0
        )
    assert info.value.code == "deadline_exceeded"


async def test_silent_socket_is_cut_and_named(mode: str, fault_server: FaultServer) -> None:
    # No byte at all after the first event: the byte-level read timeout (or the async
    # driver's own wait) fires, and the error names the stream limit, not httpx's.
    fault_server.enqueue(sse([{"n": 0}, {"n": 1}], stall_after=1))
    with pytest.raises(TimeoutError) as info:
        await collect(mode, fault_server, TickClock(0.0), stream_idle=0.2, first_event=0.2)
    assert info.value.code == IDLE_CODE


def test_timer_decisions(mode: str) -> None:
    timer = StreamTimer(0.0, deadline=10.0, idle=2.0, first_event=5.0)
    assert timer.remaining(1.0) == 4.0  # the first-event limit is the nearest
    timer.check(4.9)
    timer.event(4.9)
    assert timer.remaining(5.0) == pytest.approx(1.9)  # now the idle limit counts
    with pytest.raises(TimeoutError) as info:
        timer.check(6.9)
    assert info.value.code == IDLE_CODE
    timer.event(9.0)
    assert timer.remaining(9.5) == 0.5  # the deadline comes before the idle limit
    assert timer.expired().code == "deadline_exceeded"
    assert StreamTimer(0.0).remaining(100.0) is None
