"""Every facade poller has a deadline: a status that never moves ends in ``TimeoutError``.

Time is injected (``polling.use_timer``): the clock only moves when a poll sleeps, so these
tests never wait and never depend on the wall clock. The HTTP side is a real socket.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from integrations_openai import polling
from integrations_openai.errors import ConfigurationError, TimeoutError
from integrations_openai.polling import (
    DEFAULT_POLL_TIMEOUTS,
    TERMINAL_STATUSES,
    PollTimer,
    default_timeout,
    poll,
    use_timer,
)
from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, RecordedRequest, Reply, json_reply

VIDEO = {
    "id": "video_1",
    "object": "video",
    "model": "sora-2",
    "status": "queued",
    "progress": 0,
    "created_at": 1,
    "size": "720x1280",
    "seconds": "4",
}


class FakeTime:
    """A clock that moves only when slept on."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def timer(self) -> PollTimer:
        return PollTimer(clock=self.clock, sleep=self.sleep, async_sleep=self.async_sleep)


async def _call(driver: Driver, method: Any, *args: Any, **kwargs: Any) -> Any:
    result = method(*args, **kwargs)
    return await result if driver.is_async else result


def test_every_kind_has_a_default_deadline() -> None:
    assert set(DEFAULT_POLL_TIMEOUTS) == set(TERMINAL_STATUSES)
    assert all(0 < seconds < math.inf for seconds in DEFAULT_POLL_TIMEOUTS.values())
    assert default_timeout("run") == DEFAULT_POLL_TIMEOUTS["thread.run"]
    assert default_timeout(None) == polling.DEFAULT_POLL_TIMEOUT


def test_pure_poll_without_timeout_ends_at_the_kind_default() -> None:
    fake = FakeTime()
    with pytest.raises(TimeoutError, match="last status 'in_progress'"):
        poll(
            lambda: ({"object": "video", "status": "in_progress"}, None),
            interval=60.0,
            clock=fake.clock,
            sleep=fake.sleep,
        )
    assert sum(fake.sleeps) == DEFAULT_POLL_TIMEOUTS["video"]


def test_terminal_statuses_without_kind_get_the_generic_default() -> None:
    fake = FakeTime()
    with use_timer(fake.timer()), pytest.raises(TimeoutError):
        poll(lambda: ({"status": "busy"}, None), terminal={"done"}, interval=600.0)
    assert sum(fake.sleeps) == polling.DEFAULT_POLL_TIMEOUT


def test_infinite_timeout_is_an_explicit_choice() -> None:
    fake = FakeTime()
    replies = iter([*[({"object": "batch", "status": "in_progress"}, None)] * 50,
                    ({"object": "batch", "status": "completed"}, None)])  # fmt: skip
    with use_timer(fake.timer()):
        result = poll(lambda: next(replies), timeout=math.inf, interval=3600.0)
    assert result["status"] == "completed"
    assert sum(fake.sleeps) == 50 * 3600.0  # far past every default, by request


def test_use_timer_refuses_a_non_timer_and_restores() -> None:
    with pytest.raises(ConfigurationError, match="PollTimer"), use_timer(object()):  # type: ignore[arg-type]
        pass
    fake = FakeTime()
    with use_timer(fake.timer()):
        assert polling._current_timer().clock() == 1000.0
    assert polling._current_timer() == PollTimer()


def _never_moves(request: RecordedRequest) -> Reply:
    if request.method == "POST":
        return json_reply(VIDEO)
    # A long server hint: the default deadline (1 h) is reached in a handful of polls.
    return json_reply(
        {**VIDEO, "status": "in_progress"}, headers={"openai-poll-after-ms": "600000"}
    )


