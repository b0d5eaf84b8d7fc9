"""The taxonomy: our classes, the SDK's names inside the same tree, attributes, redaction."""

from __future__ import annotations

import builtins
import pickle

import httpx
import httpx2
import openai
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import integrations_openai
from integrations_openai import _redact, errors
from integrations_openai.errors import error_from_response

# The SDK's exception names a drop-in must resolve (issue: "except openai.X").
SDK_NAMES = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "InternalServerError",
    "LengthFinishReasonError",
    "NotFoundError",
    "OpenAIError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


def test_errors_all_is_sorted_and_matches_public_classes() -> None:
    names = list(errors.__all__)
    assert names == sorted(names)
    public = {n for n in vars(errors) if not n.startswith("_") and n[0].isupper()}
    assert public == set(names) - {"error_from_response"}
    assert all(getattr(errors, n).__module__ == "integrations_openai.errors" for n in public)


@pytest.mark.parametrize("name", SDK_NAMES)
def test_every_sdk_name_is_exported_and_an_exception(name: str) -> None:
    cls = getattr(integrations_openai, name)
    assert cls is getattr(errors, name)
    assert issubclass(cls, integrations_openai.OpenAIError)
    assert name in integrations_openai.__all__


def _sdk_error(status: int, body: dict[str, object]) -> openai.APIStatusError:
    client = openai.OpenAI(api_key="sk-test", base_url="http://127.0.0.1:9")
    response = httpx2.Response(status, request=httpx2.Request("GET", "http://x"), json=body)
    return client._make_status_error_from_response(response)


STATUSES = [400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 418, 413]


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("code", [None, "insufficient_quota", "content_policy_violation"])
def test_status_errors_match_the_sdk_clause_for_clause(status: int, code: str | None) -> None:
    """For the same response, each ``except X`` catches ours exactly when it catches the SDK's."""
    body = {"error": {"message": "m", "type": "t", "code": code, "param": "p"}}
    theirs = _sdk_error(status, body)
    ours = error_from_response(
        status, {"x-request-id": "req_1"}, httpx.Response(200, json=body).content
    )
    for name in SDK_NAMES:
        assert isinstance(theirs, getattr(openai, name)) == isinstance(
            ours, getattr(integrations_openai, name)
        ), (status, code, name)
    assert (ours.status_code, ours.code, ours.param, ours.type, ours.body) == (
        theirs.status_code,
        theirs.code,
        theirs.param,
        theirs.type,
        theirs.body,
    )


def test_our_classes_are_where_the_sdk_names_say() -> None:
    assert issubclass(errors.BadRequestError, errors.ValidationError)
    assert issubclass(errors.UnprocessableEntityError, errors.ValidationError)
    assert issubclass(errors.ContentPolicyError, errors.BadRequestError)
    assert issubclass(errors.QuotaExceededError, errors.RateLimitError)
    assert errors.QuotaExceededError.retryable is False and errors.RateLimitError.retryable
    assert errors.InternalServerError is errors.ServerError
    assert errors.APITimeoutError is errors.TimeoutError
    assert issubclass(errors.TimeoutError, errors.APIConnectionError)
    assert issubclass(errors.TimeoutError, builtins.TimeoutError)
    assert not issubclass(errors.TimeoutError, errors.NetworkError)
    assert issubclass(errors.NetworkError, errors.APIConnectionError)
    assert issubclass(errors.CircuitOpenError, errors.APIConnectionError)
    assert issubclass(errors.ResponseDecodeError, errors.APIResponseValidationError)
    assert issubclass(errors.StreamError, errors.APIError)
    assert issubclass(errors.StreamCutError, errors.StreamError)
    assert issubclass(errors.StreamCutError, errors.APIConnectionError)
    assert not errors.StreamCutError.retryable  # events already reached the caller
    assert not issubclass(errors.ConfigurationError, errors.APIError)


def test_408_is_a_status_error_and_a_timeout() -> None:
    err = error_from_response(408, {}, b"")
    assert isinstance(err, errors.RequestTimeoutError)
    assert isinstance(err, errors.APIStatusError) and isinstance(err, errors.TimeoutError)
    assert err.retryable
    assert errors.RequestTimeoutError("built by hand").status_code == 408


