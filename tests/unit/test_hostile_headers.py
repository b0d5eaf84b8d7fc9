"""Every parser of a server header, fed 100 KB: it ignores absurd values, in linear time.

The old ``x-ratelimit-reset-*`` parser backtracked quadratically (9.4 s at 20,000 digits):
at 100 KB that would be minutes, so these tests hang, rather than fail, on a regression.
"""

from __future__ import annotations

import httpx
import pytest

from integrations_openai._headers import (
    MAX_REQUEST_ID_CHARS,
    RateLimitInfo,
    non_negative_number,
    parse_reset_seconds,
    request_id_from,
    request_id_of,
)
from integrations_openai._policies import RetryPolicy
from integrations_openai.errors import (
    RateLimitError,
    StreamError,
    TimeoutError,
    error_from_response,
)
from integrations_openai.errors._failure import should_retry_hint
from integrations_openai.polling import default_timeout, poll, poll_after_seconds
from integrations_openai.stream._events import StreamCore
from integrations_openai.stream._sse import SSEParser
from integrations_openai.transport._boundary import rate_limit_of
from integrations_openai.transport._retry import _drainable
from integrations_openai.transport._retry_core import parse_retry_after, should_retry

SIZE = 100 * 1024

HOSTILE = {
    "digits": "9" * SIZE,
    "duration": "1" * SIZE + "s",
    "units": "1s" * (SIZE // 2),
    "decimal": "1." + "5" * SIZE + "ms",
    "spaces": " " * SIZE + "1",
    "date": "Wed, 21 Oct 2015 07:28:00 GMT" + " GMT" * (SIZE // 4),
    "unicode": "\u00b2" * SIZE,
}
RATE_HEADERS = [
    "x-ratelimit-limit-requests",
    "x-ratelimit-limit-tokens",
    "x-ratelimit-remaining-requests",
    "x-ratelimit-remaining-tokens",
    "x-ratelimit-reset-requests",
    "x-ratelimit-reset-tokens",
]


def hdrs(values: dict[str, str]) -> httpx.Headers:
    """Headers as they come off the wire: raw bytes (httpx decodes them on access)."""
    return httpx.Headers({name: value.encode() for name, value in values.items()})


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_reset_and_numbers_ignore_absurd_lengths(value: str) -> None:
    assert parse_reset_seconds(value) is None
    assert non_negative_number(value) is None


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_rate_limit_info_ignores_every_header(value: str) -> None:
    headers = hdrs({name: value for name in RATE_HEADERS})
    assert RateLimitInfo.from_headers(headers).is_empty
    assert rate_limit_of(httpx.Response(200, headers=headers)).is_empty


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_retry_after_and_poll_after_ignore_absurd_lengths(value: str) -> None:
    for name in ("retry-after", "retry-after-ms"):
        assert parse_retry_after(hdrs({name: value}), now=0.0) is None
    assert poll_after_seconds(hdrs({"openai-poll-after-ms": value})) is None
    verdict = should_retry(429, hdrs({"x-should-retry": value}), RetryPolicy())
    assert verdict.reason == "status=429"


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_content_length_is_not_drainable(value: str) -> None:
    response = httpx.Response(
        200, headers=hdrs({"content-length": value}), stream=httpx.ByteStream(b"")
    )
    assert _drainable(response, 1024) is False


def test_content_length_still_read_when_sane() -> None:
    response = httpx.Response(200, headers={"content-length": "10"}, stream=httpx.ByteStream(b""))
    assert _drainable(response, 1024) is True


def test_request_id_is_cut_and_redacted() -> None:
    rid = request_id_from(hdrs({"x-request-id": "sk-" + "a" * SIZE}))
    assert rid is not None and len(rid) <= MAX_REQUEST_ID_CHARS
    assert rid == "sk-***"


def test_request_id_is_read_once_per_response_and_masked() -> None:
    response = httpx.Response(200, headers={"x-request-id": "req sk-" + "b" * 40})
    first = request_id_of(response)
    assert first is not None and "sk-" + "b" * 40 not in first
    response.headers["x-request-id"] = "changed"  # read once: the first answer stays
    assert request_id_of(response) == first
    frozen = httpx.Response(200, headers={"x-request-id": "req_1"})
    frozen.extensions = _ReadOnly()  # httpx copies what it is given: replaced afterwards
    assert request_id_of(frozen) == request_id_of(frozen) == "req_1"
    assert request_id_of(httpx.Response(200)) is None


class _ReadOnly(dict[str, object]):
    def __setitem__(self, key: str, value: object) -> None:
        raise TypeError("read-only")


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_error_from_response_with_hostile_headers(value: str) -> None:
    headers = hdrs({**{name: value for name in RATE_HEADERS}, "x-request-id": value})
    error = error_from_response(429, headers, b'{"error": {"message": "slow down"}}')
    assert isinstance(error, RateLimitError)
    assert error.rate_limit is not None and error.rate_limit.is_empty
    assert error.request_id is not None and len(error.request_id) <= MAX_REQUEST_ID_CHARS


@pytest.mark.parametrize("value", ["9" * SIZE, "9" * 19])
def test_sse_retry_field_ignores_long_digit_runs(value: str) -> None:
    parser = SSEParser()
    events = parser.feed(f"retry: {value}\ndata: x\n\n".encode())
    assert [e.retry for e in events] == [None]
    assert [e.retry for e in parser.feed(b"retry: 1500\ndata: y\n\n")] == [1500]


def test_hostile_poll_after_never_sleeps_past_the_default_deadline() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    def fetch() -> tuple[object, dict[str, str]]:
        return {"status": "in_progress"}, {"openai-poll-after-ms": "1e15"}

    with pytest.raises(TimeoutError, match="polling deadline"):
        poll(fetch, kind="batch", sleep=sleep, clock=lambda: now[0])
    assert sum(slept) == default_timeout("batch")


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_should_retry_and_content_type_with_hostile_values(value: str) -> None:
    response = httpx.Response(
        200,
        headers=hdrs({"x-should-retry": value, "content-type": value}),
        request=httpx.Request("POST", "http://127.0.0.1/v1/x"),
    )
    assert should_retry_hint(response.headers) is None
    core: StreamCore[object] = StreamCore(response)
    with pytest.raises(StreamError, match="expected an event stream"):
        core.finish()
