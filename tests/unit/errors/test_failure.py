"""The failure classifier: one table, a row per case, and every layer agreeing with it.

Each row states, for one failure, the exception class the caller gets, its ``retryable``,
how the breaker counts the attempt and whether the retry layer (default policy) tries again.
The same row is then checked through each consumer: the error builders (boundary, streams,
downloads), the retry core's verdicts and the breaker's outcome, so no layer can drift.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import httpx
import pytest

from integrations_openai import errors
from integrations_openai._policies import RetryPolicy
from integrations_openai.errors._classify import error_for_exception, error_from_response
from integrations_openai.errors._failure import (
    Outcome,
    Phase,
    breaker_outcome,
    classify_exception,
    classify_response,
    is_insufficient_quota,
    should_retry_hint,
)
from integrations_openai.transport._deadline import deadline_error
from integrations_openai.transport._retry_core import retryable_exception, should_retry

S, F, N = Outcome.SUCCESS, Outcome.FAILURE, Outcome.NEUTRAL
POLICY = RetryPolicy()


def body(code: str | None = None, err_type: str | None = None) -> bytes:
    return json.dumps({"error": {"message": "m", "code": code, "type": err_type}}).encode()


QUOTA = body("insufficient_quota", "insufficient_quota")
RETRY_TRUE = {"x-should-retry": "true"}
RETRY_FALSE = {"x-should-retry": "false"}


@attrs.frozen
class StatusRow:
    status: int
    error: type[errors.OpenAIError]
    retryable: bool
    breaker: Outcome
    retried: bool
    headers: dict[str, str] = attrs.field(factory=dict)
    content: bytes = b""


STATUS_ROWS = {
    "400": StatusRow(400, errors.BadRequestError, False, S, False),
    "400 content policy": StatusRow(
        400, errors.ContentPolicyError, False, S, False, content=body("content_policy_violation")
    ),
    "400 x-should-retry true": StatusRow(400, errors.BadRequestError, True, S, True, RETRY_TRUE),
    "401": StatusRow(401, errors.AuthenticationError, False, S, False),
    "403": StatusRow(403, errors.PermissionDeniedError, False, S, False),
    "404": StatusRow(404, errors.NotFoundError, False, S, False),
    "408": StatusRow(408, errors.RequestTimeoutError, True, S, True),
    "409": StatusRow(409, errors.ConflictError, True, S, True),
    "418 unknown": StatusRow(418, errors.APIStatusError, False, S, False),
    "422": StatusRow(422, errors.UnprocessableEntityError, False, S, False),
    "429": StatusRow(429, errors.RateLimitError, True, S, True),
    "429 x-should-retry false": StatusRow(429, errors.RateLimitError, False, S, False, RETRY_FALSE),
    "429 insufficient_quota": StatusRow(
        429, errors.QuotaExceededError, False, S, False, content=QUOTA
    ),
    "429 insufficient_quota + x-should-retry true": StatusRow(
        429, errors.QuotaExceededError, False, S, False, RETRY_TRUE, QUOTA
    ),
    "429 quota as type only": StatusRow(
        429, errors.QuotaExceededError, False, S, False, content=body(None, "insufficient_quota")
    ),
    "429 quota text in HTML": StatusRow(
        429, errors.RateLimitError, True, S, True, content=b"<p>insufficient_quota</p>"
    ),
    "500": StatusRow(500, errors.ServerError, True, F, True),
    "502 HTML page": StatusRow(502, errors.ServerError, True, F, True, content=b"<html>bad</html>"),
    "503 x-should-retry false": StatusRow(503, errors.ServerError, False, F, False, RETRY_FALSE),
    "599": StatusRow(599, errors.ServerError, True, F, True),
}


@pytest.mark.parametrize("row", STATUS_ROWS.values(), ids=STATUS_ROWS.keys())
def test_status_rows(row: StatusRow) -> None:
    failure = classify_response(row.status, row.headers, row.content)
    assert (failure.error, failure.retryable, failure.breaker) == (
        row.error,
        row.retryable,
        row.breaker,
    )
    assert failure.retries_under(POLICY.retry_statuses, row.status) is row.retried
    # The boundary raises exactly that, with that retryable.
    error = error_from_response(row.status, row.headers, row.content)
    assert type(error) is row.error and error.retryable is row.retryable
    # The retry layer and the breaker act on the same verdict.
    assert should_retry(row.status, row.headers, POLICY, row.content).retry is row.retried
    assert breaker_outcome(row.status) is row.breaker


def test_quota_never_retryable_even_when_the_server_says_so() -> None:
    error = error_from_response(429, RETRY_TRUE, QUOTA)
    assert isinstance(error, errors.QuotaExceededError) and error.retryable is False
    assert should_retry(429, RETRY_TRUE, POLICY, QUOTA).reason == "insufficient_quota"


def test_the_policy_statuses_decide_without_a_hint() -> None:
    narrow = RetryPolicy(retry_statuses={503})
    assert should_retry(500, {}, narrow).retry is False
    assert should_retry(503, {}, narrow).retry is True
    assert should_retry(500, RETRY_TRUE, narrow).retry is True  # the server's word wins
    assert should_retry(200, {}, narrow).retry is False


@pytest.mark.parametrize(
    ("value", "hint"),
    [("true", True), (" FALSE ", False), ("maybe", None), ("", None), (None, None)],
)
def test_should_retry_hint(value: str | None, hint: bool | None) -> None:
    headers = {} if value is None else {"x-should-retry": value}
    assert should_retry_hint(headers) is hint


def test_is_insufficient_quota() -> None:
    assert is_insufficient_quota(QUOTA)
    assert not is_insufficient_quota(None)
    assert not is_insufficient_quota(b"insufficient_quota")  # not JSON
    assert not is_insufficient_quota(body("rate_limit_exceeded"))


REQUEST = httpx.Request("GET", "https://api.openai.com/v1/models")


@attrs.frozen
class ExceptionRow:
    exc: BaseException
    error: type[errors.OpenAIError]
    retryable: bool
    breaker: Outcome
    retried: bool
    phase: Phase = Phase.HEADERS


def _with_cause(error: errors.OpenAIError, cause: BaseException) -> errors.OpenAIError:
    error.__cause__ = cause
    return error


EXCEPTION_ROWS: dict[str, ExceptionRow] = {
    "connect error": ExceptionRow(httpx.ConnectError("x"), errors.NetworkError, True, F, True),
    "connect timeout": ExceptionRow(httpx.ConnectTimeout("x"), errors.TimeoutError, True, F, True),
    "read timeout": ExceptionRow(httpx.ReadTimeout("x"), errors.TimeoutError, True, F, True),
    "write timeout": ExceptionRow(httpx.WriteTimeout("x"), errors.TimeoutError, True, F, True),
    "pool timeout: our pool, not the host": ExceptionRow(
        httpx.PoolTimeout("x"), errors.TimeoutError, True, N, True
    ),
    "cut mid-response": ExceptionRow(
        httpx.RemoteProtocolError("x"), errors.NetworkError, True, F, True
    ),
    "read error": ExceptionRow(httpx.ReadError("x"), errors.NetworkError, True, F, True),
    "proxy error": ExceptionRow(httpx.ProxyError("x"), errors.NetworkError, True, F, True),
    "socket reset": ExceptionRow(ConnectionResetError("x"), errors.NetworkError, True, F, True),
    "local protocol error": ExceptionRow(
        httpx.LocalProtocolError("x"), errors.NetworkError, False, N, False
    ),
    "too many redirects": ExceptionRow(
        httpx.TooManyRedirects("x"), errors.NetworkError, False, N, False
    ),
    "bad scheme": ExceptionRow(
        httpx.UnsupportedProtocol("x"), errors.ConfigurationError, False, N, False
    ),
    "bad URL": ExceptionRow(httpx.InvalidURL("x"), errors.ConfigurationError, False, N, False),
    "undecodable body": ExceptionRow(
        httpx.DecodingError("x"), errors.ResponseDecodeError, False, N, False
    ),
    "stream misuse": ExceptionRow(httpx.StreamClosed(), errors.StreamError, False, N, False),
    "bad JSON": ExceptionRow(
        json.JSONDecodeError("x", "{", 0), errors.ResponseDecodeError, False, N, False
    ),
    "a bug": ExceptionRow(KeyError("x"), errors.OpenAIError, False, N, False),
    "ours: network error": ExceptionRow(
        errors.NetworkError("x"), errors.NetworkError, True, F, True
    ),
    "ours: timeout": ExceptionRow(errors.TimeoutError("x"), errors.TimeoutError, True, F, True),
    "ours: the call's deadline": ExceptionRow(
        deadline_error("x"), errors.TimeoutError, True, N, False
    ),
    "ours: circuit open": ExceptionRow(
        errors.CircuitOpenError("x", host="h", retry_at=0, retry_after=0),
        errors.CircuitOpenError,
        False,
        N,
        False,
    ),
    "ours: client-side rate limit": ExceptionRow(
        errors.RateLimitError("x"), errors.RateLimitError, True, N, False
    ),
    "stream: cut": ExceptionRow(
        httpx.RemoteProtocolError("x"), errors.StreamCutError, False, N, False, Phase.STREAM
    ),
    "stream: cut, mapped by the boundary": ExceptionRow(
        _with_cause(errors.NetworkError("x"), httpx.RemoteProtocolError("x")),
        errors.StreamCutError,
        False,
        N,
        False,
        Phase.STREAM,
    ),
    "stream: reset": ExceptionRow(
        httpx.ReadError("x"), errors.NetworkError, False, N, False, Phase.STREAM
    ),
    "stream: stalled": ExceptionRow(
        httpx.ReadTimeout("x"), errors.TimeoutError, False, N, False, Phase.STREAM
    ),
    "stream: misuse": ExceptionRow(
        httpx.StreamClosed(), errors.StreamError, False, N, False, Phase.STREAM
    ),
    "download: reset": ExceptionRow(
        httpx.ReadError("x"), errors.NetworkError, False, N, False, Phase.BODY
    ),
    "download: stalled": ExceptionRow(
        httpx.ReadTimeout("x"), errors.TimeoutError, False, N, False, Phase.BODY
    ),
}


@pytest.mark.parametrize("row", EXCEPTION_ROWS.values(), ids=EXCEPTION_ROWS.keys())
def test_exception_rows(row: ExceptionRow) -> None:
    failure = classify_exception(row.exc, row.phase)
    assert (failure.error, failure.retryable, failure.breaker, failure.retry) == (
        row.error,
        row.retryable,
        row.breaker,
        row.retried,
    )
    if row.phase is Phase.HEADERS:
        # What the boundary raises, what the retry layer and the breaker do: the same row.
        error = error_for_exception(row.exc)
        assert type(error) is row.error and error.retryable is row.retryable
        assert (retryable_exception(row.exc) is not None) is row.retried


def test_ours_pass_through_the_boundary_unchanged() -> None:
    ours = errors.NetworkError("x")
    assert error_for_exception(ours) is ours


def test_messages_say_what_happened_without_the_key() -> None:
    error = error_for_exception(httpx.PoolTimeout("sk-secret-0123456789abcdef0123"))
    assert str(error) == error.message == "Request timed out."  # the SDK's words
    assert error.detail.startswith("pool (no free connection) timeout (PoolTimeout: ")
    assert "sk-secret-0123456789abcdef0123" not in error.detail + repr(error)
    refused = error_for_exception(httpx.ConnectError("refused"))
    assert (str(refused), refused.detail) == (
        "Connection error.",
        "network error (ConnectError: refused)",
    )
    assert error_for_exception(httpx.InvalidURL("x")).message == "bad request URL (InvalidURL: x)"


def test_error_events_are_stream_errors_with_the_api_fields() -> None:
    from integrations_openai.errors._classify import error_from_event

    payload: dict[str, Any] = {"error": {"message": "m", "code": 42, "param": "p", "type": "t"}}
    error = error_from_event(payload, "req_1")
    assert (error.message, error.code, error.param, error.type) == ("m", "42", "p", "t")
    assert error.request_id == "req_1" and error.body == payload["error"]  # as the SDK's
    assert error_from_event({"error": "boom"}).message == "boom"
    bare = error_from_event({"type": "error"})
    assert (bare.message, bare.body) == ("An error occurred during streaming", {"type": "error"})


def test_success_costs_one_comparison() -> None:
    # The breaker's success path returns a shared constant (nothing allocated).
    assert breaker_outcome(200) is breaker_outcome(204) is Outcome.SUCCESS
