"""The pure retry decisions, property-tested with hypothesis (no I/O, no sleeping)."""

from __future__ import annotations

import email.utils
import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integrations_openai._policies import RetryPolicy
from integrations_openai.errors import TimeoutError
from integrations_openai.instrumentation import Hooks
from integrations_openai.transport._retry_core import (
    RetryCall,
    backoff_delay,
    is_insufficient_quota,
    parse_retry_after,
    should_retry,
)
from tests.support.resilience import request

policies = st.builds(
    RetryPolicy,
    initial_backoff=st.floats(0, 10),
    multiplier=st.floats(1, 1e6),
    max_backoff=st.floats(0, 120),
)
NOW = 1_700_000_000.0


@given(policy=policies, retry=st.integers(1, 100))
def test_backoff_is_within_zero_and_the_capped_exponential(policy: RetryPolicy, retry: int) -> None:
    ceiling = backoff_delay(retry, policy, jitter=lambda x: x)
    try:
        expected = policy.initial_backoff * policy.multiplier ** (retry - 1)
    except OverflowError:
        expected = policy.max_backoff
    assert ceiling == pytest.approx(min(policy.max_backoff, expected))
    assert 0.0 <= backoff_delay(retry, policy) <= ceiling  # default: backoff.full_jitter


@given(retry=st.integers(1, 30))
def test_ceiling_grows_then_stays_capped(retry: int) -> None:
    policy = RetryPolicy()
    now = backoff_delay(retry, policy, jitter=lambda x: x)
    after = backoff_delay(retry + 1, policy, jitter=lambda x: x)
    assert now <= after <= policy.max_backoff


def test_jitter_is_clamped_into_range() -> None:
    policy = RetryPolicy()
    assert backoff_delay(1, policy, jitter=lambda x: x * 10) == 0.5
    assert backoff_delay(1, policy, jitter=lambda x: -1.0) == 0.0


@given(seconds=st.integers(0, 10**6))
def test_retry_after_integer_seconds(seconds: int) -> None:
    assert parse_retry_after({"retry-after": str(seconds)}, NOW) == seconds


@given(millis=st.floats(0, 1e7, allow_nan=False))
def test_retry_after_ms_wins(millis: float) -> None:
    headers = {"retry-after-ms": repr(millis), "retry-after": "99"}
    assert parse_retry_after(headers, NOW) == pytest.approx(millis / 1000)


@given(offset=st.integers(-(10**6), 10**6), form=st.sampled_from(["imf", "rfc850", "asctime"]))
def test_retry_after_http_dates(offset: int, form: str) -> None:
    when = datetime.fromtimestamp(NOW, UTC) + timedelta(seconds=offset)
    text = {
        "imf": email.utils.format_datetime(when, usegmt=True),
        "rfc850": when.strftime("%A, %d-%b-%y %H:%M:%S GMT"),
        "asctime": when.strftime("%a %b %d %H:%M:%S %Y"),
    }[form]
    assert parse_retry_after({"retry-after": text}, NOW) == pytest.approx(max(0, offset), abs=1)


@given(text=st.text(max_size=40))
def test_retry_after_never_raises_and_is_never_negative(text: str) -> None:
    for headers in ({"retry-after": text}, {"retry-after-ms": text}):
        value = parse_retry_after(headers, NOW)
        assert value is None or value >= 0


@pytest.mark.parametrize("text", ["-1", "nan", "inf", "", "soon", "Mon, 99 Foo 2020"])
def test_unreadable_retry_after_is_ignored(text: str) -> None:
    assert parse_retry_after({"retry-after": text}, NOW) is None
    assert parse_retry_after({}, NOW) is None


@given(
    status=st.integers(100, 599),
    hint=st.sampled_from([None, "true", "false", "TRUE", "maybe"]),
    body=st.binary(max_size=200),
)
def test_should_retry_is_total_and_consistent(status: int, hint: str | None, body: bytes) -> None:
    headers = {"x-should-retry": hint} if hint else {}
    verdict = should_retry(status, headers, RetryPolicy(), body)
    assert verdict.reason
    if status < 400:
        assert not verdict.retry
    elif hint and hint.lower() in ("true", "false"):
        assert verdict.retry == (hint.lower() == "true")
    else:
        assert verdict.retry == (status in RetryPolicy().retry_statuses)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": {"code": "insufficient_quota"}}, True),
        ({"error": {"type": "insufficient_quota", "code": None}}, True),
        ({"error": {"code": "rate_limit_exceeded", "message": "insufficient_quota?"}}, False),
        ({"error": "insufficient_quota"}, False),
        (["insufficient_quota"], False),
    ],
)
def test_insufficient_quota_detection(body: object, expected: bool) -> None:
    assert is_insufficient_quota(json.dumps(body).encode()) is expected
    assert not is_insufficient_quota(b"<html>insufficient_quota</html>")
    assert not is_insufficient_quota(None)


outcomes = st.lists(
    st.one_of(
        st.sampled_from([200, 400, 408, 429, 500, 503]),
        st.just("network"),
        st.tuples(st.just(503), st.floats(0, 100)),  # a 503 with retry-after seconds
    ),
    min_size=1,
    max_size=20,
)


@settings(max_examples=300, deadline=None)
@given(
    script=outcomes,
    max_retries=st.integers(0, 10),
    budget=st.one_of(st.none(), st.floats(0.01, 30)),
    initial=st.floats(0, 5),
)
def test_the_call_state_respects_attempts_and_deadline(
    script: list[object], max_retries: int, budget: float | None, initial: float
) -> None:
    """Drive ``RetryCall`` like a driver does, over any script of attempt outcomes."""
    policy = RetryPolicy(max_retries=max_retries, initial_backoff=initial, max_backoff=10)
    now = 100.0
    deadline = None if budget is None else now + budget
    call = RetryCall(request(deadline=deadline), policy, Hooks(), wall=lambda: NOW)
    attempts = 0
    keys = set()
    for outcome in script:
        try:
            attempt = call.next_request(now)
        except TimeoutError:
            assert deadline is not None and now >= deadline
            return
        attempts += 1
        keys.add(attempt.headers["idempotency-key"])
        assert attempt.headers["x-retry-count"] == str(attempts - 1)
        try:
            if outcome == "network":
                wait = call.on_error(httpx.ConnectError("x"), now)
            else:
                status, after = outcome if isinstance(outcome, tuple) else (outcome, None)
                headers = {"retry-after": str(after)} if after is not None else {}
                step = call.on_response(httpx.Response(status, headers=headers), now)
                if step.peek:
                    step = call.on_response(httpx.Response(status), now, body=b"{}", peeked=True)
                if step.final:
                    break
                if step.error is not None:
                    raise step.error
                wait = step.wait
        except (httpx.ConnectError, TimeoutError):
            break
        now += wait
        assert deadline is None or now <= deadline  # never sleeps past the deadline
    assert attempts <= max_retries + 1
    assert len(keys) == 1


def test_retry_after_numbers_are_read_by_the_one_shared_header_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One reader of "a plain non-negative number" for every header (no private copy here).
    from integrations_openai import _headers
    from integrations_openai.transport import _retry_core

    seen: list[str] = []

    def spy(text: str) -> float | None:
        seen.append(text)
        return _headers.non_negative_number(text)

    monkeypatch.setattr(_retry_core, "non_negative_number", spy)
    assert parse_retry_after({"retry-after-ms": "1500"}, NOW) == pytest.approx(1.5)
    assert parse_retry_after({"retry-after": "2"}, NOW) == 2
    assert seen == ["1500", "2"]