async def test_videos_create_and_poll_never_moving_status_times_out(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.handler = _never_moves
    client: Any = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    fake = FakeTime()
    with use_timer(fake.timer()), pytest.raises(TimeoutError) as caught:
        await _call(driver, client.videos.create_and_poll, prompt="a lighthouse")
    await driver.close(client)
    assert "last status 'in_progress'" in str(caught.value)
    assert fake.sleeps == [600.0] * 6  # the server's hint, up to the 1 h default
    methods = [(r.method, r.path) for r in fault_server.requests]
    assert methods[0] == ("POST", "/v1/videos")
    # one retrieve right after the create, then one after each sleep
    assert methods[1:] == [("GET", "/v1/videos/video_1")] * 7


async def test_videos_poll_until_completed(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.enqueue(
        json_reply({**VIDEO, "status": "in_progress"}),
        json_reply({**VIDEO, "status": "completed", "progress": 100}),
    )
    client: Any = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    fake = FakeTime()
    with use_timer(fake.timer()):
        video = await _call(driver, client.videos.poll, "video_1", poll_interval_ms=250)
    await driver.close(client)
    assert video.status == "completed" and video.progress == 100
    assert fake.sleeps == [0.25]


async def test_poll_timeout_argument_wins(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.default = json_reply({"id": "batch_1", "object": "batch", "status": "in_progress"})
    client: Any = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    fake = FakeTime()
    with use_timer(fake.timer()), pytest.raises(TimeoutError):
        await _call(driver, client.batches.poll, "batch_1", poll_timeout=5.0, poll_interval=2.0)
    await driver.close(client)
    assert fake.sleeps == [2.0, 2.0, 1.0]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"poll_interval": 1.0, "poll_interval_ms": 1000}, "not both"),
        ({"poll_interval_ms": "1000"}, "milliseconds"),
        ({"poll_interval_ms": True}, "milliseconds"),
        ({"poll_interval_ms": -5}, "interval"),
    ],
)
def test_bad_poll_interval_ms(
    fault_server: FaultServer, kwargs: dict[str, Any], message: str
) -> None:
    fault_server.handler = _never_moves
    client: Any = Driver("sync").client(base_url=fault_server.url + "/v1", max_retries=0)
    with client, pytest.raises(ConfigurationError, match=message):
        client.videos.poll("video_1", **kwargs)


RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "model": "gpt-4o-mini",
    "output": [],
    "status": "queued",
    "background": True,
}


async def test_background_response_create_and_poll(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(
        json_reply(RESPONSE),  # the create (background: the server answers at once)
        json_reply({**RESPONSE, "status": "in_progress"}),
        json_reply({**RESPONSE, "status": "completed"}, headers={"openai-poll-after-ms": "10"}),
    )
    client: Any = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    fake = FakeTime()
    with use_timer(fake.timer()):
        final = await _call(
            driver, client.responses.create_and_poll, model="gpt-4o-mini", input="Hi",
            background=True, poll_interval=2.0,
        )  # fmt: skip
    await driver.close(client)
    assert final.status == "completed"
    assert fake.sleeps == [2.0]
    first, *polls = fault_server.requests
    assert (first.method, first.path) == ("POST", "/v1/responses")
    assert first.json()["background"] is True
    assert [(r.method, r.path) for r in polls] == [("GET", "/v1/responses/resp_1")] * 2


RUN = {
    "id": "run_1",
    "object": "thread.run",
    "created_at": 1,
    "thread_id": "thread_9",
    "assistant_id": "asst_1",
    "status": "queued",
    "model": "gpt-4o-mini",
    "instructions": "",
    "tools": [],
    "metadata": {},
}


async def test_create_and_run_poll_polls_the_new_thread(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(json_reply(RUN), json_reply({**RUN, "status": "completed"}))
    client: Any = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    fake = FakeTime()
    with use_timer(fake.timer()):
        run = await _call(driver, client.threads.create_and_run_poll, assistant_id="asst_1")
    await driver.close(client)
    assert run.status == "completed"
    assert [(r.method, r.path) for r in fault_server.requests] == [
        ("POST", "/v1/threads/runs"),
        ("GET", "/v1/threads/thread_9/runs/run_1"),  # the thread the run reported
    ]


async def test_submit_tool_outputs_and_poll(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.enqueue(
        json_reply({**RUN, "status": "in_progress"}),
        json_reply({**RUN, "status": "requires_action"}),
    )
    client: Any = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    fake = FakeTime()
    with use_timer(fake.timer()):
        run = await _call(
            driver, client.threads.runs.submit_tool_outputs_and_poll, "run_1",
            thread_id="thread_9", tool_outputs=[{"tool_call_id": "call_1", "output": "42"}],
        )  # fmt: skip
    await driver.close(client)
    assert run.status == "requires_action"  # terminal for polling: the caller acts next
    first, second = fault_server.requests
    assert (first.method, first.path) == (
        "POST",
        "/v1/threads/thread_9/runs/run_1/submit_tool_outputs",
    )
    assert first.json()["tool_outputs"] == [{"tool_call_id": "call_1", "output": "42"}]
    assert (second.method, second.path) == ("GET", "/v1/threads/thread_9/runs/run_1")


def test_and_poll_helpers_send_stream_false_as_the_sdk() -> None:
    from integrations_openai.testing.fake import FakeOpenAI

    with FakeOpenAI() as fake, fake.client(max_retries=0) as client:
        assistant = client.beta.assistants.create(model="gpt-4o-mini")
        thread = client.beta.threads.create()
        run = client.beta.threads.runs.create_and_poll(
            thread_id=thread.id, assistant_id=assistant.id
        )
        assert run.status in TERMINAL_STATUSES["thread.run"]
        started = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/runs")]
        assert [r.json()["stream"] for r in started] == [False]
