"""Serve one mutated answer to one public call; allow only two outcomes, within bounds.

Outcomes: a result, or an exception of our taxonomy (``OpenAIError``). Anything else
escaping is a finding. Time is injected: ``time.sleep`` (retry backoff) and the polling
clock are replaced by a ``FakeTime`` that only adds up the seconds asked for, and every
request costs ``LATENCY`` simulated seconds. A case must finish within ``TIME_BOUND``
simulated seconds and ``REQUEST_BUDGET`` requests: a step count, never the wall clock.

Two ways to serve, the same oracle: ``httpx.MockTransport`` under the real transport stack
(in-process, fast: the normal suite) and a real HTTP/1.1 server on 127.0.0.1
(``tests.support.faultserver``: ``make fuzz``).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from integrations_openai import AsyncOpenAIClient, OpenAIClient, OpenAIError, polling, testing
from tests.support.faultserver import FaultServer, RecordedRequest, Reply

from .calls import ASYNC_CALLS
from .mutate import Answer
from .seeds import Seed

__all__ = [
    "REQUEST_BUDGET",
    "TIME_BOUND",
    "FakeTime",
    "Finding",
    "run_case",
    "run_case_async",
    "socket_client",
]

LATENCY = 0.25
REQUEST_BUDGET = 40
# 3 retries honouring retry-after up to the policy cap (60 s each) plus a 5 s poll deadline.
TIME_BOUND = 300.0
KEY = "sk-fuzz-0123456789abcdefghijklmn"


class Finding(AssertionError):
    """A case broke the contract: a raw exception, too many requests or too much time."""


class BudgetExceeded(BaseException):
    """Raised by the server side once a case has used its request budget.

    A ``BaseException``: nothing in the client may swallow it on its way out.
    """


class FakeTime:
    """The injected clock: ``sleep`` advances it, nothing waits."""

    def __init__(self) -> None:
        self.now = 0.0

    def sleep(self, seconds: float) -> None:
        self.now += max(float(seconds), 0.0)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def clock(self) -> float:
        return self.now


@contextlib.contextmanager
def injected_time(fake: FakeTime) -> Iterator[None]:
    """Route the client's sleeps and polling clock to ``fake`` for the block."""
    real_sleep, real_async_sleep = time.sleep, testing.async_sleep
    time.sleep = fake.sleep  # the retry layer's backoff (testing.sleep reads it per call)
    testing.async_sleep = fake.async_sleep  # type: ignore[assignment]  # read when a stack is built
    timer = polling.PollTimer(clock=fake.clock, sleep=fake.sleep, async_sleep=fake.async_sleep)
    try:
        with polling.use_timer(timer):
            yield
    finally:
        time.sleep, testing.async_sleep = real_sleep, real_async_sleep  # type: ignore[assignment]


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, body: bytes, size: int) -> None:
        self._body = body
        self._size = size

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self._body), self._size):
            yield self._body[start : start + self._size]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


class _Counter:
    def __init__(self, answer: Answer, fake: FakeTime, chunk: int) -> None:
        self.answer = answer
        self.fake = fake
        self.chunk = chunk
        self.requests = 0

    def tick(self) -> None:
        self.requests += 1
        self.fake.now += LATENCY
        if self.requests > REQUEST_BUDGET:
            raise BudgetExceeded(f"more than {REQUEST_BUDGET} requests")

    def mock(self, request: httpx.Request) -> httpx.Response:
        self.tick()
        a = self.answer
        headers = [*a.headers, (b"content-length", str(len(a.body)).encode())]
        return httpx.Response(a.status, headers=headers, stream=_Chunks(a.body, self.chunk))

    def reply(self, request: RecordedRequest) -> Reply:
        self.tick()
        a = self.answer
        headers = [(name, value.decode("latin-1")) for name, value in a.headers]
        if self.chunk >= len(a.body) or not a.body:
            return Reply(status=a.status, headers=headers, body=a.body)
        pieces = [a.body[i : i + self.chunk] for i in range(0, len(a.body), self.chunk)]
        return Reply(status=a.status, headers=headers, chunks=pieces)


