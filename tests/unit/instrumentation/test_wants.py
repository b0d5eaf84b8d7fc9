"""Routine events are built only when a listener wants them; failures always arrive.

``Hooks.wants`` asks each listener's optional ``wants(kind)``: a call that goes well and
that nobody listens to builds no event, reads no facts and formats no log message.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from integrations_openai import OpenAIClient
from integrations_openai.health._report import LastErrors
from integrations_openai.instrumentation import (
    Event,
    Hooks,
    OperationEnd,
    RequestEnd,
    RequestStart,
    _tracker,
)
from integrations_openai.instrumentation._genai import CallFacts
from integrations_openai.transport import _telemetry as telemetry
from integrations_openai.transport._telemetry import LoggingListener
from tests.support.drivers import TEST_KEY

CHAT = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "m", "choices": []}


class Picky:
    """Records every event it gets; wants routine events only of ``kinds``."""

    def __init__(self, *kinds: type) -> None:
        self.kinds = kinds
        self.events: list[Event] = []

    def wants(self, kind: type) -> bool:
        return kind in self.kinds

    def on_event(self, event: Event) -> None:
        self.events.append(event)


class Everything:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def on_event(self, event: Event) -> None:
        self.events.append(event)


def test_hooks_want_what_some_listener_wants() -> None:
    assert not Hooks().wants(RequestStart)
    assert not Hooks([Picky(), LastErrors()]).wants(RequestEnd)
    assert Hooks([Picky(RequestEnd)]).wants(RequestEnd)
    assert not Hooks([Picky(RequestEnd)]).wants(RequestStart)
    assert Hooks([Picky(), Everything()]).wants(OperationEnd)  # no ``wants``: takes all


def test_takers_are_the_listeners_that_want_a_kind_in_order() -> None:
    ends, starts, everything = Picky(RequestEnd), Picky(RequestStart), Everything()
    hooks = Hooks([ends, everything, starts])
    assert hooks.takers(RequestEnd) == (ends, everything)
    assert hooks.takers(RequestStart) == (everything, starts)
    assert hooks.takers(OperationEnd) == (everything,)
    assert Hooks([Picky(), LastErrors()]).takers(RequestEnd) == ()
    plain = Hooks([everything])
    assert plain.takers(RequestStart) == (everything,)
    assert Hooks().takers(RequestEnd) == ()


def test_routine_events_reach_only_the_listeners_that_want_them() -> None:
    """A listener that does not want a call's end is not handed it because another does;
    one without ``wants`` (written before it existed) still gets every event."""
    ends, nothing, everything = Picky(RequestEnd, OperationEnd), Picky(), Everything()
    with _client([ends, nothing, everything]) as client:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    assert [type(e) for e in ends.events] == [RequestEnd, OperationEnd]
    assert nothing.events == []
    assert [type(e) for e in everything.events] == [RequestStart, RequestEnd, OperationEnd]
    assert ends.events == everything.events[1:]  # the same event objects, built once


def test_a_failure_reaches_every_listener_wanted_or_not() -> None:
    nothing, starts = Picky(), Picky(RequestStart)
    with _client([nothing, starts], status=500) as client, pytest.raises(Exception, match="x"):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    for listener in (nothing, starts):
        ends = [e for e in listener.events if isinstance(e, RequestEnd | OperationEnd)]
        assert [type(e) for e in ends] == [RequestEnd, OperationEnd]
    assert type(starts.events[0]) is RequestStart
    assert not any(isinstance(e, RequestStart) for e in nothing.events)


def test_a_raising_listener_never_breaks_a_call_nor_the_others() -> None:
    class Broken(Picky):
        def on_event(self, event: Event) -> None:
            raise RuntimeError("broken backend")

    after = Picky(RequestEnd, OperationEnd)
    with _client([Broken(RequestEnd, OperationEnd), after]) as client:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    assert [type(e) for e in after.events] == [RequestEnd, OperationEnd]


def test_logging_listener_wants_follow_the_logger_level() -> None:
    logger = logging.getLogger("test_wants.levels")
    listener = LoggingListener(logger)
    logger.setLevel(logging.WARNING)
    assert not any(listener.wants(k) for k in (RequestStart, RequestEnd, OperationEnd))
    logger.setLevel(logging.INFO)
    assert listener.wants(OperationEnd) and not listener.wants(RequestStart)
    logger.setLevel(logging.DEBUG)
    assert listener.wants(RequestStart) and listener.wants(RequestEnd)


def test_a_filtered_record_is_never_formatted(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(event: Event) -> str:
        raise AssertionError("message formatted for a level nobody logs")

    monkeypatch.setattr(telemetry, "_describe", boom)
    logger = logging.getLogger("test_wants.format")
    logger.setLevel(logging.WARNING)
    LoggingListener(logger).on_event(RequestStart(method="GET", url="u", call_id="c"))


def _client(listener: Any, status: int = 200) -> OpenAIClient:
    listeners = listener if isinstance(listener, list) else [listener]
    reply = httpx.Response(status, json=CHAT if status == 200 else {"error": {"message": "x"}})
    return OpenAIClient(
        api_key=TEST_KEY,
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
        listeners=listeners,
        transport=httpx.MockTransport(lambda request: reply),
    )


def test_a_stream_closed_early_reaches_every_listener() -> None:
    nothing, ends = Picky(), Picky(OperationEnd)
    tracker = _tracker.CallTracker(
        Hooks([nothing, ends]), "c1", CallFacts(operation="op", operation_id="op")
    )
    tracker.close(complete=False)
    assert len(nothing.events) == len(ends.events) == 1
    done = _tracker.CallTracker(
        Hooks([nothing, ends]), "c2", CallFacts(operation="op", operation_id="op")
    )
    done.close(complete=True)  # a stream that ended well: only to who wants it
    assert len(nothing.events) == 1 and len(ends.events) == 2


def test_a_quiet_success_builds_no_event() -> None:
    picky = Picky()
    with _client(picky) as client:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    assert picky.events == []


def test_wanted_routine_events_still_arrive() -> None:
    picky = Picky(RequestStart, RequestEnd, OperationEnd)
    with _client(picky) as client:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    kinds = [type(e) for e in picky.events]
    assert kinds == [RequestStart, RequestEnd, OperationEnd]
    assert picky.events[0].url == "http://127.0.0.1:9/v1/chat/completions"  # type: ignore[union-attr]


def test_a_failure_always_arrives() -> None:
    picky = Picky()
    with _client(picky, status=500) as client, pytest.raises(Exception, match="x"):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    ends = [e for e in picky.events if isinstance(e, RequestEnd | OperationEnd)]
    assert [type(e) for e in ends] == [RequestEnd, OperationEnd]
    assert all(e.error for e in ends)  # type: ignore[union-attr]


def test_tracker_reads_no_facts_for_an_unwanted_success(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> object:
        raise AssertionError("result facts read with nobody listening")

    monkeypatch.setattr(_tracker, "result_facts", boom)
    picky = Picky()
    tracker = _tracker.CallTracker(
        Hooks([picky]), "c1", CallFacts(operation="op", operation_id="op")
    )
    tracker.finish(object())
    tracker.fail(RuntimeError("late"))  # after the end: ignored, like any later report
    assert picky.events == []
    stream = _tracker.CallTracker(
        Hooks([picky]), "c2", CallFacts(operation="op", operation_id="op")
    )
    stream.close(complete=False)  # a stream cut short is reported even so
    assert [e.complete for e in picky.events] == [False]  # type: ignore[union-attr]


def _chunk(reason: str | None = None, usage: dict[str, int] | None = None) -> dict[str, Any]:
    chunk: dict[str, Any] = {"id": "c", "model": "m", "choices": [{"finish_reason": reason}]}
    if usage is not None:
        chunk["usage"] = usage
    return chunk


def test_unwanted_stream_chunks_are_counted_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [5.0]
    picky = Picky()
    tracker = _tracker.CallTracker(
        Hooks([picky]), "c1", CallFacts(operation="op", operation_id="op"), clock=lambda: now[0]
    )
    scanned: list[object] = []
    field = _tracker._field

    def counted(obj: object, name: str) -> Any:
        scanned.append(obj)
        return field(obj, name)

    monkeypatch.setattr(_tracker, "_field", counted)
    now[0] = 6.5
    tracker.chunks([_chunk(), _chunk()])
    last = _chunk()
    tracker.chunks([_chunk("length"), last])
    assert scanned == []  # nobody wants the call's end: no chunk read per chunk
    tracker.close(complete=False)  # an early close is reported even so
    [end] = picky.events
    assert isinstance(end, OperationEnd)
    assert (end.chunks, end.time_to_first_chunk, end.complete) == (4, 1.5, False)
    assert scanned and all(obj is last or obj in last["choices"] for obj in scanned)


def test_wanted_stream_chunks_are_all_read() -> None:
    picky = Picky(OperationEnd)
    tracker = _tracker.CallTracker(
        Hooks([picky]), "c1", CallFacts(operation="op", operation_id="op"), clock=lambda: 0.0
    )
    tracker.chunks([_chunk(), _chunk("stop"), _chunk(usage={"prompt_tokens": 3})])
    tracker.chunks([])
    tracker.chunks([_chunk()])
    tracker.close(complete=True)
    [end] = picky.events
    assert isinstance(end, OperationEnd) and end.result is not None
    assert end.chunks == 4 and end.result.finish_reasons == ("stop",)
    assert end.result.input_tokens == 3  # usage from the chunk that carried it


def test_a_listener_wanting_ends_midway_gets_the_rest_read() -> None:
    level = [False]

    class Switch(Picky):
        def wants(self, kind: type) -> bool:
            return level[0]

    listener = Switch()
    tracker = _tracker.CallTracker(
        Hooks([listener]), "c1", CallFacts(operation="op", operation_id="op"), clock=lambda: 0.0
    )
    tracker.chunks([_chunk("length"), _chunk()])  # unread: nobody wanted it then
    level[0] = True
    tracker.chunks([_chunk(usage={"prompt_tokens": 7})])
    tracker.close(complete=True)
    [end] = listener.events
    assert isinstance(end, OperationEnd) and end.result is not None
    assert end.chunks == 3 and end.result.input_tokens == 7
