"""The error boundary: nothing foreign escapes, error statuses become our errors."""

from __future__ import annotations

import json

import httpx
import pytest

from integrations_openai import errors
from integrations_openai._headers import RateLimitInfo
from integrations_openai.transport._boundary import (
    RATE_LIMIT_KEY,
    AsyncErrorBoundaryTransport,
    ErrorBoundaryTransport,
    MappedResponse,
    map_exception,
    mapped_exceptions,
    rate_limit_of,
)


def _all_subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found.add(sub)
        found |= _all_subclasses(sub)
    return found


HTTPX_ERRORS = sorted(
    (c for c in _all_subclasses(httpx.HTTPError) | _all_subclasses(httpx.StreamError)
     | {httpx.InvalidURL} if c.__module__.startswith("httpx")),
    key=lambda c: c.__name__,
)  # fmt: skip


def _instance(cls: type[Exception]) -> Exception:
    request = httpx.Request("GET", "https://api.openai.com/v1/models?key=sk-leak-123456789")
    if issubclass(cls, httpx.HTTPStatusError):
        return cls("boom", request=request, response=httpx.Response(500, request=request))
    if cls is httpx.InvalidURL:
        return cls("boom sk-leak-123456789")
    if issubclass(cls, httpx.StreamError):
        return cls() if cls is not httpx.StreamError else cls("stream")
    return cls("boom sk-leak-123456789", request=request)


@pytest.mark.parametrize("cls", HTTPX_ERRORS, ids=lambda c: c.__name__)
def test_every_httpx_exception_is_mapped(cls: type[Exception]) -> None:
    mapped = map_exception(_instance(cls))
    assert isinstance(mapped, errors.OpenAIError)
    assert type(mapped) is not errors.OpenAIError, "fell through to the catch-all"
    assert "sk-leak-123456789" not in str(mapped)


@pytest.mark.parametrize(
    ("exc", "expected", "retryable"),
    [
        (httpx.ConnectTimeout("t"), errors.TimeoutError, True),
        (httpx.ReadTimeout("t"), errors.TimeoutError, True),
        (httpx.PoolTimeout("t"), errors.TimeoutError, True),
        (httpx.ConnectError("c"), errors.NetworkError, True),
        (httpx.ReadError("r"), errors.NetworkError, True),
        (httpx.RemoteProtocolError("p"), errors.NetworkError, True),
        (httpx.LocalProtocolError("p"), errors.NetworkError, False),
        (httpx.TooManyRedirects("r"), errors.NetworkError, False),
        (httpx.UnsupportedProtocol("u"), errors.ConfigurationError, False),
        (httpx.InvalidURL("u"), errors.ConfigurationError, False),
        (httpx.DecodingError("d"), errors.ResponseDecodeError, False),
        (httpx.StreamClosed(), errors.StreamError, False),
        (ConnectionResetError("reset"), errors.NetworkError, True),
        (json.JSONDecodeError("bad", "{", 0), errors.ResponseDecodeError, False),
        (KeyError("x"), errors.OpenAIError, False),
    ],
)
def test_specific_mapping(exc: Exception, expected: type, retryable: bool) -> None:
    mapped = map_exception(exc)
    assert type(mapped) is expected
    assert mapped.retryable is retryable


def test_ours_pass_through_and_cause_is_kept() -> None:
    ours = errors.RateLimitError("x")
    assert map_exception(ours) is ours
    with pytest.raises(errors.NetworkError) as info, mapped_exceptions():
        raise httpx.ConnectError("refused")
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    with pytest.raises(errors.RateLimitError), mapped_exceptions():
        raise ours
    with pytest.raises(errors.ConfigurationError), mapped_exceptions():
        httpx.URL("http://[::1")


def _sync(handler: httpx.MockTransport, limit: int = 1024) -> httpx.Client:
    return httpx.Client(transport=ErrorBoundaryTransport(handler, error_body_limit=limit))


def _async(handler: httpx.MockTransport, limit: int = 1024) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=AsyncErrorBoundaryTransport(handler, error_body_limit=limit))