def _mock_client(counter: _Counter) -> OpenAIClient:
    return OpenAIClient(
        api_key=KEY,
        base_url="http://127.0.0.1:9/v1",
        max_retries=3,
        transport=httpx.MockTransport(counter.mock),
    )


def _async_mock_client(counter: _Counter) -> AsyncOpenAIClient:
    return AsyncOpenAIClient(
        api_key=KEY,
        base_url="http://127.0.0.1:9/v1",
        max_retries=3,
        transport=httpx.MockTransport(counter.mock),
    )


def socket_client(server: FaultServer) -> OpenAIClient:
    """One client for many socket cases (its TLS context costs ~80 ms to build).

    Its pool carries connections from case to case, as in a long-lived process; the
    breaker is off so one case's failures do not turn the next cases into fast failures.
    """
    return OpenAIClient(
        api_key=KEY,
        base_url=server.url + "/v1",
        max_retries=3,
        timeout=30.0,
        circuit_breaker=False,
    )


_PROGRESS = os.environ.get("FUZZ_PROGRESS")  # a file to which long runs log their count
_done = [0]


def _count() -> None:
    _done[0] += 1
    if _PROGRESS and _done[0] % 500 == 0:
        with open(_PROGRESS, "a", encoding="utf-8") as out:
            out.write(f"{time.strftime('%H:%M:%S')} {_done[0]} cases\n")


def _judge(seed: Seed, answer: Answer, fake: FakeTime, outcome: Any) -> Any:
    _count()
    if fake.now > TIME_BOUND:
        raise Finding(f"{seed.name}: took {fake.now:.1f} simulated s ({answer.steps})")
    if KEY in repr(outcome) or KEY in str(outcome):
        raise Finding(f"{seed.name}: the API key leaked into the outcome ({answer.steps})")
    return outcome


@contextlib.contextmanager
def _oracle(seed: Seed, answer: Answer) -> Iterator[None]:
    """Let only ``OpenAIError`` out of the block (the caller records it as the outcome)."""
    try:
        yield
    except OpenAIError:
        raise
    except BudgetExceeded as exc:
        raise Finding(f"{seed.name}: unbounded: {exc} ({answer.steps})") from None
    except Exception as exc:
        raise Finding(
            f"{seed.name}: raw {type(exc).__name__} escaped ({answer.steps}): {exc!s:.300}"
        ) from exc


def run_case(
    seed: Seed,
    answer: Answer,
    *,
    chunk: int,
    server: FaultServer | None = None,
    client: OpenAIClient | None = None,
) -> Any:
    """Run one case; return the result or our exception, raise ``Finding`` otherwise.

    Without ``server`` the answer is served in-process (a fresh client each case); with
    it, over the socket to ``client`` (``socket_client(server)``, shared).
    """
    fake = FakeTime()
    counter = _Counter(answer, fake, chunk)
    outcome: Any
    with injected_time(fake), contextlib.ExitStack() as stack:
        if server is None:
            client = stack.enter_context(_mock_client(counter))
        else:
            assert client is not None
            server.handler = counter.reply
        try:
            with _oracle(seed, answer):
                outcome = seed.call(client)
        except OpenAIError as exc:
            outcome = exc
    return _judge(seed, answer, fake, outcome)


async def run_case_async(
    seed: Seed, answer: Answer, *, chunk: int, server: FaultServer | None = None
) -> Any:
    """``run_case`` for ``AsyncOpenAIClient``: in-process, or over the socket to ``server``
    (then on the default async network transport, aiohttp where installed)."""
    fake = FakeTime()
    counter = _Counter(answer, fake, chunk)
    outcome: Any
    with injected_time(fake):
        if server is None:
            client = _async_mock_client(counter)
        else:
            server.handler = counter.reply
            client = AsyncOpenAIClient(
                api_key=KEY, base_url=server.url + "/v1", max_retries=3, timeout=30.0
            )
        async with client:
            try:
                with _oracle(seed, answer):
                    outcome = await ASYNC_CALLS[seed.call](client)
            except OpenAIError as exc:
                outcome = exc
    return _judge(seed, answer, fake, outcome)
