"""Polling: the pure decision, terminal statuses per kind, sync/async drivers (fake clock)."""

from __future__ import annotations

import enum
import time
from typing import Any

import attrs
import httpx
import pytest

from integrations_openai.errors import ConfigurationError, TimeoutError
from integrations_openai.polling import (
    TERMINAL_STATUSES,
    PollState,
    apoll,
    next_poll,
    poll,
    poll_after_seconds,
    status_of,
    terminal_statuses,
)
from tests.support.faultserver import FaultServer

RUN = TERMINAL_STATUSES["thread.run"]


def state(status: str | None, now: float = 0.0, attempt: int = 1) -> PollState:
    return PollState(status, attempt, now, RUN)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (None, None),
        ({}, None),
        ({"openai-poll-after-ms": "250"}, 0.25),
        ({"openai-poll-after-ms": " 0 "}, 0.0),
        ({"openai-poll-after-ms": "-5"}, None),
        ({"openai-poll-after-ms": "soon"}, None),
        ({"openai-poll-after-ms": "nan"}, None),
        ({"openai-poll-after-ms": "inf"}, None),
    ],
)
def test_poll_after_header(headers: dict[str, str] | None, expected: float | None) -> None:
    assert poll_after_seconds(headers) == expected


def test_next_poll_decisions() -> None:
    assert next_poll(state("completed"), None, None) is None
    assert next_poll(state("requires_action"), None, None) is None
    assert next_poll(state("queued"), None, None) == 1.0
    assert next_poll(state("queued"), None, None, interval=0.1) == 0.1
    assert next_poll(state("queued"), {"openai-poll-after-ms": "3000"}, None) == 3.0
    # never sleeps past the deadline: the last poll lands on it
    assert next_poll(state("queued", now=9.5), {"openai-poll-after-ms": "3000"}, 10.0) == 0.5
    with pytest.raises(TimeoutError, match="last status 'queued'"):
        next_poll(state("queued", now=10.0, attempt=4), None, 10.0)
    # a terminal status at the deadline is still a success
    assert next_poll(state("failed", now=11.0), None, 10.0) is None


@pytest.mark.parametrize(
    ("kind", "terminal", "running"),
    [
        ("run", "expired", "cancelling"),
        ("batch", "completed", "finalizing"),
        ("fine_tuning_job", "succeeded", "validating_files"),
        ("vector_store_file", "failed", "in_progress"),
        ("file_batch", "cancelled", "in_progress"),
        ("response", "incomplete", "queued"),
        ("upload", "expired", "pending"),
    ],
)
def test_terminal_statuses_per_kind(kind: str, terminal: str, running: str) -> None:
    assert terminal in terminal_statuses(kind)
    assert running not in terminal_statuses(kind)


def test_unknown_kind() -> None:
    with pytest.raises(ConfigurationError, match="unknown poll kind"):
        terminal_statuses("nope")


class Status(enum.Enum):
    DONE = "completed"


@attrs.define
class Model:
    status: Any


def test_status_of_dict_model_enum() -> None:
    assert status_of({"status": "queued"}) == "queued"
    assert status_of(Model(Status.DONE)) == "completed"
    assert status_of(Model(object())) is None
    assert status_of({}) is None


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def script(*replies: tuple[dict[str, Any], dict[str, str] | None]):
    items = list(replies)
    calls = []

    def fetch() -> tuple[dict[str, Any], dict[str, str] | None]:
        calls.append(1)
        return items.pop(0)

    return fetch, calls


BATCH = [
    ({"object": "batch", "status": "validating"}, {"openai-poll-after-ms": "500"}),
    ({"object": "batch", "status": "in_progress"}, None),
    ({"object": "batch", "status": "completed"}, None),
]


def test_sync_poll_honours_header_then_interval() -> None:
    clock = FakeClock()
    fetch, calls = script(*BATCH)
    result = poll(fetch, interval=2.0, sleep=clock.sleep, clock=clock)
    assert result["status"] == "completed"
    assert clock.sleeps == [0.5, 2.0]
    assert len(calls) == 3


async def test_async_poll_same_decisions() -> None:
    clock = FakeClock()
    fetch, calls = script(*BATCH)

    async def afetch() -> Any:
        return fetch()

    result = await apoll(afetch, interval=2.0, sleep=clock.asleep, clock=clock)
    assert result["status"] == "completed"
    assert clock.sleeps == [0.5, 2.0]
    assert len(calls) == 3


@pytest.mark.parametrize("is_async", [False, True])
async def test_deadline_raises_timeout(is_async: bool) -> None:
    clock = FakeClock()

    def fetch() -> tuple[dict[str, str], None]:
        return {"status": "queued"}, None

    async def afetch() -> tuple[dict[str, str], None]:
        return fetch()

    first = ({"object": "thread.run", "status": "queued"}, None)
    with pytest.raises(TimeoutError):
        if is_async:
            await apoll(afetch, first=first, timeout=2.5, sleep=clock.asleep, clock=clock)
        else:
            poll(fetch, first=first, timeout=2.5, sleep=clock.sleep, clock=clock)
    assert clock.sleeps == [1.0, 1.0, 0.5]


def test_first_object_saves_a_request_and_explicit_terminal() -> None:
    fetch, calls = script(({"status": "x-done"}, None))
    out = poll(fetch, first=({"status": "busy"}, None), terminal={"x-done"}, sleep=lambda s: None)
    assert out == {"status": "x-done"} and len(calls) == 1


def test_already_terminal_does_not_sleep() -> None:
    clock = FakeClock()
    fetch, calls = script(({"object": "response", "status": "completed"}, None))
    poll(fetch, sleep=clock.sleep, clock=clock)
    assert clock.sleeps == [] and len(calls) == 1


@pytest.mark.parametrize(
    "kwargs",
    [{"interval": -1.0}, {"timeout": -1.0}, {"interval": "1"}, {"timeout": float("nan")}, {}],
)
def test_bad_arguments(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        poll(lambda: ({"status": "x"}, None), **kwargs)


def test_poll_over_real_socket_honours_poll_after_header(fault_server: FaultServer) -> None:
    from tests.support.faultserver import json_reply

    fault_server.enqueue(
        json_reply(
            {"object": "batch", "status": "in_progress"}, headers={"openai-poll-after-ms": "30"}
        ),
        json_reply(
            {"object": "batch", "status": "finalizing"}, headers={"openai-poll-after-ms": "30"}
        ),
        json_reply({"object": "batch", "status": "completed"}),
    )
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        time.sleep(seconds)

    with httpx.Client(base_url=fault_server.url) as client:

        def fetch() -> tuple[dict[str, Any], httpx.Headers]:
            response = client.get("/v1/batches/batch_1")
            return response.json(), response.headers

        result = poll(fetch, interval=5.0, timeout=30.0, sleep=sleep)
    assert result["status"] == "completed"
    assert slept == [0.03, 0.03]  # the server's hint, not the 5 s interval
    assert fault_server.request_count == 3
