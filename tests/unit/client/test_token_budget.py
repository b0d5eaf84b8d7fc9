"""The client-side token budget: each call's tokens estimated from its body, corrected from
the reply's ``usage``, overridable per copy; fake time only (an injected clock)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from integrations_openai_api.types import UNSET

from integrations_openai import OpenAIClient, RateLimitPolicy
from integrations_openai._options import apply_plan, options_of
from integrations_openai._plan import CallSettings, plan_call
from integrations_openai.config import Timeout
from integrations_openai.errors import ConfigurationError
from integrations_openai.transport._ratelimit import (
    AsyncRateLimitTransport,
    HostLimiter,
    RateLimitTransport,
    estimate_tokens,
    usage_tokens,
)
from tests.support.drivers import TEST_KEY
from tests.support.resilience import MODES, FakeClock, send

TEXT_5000 = "x" * 19_000  # 4,750 tokens of input ...
BODY_5000 = {"model": "m", "messages": [{"role": "user", "content": TEXT_5000}], "max_tokens": 248}
COUNTING = CallSettings(timeout=Timeout(), max_retries=0, count_tokens=True)


class Message:
    """Stands in for a generated request model (it has ``to_dict``)."""

    def to_dict(self) -> dict[str, Any]:
        return {"role": "user", "content": "abcdefgh"}


def test_estimate_is_text_over_four_plus_the_output_cap() -> None:
    assert estimate_tokens(BODY_5000) == 5000  # ceil((1 + 4 + 19000) / 4) + 248
    assert estimate_tokens({"input": "abcd", "max_output_tokens": 10}) == 11
    assert estimate_tokens({"prompt": ["ab", "cd"], "max_completion_tokens": 3}) == 4
    assert estimate_tokens({"messages": [Message()]}) == 3  # "user" + "abcdefgh"
    assert estimate_tokens({"file": b"x" * 400, "max_tokens": UNSET, "n": 2}) == 0
    deep: Any = "abcd"
    for _ in range(100):
        deep = [deep]
    assert estimate_tokens({"input": deep}) == 0  # pathological nesting is not walked


def test_usage_is_read_from_a_buffered_json_reply_only() -> None:
    body = b'{"choices": [{"text": "\\"total_tokens\\": 9"}], "usage": {"total_tokens": 321}}'
    reply = httpx.Response(200, content=body, headers={"content-type": "application/json"})
    assert usage_tokens(reply) == 321
    assert usage_tokens(httpx.Response(200, text="total_tokens: 5")) is None
    no_usage = httpx.Response(200, json={"id": "x"})
    assert usage_tokens(no_usage) is None
    broken = httpx.Response(200, content=b'{"total_tokens": "many"}', headers=no_usage.headers)
    assert usage_tokens(broken) is None

    def chunks() -> Any:
        yield body

    streamed = httpx.Response(200, content=chunks(), headers=no_usage.headers)
    assert usage_tokens(streamed) is None


def test_settle_replaces_the_estimate_inside_the_window() -> None:
    limiter = HostLimiter("h", RateLimitPolicy(tokens_per_minute=10_000))
    booked = limiter.take(6000, 0.0)
    assert booked.wait == 0 and limiter.reserve(6000, 1.0).wait > 0
    limiter.settle(booked.booking, 100, 1.0)
    assert limiter.reserve(6000, 1.0).wait == 0
    limiter.settle(None, 5, 1.0)  # nothing booked: nothing to correct
    old = limiter.take(10, 2.0)
    assert limiter.reserve(0, 200.0).wait == 0  # the window moved on
    limiter.settle(old.booking, 9000, 200.0)
    assert limiter.reserve(9000, 200.0).wait == 0


def budget_request(body: dict[str, Any], settings: CallSettings = COUNTING) -> httpx.Request:
    request = httpx.Request("POST", "https://api.test/v1/chat/completions", json=body)
    apply_plan(request, plan_call(settings, None, now=0.0, body=body))
    return request


def transport(mode: str, handler: Any, policy: RateLimitPolicy, clock: FakeClock) -> Any:
    mock = httpx.MockTransport(handler)
    if mode == "sync":
        return RateLimitTransport(mock, policy, sleep=clock.sleep, clock=clock)
    return AsyncRateLimitTransport(mock, policy, sleep=clock.asleep, clock=clock)


@pytest.mark.parametrize("mode", MODES)
async def test_five_5000_token_calls_are_held_to_the_budget(mode: str) -> None:
    clock, sent = FakeClock(0.0), []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        return httpx.Response(200, json={"id": "x"})  # no usage: the estimates stand

    stack = transport(mode, handler, RateLimitPolicy(tokens_per_minute=12_000), clock)
    for _ in range(5):
        await send(mode, stack, budget_request(BODY_5000))
    assert sent == [0.0, 0.0, 60.0, 60.0, 120.0]


@pytest.mark.parametrize("mode", MODES)
async def test_usage_frees_what_the_estimate_booked(mode: str) -> None:
    clock, sent = FakeClock(0.0), []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        return httpx.Response(200, json={"id": "x", "usage": {"total_tokens": 1000}})

    stack = transport(mode, handler, RateLimitPolicy(tokens_per_minute=12_000), clock)
    for _ in range(5):
        await send(mode, stack, budget_request(BODY_5000))
    assert sent == [0.0] * 5  # 5 x 1,000 real tokens fit in the minute


@pytest.mark.parametrize("mode", MODES)
async def test_a_fixed_estimate_overrides_the_body(mode: str) -> None:
    clock, sent = FakeClock(0.0), []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        return httpx.Response(200, json={})

    fixed = CallSettings(timeout=Timeout(), max_retries=0, count_tokens=True, estimated_tokens=10)
    stack = transport(mode, handler, RateLimitPolicy(tokens_per_minute=12_000), clock)
    for _ in range(5):
        await send(mode, stack, budget_request(BODY_5000, fixed))
    assert sent == [0.0] * 5


def test_the_client_puts_its_estimate_on_each_call() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "modr", "model": "m", "results": []})

    budget = RateLimitPolicy(tokens_per_minute=100_000)
    client = OpenAIClient(api_key=TEST_KEY, transport=httpx.MockTransport(handler))
    limited = client.copy(rate_limit=budget)
    limited.moderations.create(input="x" * 400)
    limited.with_options(estimated_tokens=7).moderations.create(input="x" * 400)
    client.moderations.create(input="x" * 400)  # no token budget: nothing estimated
    estimates = [getattr(options_of(r), "estimated_tokens", "?") for r in seen]
    assert estimates == [100, 7, None]
    client.close()


def test_a_call_larger_than_the_whole_budget_is_not_sent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = OpenAIClient(
        api_key=TEST_KEY,
        transport=httpx.MockTransport(handler),
        rate_limit=RateLimitPolicy(tokens_per_minute=100),
        max_retries=0,
    )
    with pytest.raises(ConfigurationError, match="exceeds tokens_per_minute=100"):
        client.chat.completions.create(model="m", messages=BODY_5000["messages"])
    assert seen == []
    with pytest.raises(ConfigurationError, match="estimated_tokens"):
        client.with_options(estimated_tokens=-1)
    client.close()


def test_a_raw_json_request_is_estimated_too() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = OpenAIClient(
        api_key=TEST_KEY,
        transport=httpx.MockTransport(handler),
        rate_limit=RateLimitPolicy(tokens_per_minute=100_000),
    )
    client.request("POST", "/responses", json={"input": "abcd" * 10, "max_output_tokens": 5})
    client.request("POST", "/files", content=b"raw")
    assert [getattr(options_of(r), "estimated_tokens", "?") for r in seen] == [15, None]
    client.close()
