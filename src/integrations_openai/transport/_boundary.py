"""The error boundary: the outermost layer, where foreign exceptions become ours.

Below this line anything may happen (httpx/httpcore exceptions, error statuses, bodies cut
short); above it a caller sees a response with a success status or exactly one
``OpenAIError``. Like httpx's ``map_httpcore_exceptions`` it also wraps the response byte
stream, so errors while the body is read (a truncated body, a stalled stream) are mapped too.
``rate_limit_of(response)`` reads a response's ``RateLimitInfo`` (parsed when first asked).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Any

import httpx

from .._headers import RateLimitInfo, request_id_from
from .._json import load_body
from .._redact import redact_text
from .._secret import Secret
from ..errors import OpenAIError, ResponseDecodeError, error_from_response
from ..errors._classify import error_for_exception
from ..errors._failure import Phase

__all__ = [
    "RATE_LIMIT_KEY",
    "AsyncErrorBoundaryTransport",
    "ErrorBoundaryTransport",
    "MappedResponse",
    "map_exception",
    "mapped_exceptions",
    "rate_limit_of",
]

RATE_LIMIT_KEY = "integrations_openai.rate_limit"


def map_exception(exc: BaseException, phase: Phase = Phase.HEADERS) -> OpenAIError:
    """The one exception of ours that stands for ``exc`` (ours pass through unchanged).

    The class and ``retryable`` are the failure classifier's (``errors._failure``).
    """
    return error_for_exception(exc, phase)


# httpx.InvalidURL and httpx.StreamError do not derive from httpx.HTTPError.
_FOREIGN = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, ValueError)


class mapped_exceptions:
    """Re-raise anything escaping the block as an ``OpenAIError`` (cause kept for debugging).

    With ``request``, every error leaving the block carries it (``err.request``, as the
    SDK's errors do), whichever layer below raised it; ``phase`` is where the block sits.
    A class, not a generator: it is entered several times per call, and on success
    ``__exit__`` only returns.
    """

    __slots__ = ("_phase", "_request")

    def __init__(self, request: httpx.Request | None = None, phase: Phase = Phase.HEADERS) -> None:
        self._request = request
        self._phase = phase

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc is None:
            return
        request = self._request
        if isinstance(exc, OpenAIError):
            if request is not None and exc.request is None:
                exc.request = request
            return  # re-raised as it is
        if isinstance(exc, _FOREIGN):
            error = error_for_exception(exc, self._phase)
            if request is not None and error.request is None:
                error.request = request
            raise error from exc


class MappedResponse(httpx.Response):
    """What the stack returns for a success: ``json()`` raises ``ResponseDecodeError``.

    The generated functions (``client.api``) and callers of ``client.request`` parse with
    ``response.json()``; a malformed 200 must reach them as an error of ours, not as a raw
    ``json.JSONDecodeError``/``UnicodeDecodeError``/``RecursionError``.
    """

    def json(self, **kwargs: Any) -> Any:
        """The body parsed as JSON, bounded in depth and size (``_json.loads``).

        A body that does not parse is a ``ResponseDecodeError``; ``kwargs`` (httpx's
        ``json.loads`` options) switch to the standard decoder, still mapped.
        """
        request_id = request_id_from(self.headers)
        if not kwargs:
            return load_body(self.content, status_code=self.status_code, request_id=request_id)
        try:
            return json.loads(self.content, **kwargs)
        except (ValueError, RecursionError) as exc:
            raise ResponseDecodeError(
                f"response body is not valid JSON ({type(exc).__name__}: {exc})",
                status_code=self.status_code,
                request_id=request_id,
            ) from exc


def _in_memory(response: httpx.Response) -> bool:
    # Read in full below (the buffer layer builds a ``MappedResponse``): nothing left to
    # map, so it goes up as it is, not rebuilt a second time.
    return isinstance(response, MappedResponse) and isinstance(response.stream, httpx.ByteStream)


def _mapped(
    response: httpx.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream
) -> MappedResponse:
    # Same status, headers (the same object) and extensions; the body stream maps errors.
    mapped = MappedResponse(response.status_code, stream=stream, extensions=response.extensions)
    mapped.headers = response.headers
    return mapped


def rate_limit_of(response: httpx.Response) -> RateLimitInfo:
    """The ``x-ratelimit-*`` state of ``response``, parsed at the first ask and kept in
    ``response.extensions[RATE_LIMIT_KEY]`` (a call nobody asks pays nothing)."""
    info = response.extensions.get(RATE_LIMIT_KEY)
    if not isinstance(info, RateLimitInfo):
        info = response.extensions[RATE_LIMIT_KEY] = RateLimitInfo.from_headers(response.headers)
    return info


def _scrub(content: bytes, secret: Secret | None) -> bytes:
    # A server (or proxy) echoing the key back in an error body must not put it in our error.
    value = secret.get_secret_value().encode() if secret is not None else b""
    return content.replace(value, b"***") if value else content


def _error_for(
    request: httpx.Request, response: httpx.Response, content: bytes, secret: Secret | None
) -> OpenAIError:
    error = error_from_response(
        response.status_code,
        response.headers,
        _scrub(content, secret),
        request=request,
    )
    if error.request_id and secret is not None:  # the key echoed in x-request-id
        error.request_id = redact_text(error.request_id, (secret.get_secret_value(),))
    return error


class _MappedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        with mapped_exceptions():
            yield from self._inner

    def close(self) -> None:
        with mapped_exceptions():
            self._inner.close()


class _AsyncMappedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with mapped_exceptions():
            async for chunk in self._inner:
                yield chunk

    async def aclose(self) -> None:
        with mapped_exceptions():
            await self._inner.aclose()


class ErrorBoundaryTransport(httpx.BaseTransport):
    """Sync driver: map exceptions, raise on error statuses, wrap the body stream."""

    def __init__(
        self, inner: httpx.BaseTransport, *, error_body_limit: int, secret: Secret | None = None
    ) -> None:
        self._inner = inner
        self._limit = error_body_limit
        self._secret = secret

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send; foreign exceptions and error statuses come back as ``OpenAIError``."""
        with mapped_exceptions(request):
            response = self._inner.handle_request(request)
        if response.status_code >= 400:
            raise _error_for(request, response, self._read_capped(response), self._secret)
        if _in_memory(response):
            return response
        assert isinstance(response.stream, httpx.SyncByteStream)
        return _mapped(response, _MappedStream(response.stream))

    def _read_capped(self, response: httpx.Response) -> bytes:
        # An error body is read up to a cap; a body cut short still yields a useful error.
        content = bytearray()
        try:
            for chunk in response.iter_bytes():
                content += chunk
                if len(content) >= self._limit:
                    break
        except (httpx.HTTPError, OSError):
            pass
        finally:
            with contextlib.suppress(httpx.HTTPError, OSError):
                response.close()
        return bytes(content[: self._limit])

    def close(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        with mapped_exceptions():
            self._inner.close()


class AsyncErrorBoundaryTransport(httpx.AsyncBaseTransport):
    """Async driver: map exceptions, raise on error statuses, wrap the body stream."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        error_body_limit: int,
        secret: Secret | None = None,
    ) -> None:
        self._inner = inner
        self._limit = error_body_limit
        self._secret = secret

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send; foreign exceptions and error statuses come back as ``OpenAIError``."""
        with mapped_exceptions(request):
            response = await self._inner.handle_async_request(request)
        if response.status_code >= 400:
            content = await self._read_capped(response)
            raise _error_for(request, response, content, self._secret)
        if _in_memory(response):
            return response
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return _mapped(response, _AsyncMappedStream(response.stream))

    async def _read_capped(self, response: httpx.Response) -> bytes:
        content = bytearray()
        try:
            async for chunk in response.aiter_bytes():
                content += chunk
                if len(content) >= self._limit:
                    break
        except (httpx.HTTPError, OSError):
            pass
        finally:
            with contextlib.suppress(httpx.HTTPError, OSError):
                await response.aclose()
        return bytes(content[: self._limit])

    async def aclose(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        with mapped_exceptions():
            await self._inner.aclose()