def test_status_error_carries_the_sdk_attributes() -> None:
    request = httpx.Request("POST", "http://h/v1/chat/completions")
    content = (
        b'{"error": {"message": "bad", "type": "invalid_request_error", "code": 7, "param": "n"}}'
    )
    err = error_from_response(
        400,
        {"x-request-id": "req_9", "content-type": "application/json", "content-encoding": "gzip"},
        content,
        request=request,
    )
    assert err.message == str(err) == "Error code: 400 - bad"  # the SDK's text
    assert err.detail == "bad"  # the server's own words
    assert err.request is request and err.response is not None
    assert err.response.request is request
    assert err.response.status_code == 400 and err.response.json()["error"]["param"] == "n"
    assert err.response.headers["x-request-id"] == "req_9"
    assert (err.status_code, err.request_id, err.code, err.param, err.type) == (
        400,
        "req_9",
        "7",
        "n",
        "invalid_request_error",
    )
    assert err.body == {"message": "bad", "type": "invalid_request_error", "code": 7, "param": "n"}


def test_non_json_error_keeps_a_snippet_as_body() -> None:
    err = error_from_response(502, {"content-type": "text/html"}, b"<html>Bad gateway</html>")
    assert isinstance(err, errors.InternalServerError)
    assert err.body == "<html>Bad gateway</html>"
    assert err.response is not None and err.response.text == "<html>Bad gateway</html>"


def test_errors_can_be_built_the_sdk_way() -> None:
    request = httpx.Request("GET", "http://h/v1/models")
    conn = errors.APIConnectionError(request=request)
    assert (conn.message, conn.request) == ("Connection error.", request)
    timeout = errors.APITimeoutError(request)  # the SDK takes the request positionally
    assert (timeout.message, timeout.request) == ("Request timed out.", request)
    response = httpx.Response(429, headers={"x-request-id": "req_2"}, request=request)
    limited = errors.RateLimitError("slow down", response=response, body=None)
    assert (limited.status_code, limited.request_id, limited.request) == (429, "req_2", request)
    assert errors.NotFoundError("x", response=httpx.Response(404)).request is None
    generic = errors.APIError("failed", request, body={"code": "x"})  # the SDK's positional form
    assert (generic.request, generic.body) == (request, {"code": "x"})


def test_finish_reason_errors_keep_the_completion() -> None:
    class Usage:
        def __str__(self) -> str:
            return "usage(10)"

    class Completion:
        usage = Usage()

    completion = Completion()
    cut = errors.LengthFinishReasonError(completion=completion)
    assert cut.completion is completion
    assert (
        str(cut) == "Could not parse response content as the length limit was reached - usage(10)"
    )
    assert errors.LengthFinishReasonError(completion=None, message="m").message == "m"
    filtered = errors.ContentFilterFinishReasonError()
    assert filtered.completion is None
    assert filtered.message == (
        "Could not parse response content as the request was rejected by the content filter"
    )


def test_errors_pickle_by_their_public_name() -> None:
    err = errors.NetworkError("reset")
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is errors.NetworkError and clone.message == "reset"


def test_raised_errors_print_the_sdks_names() -> None:
    """A program switched from the SDK prints the same class name, repr and traceback line."""
    request = httpx.Request("GET", "http://h/v1/models")
    response = httpx.Response(503, request=request)
    pairs = [
        (errors.NetworkError(request=request), openai.APIConnectionError(request=request)),
        (errors.TimeoutError(request), openai.APITimeoutError(request)),
        (
            errors.ServerError("Error code: 503", response=response),
            openai.InternalServerError("Error code: 503", response=response, body=None),
        ),
    ]
    for ours, theirs in pairs:
        assert type(ours).__name__ == type(theirs).__name__
        assert type(ours).__qualname__ == type(theirs).__qualname__  # traceback's last line
        assert repr(ours) == repr(theirs) and str(ours) == str(theirs)
    assert repr(errors.NotFoundError("gone")) == "NotFoundError('gone')"
    assert errors.NetworkError is not errors.APIConnectionError  # printed alike, caught apart


