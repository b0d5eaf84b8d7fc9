"""The runtime behind the generated resource facade (``client.chat.completions.create``...).

The facade (``integrations_openai_api.resources``) hands over an ``Operation`` plus the
caller's path, query and body values; this module turns them into one request through the
client's transport stack and the result into models, streams, pages or bytes. Building the
request and reading the response are pure functions shared by ``SyncRequester`` and
``AsyncRequester``, which only send (one core, two thin drivers).
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import attrs
import httpx
from integrations_openai_api._facade_runtime import UNSET, CallOptions, Operation
from integrations_openai_api._runtime.lenient import to_json
from integrations_openai_api._runtime.wire import multipart_files, query_param
from integrations_openai_api.types import File

from ._embeddings import decode_embeddings_response, prepare_embedding_params
from ._headers import RateLimitInfo, request_id_from
from ._options import OPTIONS_KEY, RequestOptions
from .config import Timeout
from .errors import ConfigurationError, OpenAIError, ResponseDecodeError
from .pagination import AsyncPage, CursorStrategy, SinglePage, SyncPage
from .polling import apoll, poll
from .stream import AsyncStream, Stream
from .stream.events import stream_headers

if TYPE_CHECKING:
    from ._client import AsyncOpenAIClient, OpenAIClient

__all__ = ["AsyncRequester", "RawResponse", "SyncRequester"]

_DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError)
_CHUNK = 64 * 1024


class _ParseClient:
    """What a generated ``_parse_response`` reads from its client: status errors are ours."""

    raise_on_unexpected_status = False


_PARSE_CLIENT = _ParseClient()


class RawResponse:
    """The typed result next to the HTTP response: status, headers, request id, rate limits."""

    __slots__ = ("elapsed", "http_response", "parsed")

    def __init__(self, parsed: Any, http_response: httpx.Response, elapsed: float) -> None:
        self.parsed = parsed
        self.http_response = http_response
        self.elapsed = elapsed

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """``x-request-id``: quote it when asking OpenAI about a call."""
        return request_id_from(self.http_response.headers)

    @property
    def rate_limit(self) -> RateLimitInfo:
        """The ``x-ratelimit-*`` state reported with this response."""
        return RateLimitInfo.from_headers(self.http_response.headers)

    def __repr__(self) -> str:
        return f"<RawResponse {self.status_code} request_id={self.request_id!r}>"


# ---- the shared core: request building -------------------------------------------------


def _url(op: Operation, path: Mapping[str, object] | None) -> str:
    if not path:
        return op.path
    values = {}
    for name, value in path.items():
        if not isinstance(value, str) or not value:
            raise ConfigurationError(
                f"{op.operation_id}: path parameter {name!r} must be a non-empty string, got {value!r}"
            )
        values[name] = quote(value, safe="")
    return op.path.format_map(values)


def _params(query: Mapping[str, object] | None, options: CallOptions) -> dict[str, Any] | None:
    if not query and not options.extra_query:
        return None
    params: dict[str, Any] = {}
    for name, value in (query or {}).items():
        if value is not UNSET:
            query_param(params, name, value)
    if options.extra_query:
        params.update(options.extra_query)
    return params


def _as_file(name: str, value: Any) -> File:
    """A caller's file value as the generated ``File`` (paths open lazily, streamed by httpx)."""
    if isinstance(value, File):
        return value
    if isinstance(value, bytes | bytearray):
        return File(payload=io.BytesIO(value), file_name=name)
    if isinstance(value, str | os.PathLike):
        path = os.fspath(value)
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed by _close_files after the send
        except OSError as exc:
            raise ConfigurationError(f"cannot open {name!r} file {path!r}: {exc}") from None
        return File(payload=handle, file_name=os.path.basename(path))
    if isinstance(value, tuple) and 2 <= len(value) <= 3:
        filename, content = value[0], value[1]
        mime = value[2] if len(value) == 3 else None
        payload = io.BytesIO(content) if isinstance(content, bytes | bytearray) else content
        return File(payload=payload, file_name=filename, mime_type=mime)
    if hasattr(value, "read"):
        raw = getattr(value, "name", None)
        filename = os.path.basename(raw) if isinstance(raw, str) else name
        return File(payload=value, file_name=filename)
    raise ConfigurationError(
        f"{name!r} must be a path, bytes, a binary file object or a (name, content) tuple"
    )


