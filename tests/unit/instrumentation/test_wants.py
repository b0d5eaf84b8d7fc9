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
    reply = httpx.Response(status, json=CHAT if status == 200 else {"error": {"message": "x"}})
    return OpenAIClient(
        api_key=TEST_KEY,
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
        listeners=[listener],
        transport=httpx.MockTransport(lambda request: reply),
    )


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
