"""What ``with_raw_response`` and ``with_streaming_response`` hand back.

``RawResponse`` wraps a response whose body the call already read and parsed (the SDK's
``LegacyAPIResponse``): ``.parse()`` returns the typed result. ``StreamedResponse`` and
``AsyncStreamedResponse`` (the SDK's ``APIResponse``) wrap a response whose body is still
on the wire: it is read only when asked (``read()``, ``iter_bytes()``, ``parse()``...).
The managers send on entry and close the response on exit, so a connection is never left
open. ``set_request_id`` stamps ``_request_id`` on parsed results, as the SDK does.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx
from integrations_openai_api._runtime.model import ApiModel

from ._headers import RateLimitInfo, request_id_of
from ._options import stats_of
from .errors import StreamError
from .transport._boundary import rate_limit_of

__all__ = [
    "AsyncResponseManager",
    "AsyncStreamedResponse",
    "RawResponse",
    "ResponseManager",
    "StreamedResponse",
    "set_request_id",
]

T = TypeVar("T")
_CHUNK = 64 * 1024


def set_request_id(result: Any, response: httpx.Response) -> Any:
    """Stamp the response's ``x-request-id`` on a parsed model as ``_request_id`` (the SDK's
    attribute); every generated model has it. Other results (``None``, bytes) are left
    alone; ``result`` is returned either way."""
    if isinstance(result, ApiModel):
        result._request_id = request_id_of(response)
    return result


class _ResponseInfo:
    """What every wrapper tells about the response itself (status, headers, ids, timing)."""

    __slots__ = ("_elapsed", "http_response")

    def __init__(self, http_response: httpx.Response, elapsed: float) -> None:
        self.http_response = http_response
        self._elapsed = elapsed

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        """The request that was sent."""
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        """The URL of the request."""
        return self.http_request.url

    @property
    def method(self) -> str:
        """The HTTP method of the request."""
        return self.http_request.method

    @property
    def http_version(self) -> str:
        """The HTTP version of the response (``"HTTP/1.1"``)."""
        return self.http_response.http_version

    @property
    def request_id(self) -> str | None:
        """``x-request-id``: quote it when asking OpenAI about a call."""
        return request_id_of(self.http_response)

    @property
    def rate_limit(self) -> RateLimitInfo:
        """The ``x-ratelimit-*`` state reported with this response."""
        return rate_limit_of(self.http_response)

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to the response headers (the SDK's type)."""
        return datetime.timedelta(seconds=self._elapsed)

    @property
    def retries_taken(self) -> int:
        """How many times the call was retried before this response (0: the first attempt)."""
        stats = stats_of(self.http_response.request)
        return max(0, stats.attempts - 1) if stats is not None else 0

    @property
    def is_closed(self) -> bool:
        """True once the connection is released (body read to the end, or closed)."""
        return self.http_response.is_closed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.status_code} request_id={self.request_id!r}>"