def _body(
    op: Operation, body: Mapping[str, object] | None, options: CallOptions
) -> tuple[dict[str, Any], list[Any]]:
    """``(httpx keyword arguments, files opened here)`` for the body."""
    if op.body is None and not options.extra_body:
        return {}, []
    fields = {k: v for k, v in (body or {}).items() if v is not UNSET}
    if options.extra_body:
        fields.update(options.extra_body)
    if op.body == "multipart":
        opened: list[Any] = []
        for name in op.file_fields:
            value = fields.get(name)
            if value is None:
                continue
            if isinstance(value, list):
                files = [_as_file(name, v) for v in value]
                opened += [
                    f.payload for f, v in zip(files, value, strict=True) if not _caller_owned(v)
                ]
                fields[name] = files
            else:
                file = _as_file(name, value)
                if not _caller_owned(value):
                    opened.append(file.payload)
                fields[name] = file
        return {"files": multipart_files(fields.items())}, opened
    return {"json": {k: to_json(v) for k, v in fields.items()}}, []


def _caller_owned(value: Any) -> bool:
    return not isinstance(value, str | os.PathLike)


def _close_files(opened: list[Any]) -> None:
    for handle in opened:
        handle.close()


def _apply_options(request: httpx.Request, options: CallOptions, stream: bool) -> None:
    current: RequestOptions = request.extensions[OPTIONS_KEY]
    changes: dict[str, Any] = {}
    if options.timeout is not UNSET:
        timeout = Timeout.coerce(options.timeout)
        request.extensions["timeout"] = timeout.to_httpx(stream=stream).as_dict()
        changes["deadline"] = time.monotonic() + timeout.total
    if options.max_retries is not UNSET:
        retries = options.max_retries
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise ConfigurationError(f"max_retries must be an integer >= 0, got {retries!r}")
        changes["max_retries"] = retries
    if changes:
        request.extensions[OPTIONS_KEY] = attrs.evolve(current, **changes)


def _build(
    client: OpenAIClient | AsyncOpenAIClient,
    op: Operation,
    path: Mapping[str, object] | None,
    query: Mapping[str, object] | None,
    body: Mapping[str, object] | None,
    options: CallOptions,
    *,
    stream: bool = False,
) -> tuple[httpx.Request, list[Any]]:
    decode_floats = False
    if "embeddings" in op.tags and body is not None:
        # base64 is smaller on the wire and decodes far faster than JSON floats.
        sent = {k: v for k, v in body.items() if v is not UNSET}
        body, decode_floats = prepare_embedding_params(sent)
    kwargs, opened = _body(op, body, options)
    headers = dict(options.extra_headers) if options.extra_headers else None
    if stream:
        headers = stream_headers(headers)
    request = client.build_request(
        op.method.upper(),
        _url(op, path),
        params=_params(query, options),
        headers=headers,
        stream=stream,
        **kwargs,
    )
    if decode_floats:
        request.extensions[_DECODE_KEY] = True
    if options.timeout is not UNSET or options.max_retries is not UNSET:
        _apply_options(request, options, stream)
    return request, opened


_DECODE_KEY = "integrations_openai.decode_embeddings"


# ---- the shared core: response reading ---------------------------------------------------


class _Decoded:
    """A parsed JSON body presented to a generated ``_parse_response`` as its response."""

    __slots__ = ("_data", "status_code")

    def __init__(self, status_code: int, data: Any) -> None:
        self.status_code = status_code
        self._data = data

    def json(self) -> Any:
        return self._data


def _parse(op: Operation, response: httpx.Response) -> Any:
    """The typed result of a buffered response (``ResponseDecodeError`` if it does not parse)."""
    if op.binary:
        return response.content
    if op.response is None:
        return None
    try:
        parse = op.response.get()
        if response.request.extensions.get(_DECODE_KEY):
            return parse(
                client=_PARSE_CLIENT,
                response=_Decoded(
                    response.status_code, decode_embeddings_response(response.json())
                ),
            )
        return parse(client=_PARSE_CLIENT, response=response)
    except OpenAIError:
        raise
    except _DECODE_ERRORS as exc:
        raise ResponseDecodeError(
            f"{op.operation_id}: the response body does not match the spec ({type(exc).__name__}: {exc})",
            status_code=response.status_code,
            request_id=request_id_from(response.headers),
            body=response.content[:300],
        ) from None


def _event_parser(op: Operation) -> Callable[[dict[str, Any]], Any] | None:
    if op.stream_event is None:
        return None
    cls = op.stream_event.get()
    parser: Callable[[dict[str, Any]], Any] = cls.from_dict
    return parser


def _page_strategy(query: Mapping[str, object]) -> CursorStrategy | SinglePage:
    return CursorStrategy() if "after" in query else SinglePage()


def _items(page: Any) -> list[Any]:
    data = getattr(page, "data", None)
    return list(data) if isinstance(data, list) else []


# ---- the drivers ---------------------------------------------------------------------------