async def _get(driver: str, handler: httpx.MockTransport, limit: int = 1024) -> httpx.Response:
    if driver == "sync":
        with _sync(handler, limit) as client:
            return client.get("http://h/x")
    async with _async(handler, limit) as client:
        return await client.get("http://h/x")


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_success_carries_rate_limit_info(flavour: str) -> None:
    headers = {"x-ratelimit-remaining-requests": "7", "x-ratelimit-reset-tokens": "1.5s"}
    response = await _get(
        flavour, httpx.MockTransport(lambda r: httpx.Response(200, headers=headers, json={}))
    )
    info = rate_limit_of(response)
    assert response.extensions[RATE_LIMIT_KEY] is info
    assert (info.remaining_requests, info.reset_tokens) == (7, 1.5)
    bare = httpx.Response(200, headers=headers)
    assert rate_limit_of(bare) == info


@pytest.mark.parametrize("body", [b'{"id": "x", "choices": [', b"\xff\xfe{", b"<html>"])
async def test_malformed_success_body_json_is_ours(flavour: str, body: bytes) -> None:
    headers = {"content-type": "application/json", "x-request-id": "req_1"}
    handler = httpx.MockTransport(lambda r: httpx.Response(200, headers=headers, content=body))
    response = await _get(flavour, handler)
    assert isinstance(response, MappedResponse) and response.content == body
    with pytest.raises(errors.ResponseDecodeError) as info:
        response.json()
    assert (info.value.status_code, info.value.request_id) == (200, "req_1")
    assert isinstance(info.value.__cause__, ValueError)  # kept for debugging
    good = await _get(flavour, httpx.MockTransport(lambda r: httpx.Response(200, json=[1])))
    assert good.json() == [1]


async def test_error_status_becomes_error_with_everything(flavour: str) -> None:
    body = {
        "error": {
            "message": "slow",
            "type": "requests",
            "code": "rate_limit_exceeded",
            "param": None,
        }
    }
    headers = {
        "x-request-id": "req_1",
        "x-ratelimit-remaining-requests": "0",
        "x-should-retry": "false",
    }
    handler = httpx.MockTransport(lambda r: httpx.Response(429, headers=headers, json=body))
    with pytest.raises(errors.RateLimitError) as info:
        await _get(flavour, handler)
    err = info.value
    assert (err.status_code, err.request_id, err.code) == (429, "req_1", "rate_limit_exceeded")
    assert err.retryable is False  # x-should-retry wins over the class default
    assert err.rate_limit == RateLimitInfo(remaining_requests=0)
    assert err.body == body["error"]  # the SDK's ``body``: the error object
    assert err.response is not None and err.response.json() == body
    assert err.request is not None and str(err.request.url) == "http://h/x"


async def test_error_body_is_capped(flavour: str) -> None:
    huge = b"<html>" + b"x" * 100_000
    handler = httpx.MockTransport(lambda r: httpx.Response(502, content=huge))
    with pytest.raises(errors.ServerError) as info:
        await _get(flavour, handler, limit=100)
    assert len(str(info.value)) < 1000


async def test_error_body_cut_short_still_maps(flavour: str) -> None:
    class Broken(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield b"<html>bad gate"
            raise httpx.RemoteProtocolError("cut")

        async def __aiter__(self):  # type: ignore[no-untyped-def]
            yield b"<html>bad gate"
            raise httpx.RemoteProtocolError("cut")

    handler = httpx.MockTransport(lambda r: httpx.Response(503, stream=Broken()))
    with pytest.raises(errors.ServerError, match=r"^Error code: 503$") as info:
        await _get(flavour, handler)
    assert "bad gate" in info.value.detail and info.value.body == "<html>bad gate"


async def test_mid_body_failure_is_mapped(flavour: str) -> None:
    class Cut(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield b'{"id":'
            raise httpx.ReadTimeout("idle")

        async def __aiter__(self):  # type: ignore[no-untyped-def]
            yield b'{"id":'
            raise httpx.ReadTimeout("idle")

    handler = httpx.MockTransport(lambda r: httpx.Response(200, stream=Cut()))
    with pytest.raises(errors.TimeoutError, match=r"^Request timed out\.$") as info:
        await _get(flavour, handler)
    assert "read timeout" in info.value.detail


async def test_exceptions_from_inner_are_mapped(flavour: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    with pytest.raises(errors.NetworkError, match=r"^Connection error\.$") as info:
        await _get(flavour, httpx.MockTransport(refuse))
    assert "refused" in info.value.detail


def test_close_is_forwarded() -> None:
    closed = []

    class Inner(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        def close(self) -> None:
            closed.append(True)

    ErrorBoundaryTransport(Inner(), error_body_limit=10).close()
    assert closed == [True]