@pytest.mark.parametrize(
    "raised",
    [
        errors.TimeoutError("t"),
        errors.CircuitOpenError("open", host="h", retry_at=0.0, retry_after=1.0),
        errors.StreamCutError("cut"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_except_network_error_still_catches_only_network_failures(
    raised: errors.APIConnectionError,
) -> None:
    with pytest.raises(errors.APIConnectionError) as caught:
        try:
            raise raised
        except errors.NetworkError:  # pragma: no cover - the assertion is that it is skipped
            pytest.fail("a NetworkError clause caught a non-network failure")
    assert caught.value is raised
    with pytest.raises(errors.NetworkError):
        raise errors.NetworkError("refused")


@pytest.mark.parametrize(
    "err",
    [
        errors.NetworkError("refused", request=httpx.Request("GET", "http://h/v1/x")),
        errors.TimeoutError(httpx.Request("GET", "http://h/v1/x")),
        errors.ServerError(
            "Error code: 502",
            response=httpx.Response(
                502, headers={"x-request-id": "req_7"}, request=httpx.Request("GET", "http://h")
            ),
            code="bad_gateway",
        ),
        errors.RequestTimeoutError("slow"),
        errors.CircuitOpenError("open", host="h", retry_at=5.0, retry_after=1.5),
        errors.LengthFinishReasonError(completion={"usage": None}),
        errors.RateLimitError("slow down", retryable=False),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_survive_a_pickle_round_trip(err: errors.OpenAIError) -> None:
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is type(err) and clone.args == err.args and repr(clone) == repr(err)
    for field in ("message", "detail", "status_code", "request_id", "code", "retryable"):
        assert getattr(clone, field) == getattr(err, field), field
    assert (clone.request is None) == (err.request is None)
    if isinstance(err, errors.CircuitOpenError):
        assert (clone.host, clone.retry_at, clone.retry_after) == ("h", 5.0, 1.5)


KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"


def test_a_key_the_server_masked_keeps_its_tail() -> None:
    content = (
        b'{"error": {"message": "Incorrect API key provided: sk-proj-'
        + b"*" * 20
        + b'wxyz. You can find your API key at https://platform.openai.com/account/api-keys.",'
        b' "type": "invalid_request_error", "code": "invalid_api_key"}}'
    )
    err = error_from_response(401, {}, content)
    assert isinstance(err, errors.AuthenticationError)
    assert "sk-proj-" + "*" * 20 + "wxyz" in err.message
    assert "sk-proj-" + "*" * 20 + "wxyz" in str(err)


def test_a_real_key_in_a_message_never_appears() -> None:
    content = b'{"error": {"message": "Incorrect API key provided: ' + KEY.encode() + b'"}}'
    err = error_from_response(401, {}, content)
    assert KEY not in err.message and KEY not in str(err) and KEY not in repr(err)
    assert "sk-***" in err.message
    # A real key dressed with a few stars is still a real key.
    half = "sk-proj-abcdefgh***ijklmnopqrstuvwxyz"
    assert half not in errors.APIError(f"key {half}").message


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="skesaBbEeRrA-_*0123456789 xyz", max_size=40))
def test_redaction_fast_path_changes_nothing(text: str) -> None:
    slow = _redact._KEY_PATTERN.sub(
        _redact._mask_key, _redact._BEARER_PATTERN.sub("Bearer ***", text)
    )
    assert _redact.redact_text(text) == slow


@pytest.mark.parametrize(
    ("content", "message", "detail", "code", "body"),
    [
        (b'{"error": "plain text error"}', "", "plain text error", None, "plain text error"),
        (
            b'{"message": "top-level", "code": 5}',
            " - top-level",
            "top-level",
            "5",
            {"message": "top-level", "code": 5},
        ),
        (
            b'{"error": {"message": "m", "code": true}}',
            " - m",
            "m",
            "True",
            {"message": "m", "code": True},
        ),
        (
            b'{"error": {"message": ""}}',
            "",
            'HTTP 400 with a non-OpenAI body (unknown content type): {"error": {"message": ""}}',
            None,
            {"message": ""},
        ),
        (
            b'{"error": null}',
            "",
            'HTTP 400 with a non-OpenAI body (unknown content type): {"error": null}',
            None,
            None,
        ),
        (
            b"[1, 2]",
            "",
            "HTTP 400 with a non-OpenAI body (unknown content type): [1, 2]",
            None,
            [1, 2],
        ),
        (
            b"  <html>bad gateway</html>\n",
            "",
            "HTTP 400 with a non-OpenAI body (unknown content type): <html>bad gateway</html>",
            None,
            "<html>bad gateway</html>",
        ),
        (b"", "", "HTTP 400 with an empty body", None, ""),
    ],
)
def test_other_error_bodies(
    content: bytes, message: str, detail: str, code: str | None, body: object
) -> None:
    """``message``, ``code`` and ``body`` as the SDK builds them; ``detail`` is ours."""
    err = error_from_response(400, {}, content)
    assert (err.message, err.detail, err.code, err.body) == (
        "Error code: 400" + message,
        detail,
        code,
        body,
    )
    assert str(err) == err.message


@pytest.mark.parametrize(
    ("cls", "status"),
    [
        (errors.RateLimitError, 429),
        (errors.NotFoundError, 404),
        (errors.BadRequestError, 400),
        (errors.UnprocessableEntityError, 422),
        (errors.InternalServerError, 500),
    ],
)
def test_a_status_error_built_without_a_response_still_has_one(
    cls: type[errors.APIStatusError], status: int
) -> None:
    # The SDK types ``response`` and ``status_code`` as always present; so do we.
    err = cls("client-side limit")
    assert err.status_code == status and err.response.status_code == status
    assert cls("x", status_code=418).response.status_code == 418