class SyncRequester:
    """Sends facade operations through an ``OpenAIClient``'s transport stack."""

    __slots__ = ("_client",)

    def __init__(self, client: OpenAIClient) -> None:
        self._client = client

    def request(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        options: CallOptions,
        *,
        raw: bool = False,
        stream: bool = False,
    ) -> Any:
        """One call; a model, a ``Stream``, bytes, ``None`` or a ``RawResponse`` of those."""
        request, opened = _build(self._client, op, path, query, body, options, stream=stream)
        started = time.perf_counter()
        try:
            response = self._client.send(request, stream=stream)
        finally:
            _close_files(opened)
        if stream:
            result: Any = Stream(response, parse=_event_parser(op))
        else:
            result = _parse(op, response)
        return RawResponse(result, response, time.perf_counter() - started) if raw else result

    def paginate(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: CallOptions,
    ) -> SyncPage[Any]:
        """Every item of a list operation, fetching pages lazily."""

        def fetch(params: dict[str, Any]) -> tuple[list[Any], Any]:
            page = self.request(op, path, params, None, options)
            return _items(page), page

        query = query or {}
        start = {k: v for k, v in query.items() if v is not UNSET}
        return SyncPage(fetch, start, strategy=_page_strategy(query))

    def download(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        options: CallOptions,
        destination: str | os.PathLike[str],
    ) -> int:
        """Stream a binary response to ``destination`` chunk by chunk; return bytes written."""
        request, opened = _build(self._client, op, path, query, body, options)
        try:
            response = self._client.send(request, stream=True)
        finally:
            _close_files(opened)
        written = 0
        try:
            with open(destination, "wb") as out:
                for chunk in response.iter_bytes(_CHUNK):
                    out.write(chunk)
                    written += len(chunk)
        finally:
            response.close()
        return written

    def poll(
        self,
        fetch: Callable[[], Any],
        *,
        done: frozenset[str],
        poll_interval: Any = UNSET,
        timeout: Any = UNSET,
    ) -> Any:
        """Fetch (raw) until the status is in ``done``; honours ``openai-poll-after-ms``."""

        def step() -> tuple[Any, Mapping[str, str]]:
            raw = fetch()
            return raw.parsed, raw.headers

        kwargs: dict[str, Any] = {"terminal": done}
        if poll_interval is not UNSET:
            kwargs["interval"] = poll_interval
        if timeout is not UNSET:
            kwargs["timeout"] = timeout
        return poll(step, **kwargs)


class AsyncRequester:
    """Sends facade operations through an ``AsyncOpenAIClient``'s transport stack."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncOpenAIClient) -> None:
        self._client = client

    async def request(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        options: CallOptions,
        *,
        raw: bool = False,
        stream: bool = False,
    ) -> Any:
        """See ``SyncRequester.request``."""
        request, opened = _build(self._client, op, path, query, body, options, stream=stream)
        started = time.perf_counter()
        try:
            response = await self._client.send(request, stream=stream)
        finally:
            _close_files(opened)
        if stream:
            result: Any = AsyncStream(response, parse=_event_parser(op))
        else:
            result = _parse(op, response)
        return RawResponse(result, response, time.perf_counter() - started) if raw else result

    def paginate(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: CallOptions,
    ) -> AsyncPage[Any]:
        """See ``SyncRequester.paginate``."""

        async def fetch(params: dict[str, Any]) -> tuple[list[Any], Any]:
            page = await self.request(op, path, params, None, options)
            return _items(page), page

        query = query or {}
        start = {k: v for k, v in query.items() if v is not UNSET}
        return AsyncPage(fetch, start, strategy=_page_strategy(query))

    async def download(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        options: CallOptions,
        destination: str | os.PathLike[str],
    ) -> int:
        """See ``SyncRequester.download``."""
        request, opened = _build(self._client, op, path, query, body, options)
        try:
            response = await self._client.send(request, stream=True)
        finally:
            _close_files(opened)
        written = 0
        try:
            with open(destination, "wb") as out:
                async for chunk in response.aiter_bytes(_CHUNK):
                    out.write(chunk)
                    written += len(chunk)
        finally:
            await response.aclose()
        return written

    async def poll(
        self,
        fetch: Callable[[], Awaitable[Any]],
        *,
        done: frozenset[str],
        poll_interval: Any = UNSET,
        timeout: Any = UNSET,
    ) -> Any:
        """See ``SyncRequester.poll``."""

        async def step() -> tuple[Any, Mapping[str, str]]:
            raw = await fetch()
            return raw.parsed, raw.headers

        kwargs: dict[str, Any] = {"terminal": done}
        if poll_interval is not UNSET:
            kwargs["interval"] = poll_interval
        if timeout is not UNSET:
            kwargs["timeout"] = timeout
        return await apoll(step, **kwargs)