class RawResponse(_ResponseInfo, Generic[T]):
    """The typed result next to the HTTP response: status, headers, request id, rate limits."""

    __slots__ = ("parsed",)

    def __init__(self, parsed: T, http_response: httpx.Response, elapsed: float) -> None:
        super().__init__(http_response, elapsed)
        self.parsed = parsed

    def parse(self) -> T:
        """The typed result (parsed when the call returned)."""
        return self.parsed

    def with_parsed(self, parsed: Any) -> RawResponse[Any]:
        """The same response with another result (a list call's page)."""
        return RawResponse(parsed, self.http_response, self._elapsed)

    @property
    def content(self) -> bytes:
        """The body as bytes (empty for an event stream, which is read by iterating)."""
        try:
            return self.http_response.content
        except httpx.ResponseNotRead:
            return b""

    @property
    def text(self) -> str:
        """The body as text."""
        return self.content.decode(self.http_response.encoding or "utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON."""
        return self.http_response.json()


class _Streamed(_ResponseInfo, Generic[T]):
    __slots__ = ("_parse", "_parsed", "_reads_body")

    def _readable(self) -> httpx.Response:
        """The response, if its body can still be read (in memory, or not streamed yet)."""
        response = self.http_response
        if response.is_stream_consumed:
            try:
                response.content  # noqa: B018 - raises unless the body was read into memory
            except httpx.ResponseNotRead:
                raise StreamError(
                    "the response body was already streamed; read() it first to reuse it"
                ) from None
        return response

    def __init__(
        self,
        http_response: httpx.Response,
        elapsed: float,
        parse: Callable[[httpx.Response], Any],
        *,
        reads_body: bool = True,
    ) -> None:
        super().__init__(http_response, elapsed)
        self._parse = parse
        self._parsed: Any = _MISSING
        # An event stream is parsed from the open body; anything else is read first.
        self._reads_body = reads_body


_MISSING: Any = object()


class StreamedResponse(_Streamed[T]):
    """A response whose body is read only when asked; ``parse()`` gives the typed result."""

    __slots__ = ()

    def parse(self) -> T:
        """The typed result (the body is read first, except for an event stream)."""
        if self._parsed is _MISSING:
            if self._reads_body:
                self.read()
            self._parsed = self._parse(self.http_response)
        result: T = self._parsed
        return result

    def read(self) -> bytes:
        """The whole body."""
        return self._readable().read()

    def text(self) -> str:
        """The whole body as text."""
        self.read()
        return self.http_response.text

    def json(self) -> object:
        """The whole body parsed as JSON."""
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks as it arrives (decompressed)."""
        return self._readable().iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as text chunks as it arrives."""
        return self._readable().iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body line by line as it arrives."""
        return self._readable().iter_lines()

    def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """Write the body to ``file`` chunk by chunk, never holding it whole."""
        with open(file, "wb") as out:
            for chunk in self._readable().iter_bytes(chunk_size or _CHUNK):
                out.write(chunk)

    def close(self) -> None:
        """Release the connection (the rest of the body is discarded)."""
        self.http_response.close()


class AsyncStreamedResponse(_Streamed[T]):
    """The async twin of ``StreamedResponse``."""

    __slots__ = ()

    async def parse(self) -> T:
        """The typed result (the body is read first, except for an event stream)."""
        if self._parsed is _MISSING:
            if self._reads_body:
                await self.read()
            self._parsed = self._parse(self.http_response)
        result: T = self._parsed
        return result

    async def read(self) -> bytes:
        """The whole body."""
        return await self._readable().aread()

    async def text(self) -> str:
        """The whole body as text."""
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        """The whole body parsed as JSON."""
        await self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks as it arrives (decompressed)."""
        return self._readable().aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as text chunks as it arrives."""
        return self._readable().aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        """The body line by line as it arrives."""
        return self._readable().aiter_lines()

    async def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """Write the body to ``file`` chunk by chunk, never holding it whole."""
        with open(file, "wb") as out:  # local disk, one chunk at a time
            async for chunk in self._readable().aiter_bytes(chunk_size or _CHUNK):
                out.write(chunk)

    async def close(self) -> None:
        """Release the connection (the rest of the body is discarded)."""
        await self.http_response.aclose()


class ResponseManager(Generic[T]):
    """``with ...with_streaming_response.x() as response``: sends on entry, closes on exit."""

    __slots__ = ("_open", "_response")

    def __init__(self, open_response: Callable[[], StreamedResponse[T]]) -> None:
        self._open = open_response
        self._response: StreamedResponse[T] | None = None

    def __enter__(self) -> StreamedResponse[T]:
        self._response = self._open()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseManager(Generic[T]):
    """``async with ...with_streaming_response.x() as response``: the async twin."""

    __slots__ = ("_open", "_response")

    def __init__(self, open_response: Callable[[], Awaitable[AsyncStreamedResponse[T]]]) -> None:
        self._open = open_response
        self._response: AsyncStreamedResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        self._response = await self._open()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()
