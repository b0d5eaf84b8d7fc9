"""The contract between the generated resource facade and the client that runs it.

Written verbatim by ``scripts/codegen/facade`` (never edited by hand). The facade in
``resources/`` only builds an ``Operation`` call: path, query and body values as given by
the caller, plus per-call options. A ``Requester`` (implemented by the hand-written client,
``integrations_openai._requester``) sends it and turns the response into models, streams,
paginators or bytes. Nothing here imports the hand-written layer: imports only go downward.
"""

from __future__ import annotations

import datetime
import importlib
import json
import os
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Literal,
    Protocol,
    Self,
    TypeAlias,
    TypeVar,
    runtime_checkable,
)

from .types import UNSET, File, Unset

if TYPE_CHECKING:
    import httpx

__all__ = [
    "UNSET",
    "AbstractAsyncContextManager",
    "AbstractContextManager",
    "AsyncEventStream",
    "AsyncPageView",
    "AsyncPager",
    "AsyncRequester",
    "AsyncResource",
    "AsyncStreamedResponse",
    "BatchRequests",
    "BatchResult",
    "BatchResults",
    "BinaryContent",
    "Body",
    "CallOptions",
    "EventStream",
    "FileInput",
    "Headers",
    "Operation",
    "PageInfoView",
    "Pager",
    "ProgressHook",
    "Query",
    "RawResponse",
    "Ref",
    "Requester",
    "StreamedResponse",
    "SyncResource",
    "Timeout",
    "TimeoutLike",
    "Unset",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
_CHUNK = 64 * 1024

Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]


class TimeoutLike(Protocol):
    """The client's own ``Timeout`` (``integrations_openai.Timeout``), seen from here."""

    @property
    def total(self) -> float: ...
    def to_httpx(self, *, stream: bool = False) -> httpx.Timeout: ...


# A number is the call's total deadline; there is always a timeout (``None``, the SDK's "no
# timeout", is the defaults, as an ``httpx.Timeout`` whose phases are all unset).
Timeout: TypeAlias = "float | httpx.Timeout | TimeoutLike | None"
# A file field accepts a path, bytes, an open binary file, a (name, content[, mime]) tuple,
# or the generated ``File``; paths and files are streamed, never read whole into memory.
FileInput: TypeAlias = (
    "str | os.PathLike[str] | bytes | IO[bytes] | File | tuple[str | None, bytes | IO[bytes]]"
    " | tuple[str | None, bytes | IO[bytes], str | None]"
)


class Ref:
    """A lazy ``module:attr[.attr]`` reference: modules load on first use, not at import."""

    __slots__ = ("_target", "path")

    def __init__(self, path: str) -> None:
        self.path = path
        self._target: Any = None

    def get(self) -> Any:
        """The referenced object (imported once, then cached)."""
        target = self._target
        if target is None:
            module, _, attrs = self.path.partition(":")
            target = importlib.import_module(module)
            for attr in attrs.split("."):
                target = getattr(target, attr)
            self._target = target
        return target

    def __repr__(self) -> str:
        return f"Ref({self.path!r})"


class Operation:
    """What the facade knows about one spec operation, as data (no behaviour).

    ``path`` is the URL template with the spec's ``{placeholders}``; ``query`` and
    ``body_fields`` map python keywords to wire names where they differ (the facade itself
    passes wire-named mappings). ``body`` is ``"json"``, ``"multipart"``, ``"either"``
    (multipart when a file field is given, else JSON) or ``None``; ``file_fields`` are the
    multipart fields that carry files. ``response`` parses
    the JSON body into the generated model (``from_dict``); ``binary`` marks byte downloads;
    ``stream_event`` parses one streamed event; ``page_item`` marks list operations whose
    result is auto-paginated: the SDK's name of their items (``"FileObject"``), which the
    page's class name carries (``SyncCursorPage[FileObject]``). ``tags`` holds operation-specific runtime behaviour
    (``"embeddings"``: base64 by default, decoded to floats; ``"text_formats"``: a
    ``text/*`` answer is a ``str``). ``status`` is the success status the spec declares (the generated parser only reads that one). ``formats`` maps a
    ``response_format`` value to the model its answer parses into (the union's members
    overlap: a verbose transcription also reads as a diarized one).
    """

    __slots__ = (
        "binary",
        "body",
        "body_fields",
        "file_fields",
        "formats",
        "method",
        "operation_id",
        "page_item",
        "path",
        "query",
        "response",
        "status",
        "stream_event",
        "tags",
    )

    def __init__(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        query: Mapping[str, str] | None = None,
        body: Literal["json", "multipart", "either"] | None = None,
        body_fields: Mapping[str, str] | None = None,
        file_fields: frozenset[str] = frozenset(),
        response: Ref | None = None,
        binary: bool = False,
        stream_event: Ref | None = None,
        page_item: str = "",
        tags: frozenset[str] = frozenset(),
        status: int = 200,
        formats: Mapping[str, Ref] | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.query = query or {}
        self.body = body
        self.body_fields = body_fields or {}
        self.file_fields = file_fields
        self.response = response
        self.binary = binary
        self.stream_event = stream_event
        self.page_item = page_item
        self.tags = tags
        self.status = status
        self.formats = formats or {}

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id} {self.method.upper()} {self.path}>"


class CallOptions:
    """Per-call overrides every facade method accepts (``UNSET``: the client's default)."""

    __slots__ = ("extra_body", "extra_headers", "extra_query", "max_retries", "timeout")

    def __init__(
        self,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.extra_body = extra_body
        self.timeout = timeout
        self.max_retries = max_retries


NO_OPTIONS = CallOptions()


class RateLimitView(Protocol):
    """The ``x-ratelimit-*`` state of one response (``integrations_openai.RateLimitInfo``)."""

    @property
    def remaining_requests(self) -> int | None: ...
    @property
    def remaining_tokens(self) -> int | None: ...
    @property
    def reset_requests(self) -> float | None: ...
    @property
    def reset_tokens(self) -> float | None: ...


class RawResponse(Protocol[T_co]):
    """The typed result next to what came over the wire (``with_raw_response``)."""

    def parse(self) -> T_co: ...
    @property
    def parsed(self) -> T_co: ...
    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> httpx.Headers: ...
    @property
    def request_id(self) -> str | None: ...
    @property
    def rate_limit(self) -> RateLimitView: ...
    @property
    def elapsed(self) -> datetime.timedelta: ...
    @property
    def http_response(self) -> httpx.Response: ...
    @property
    def http_request(self) -> httpx.Request: ...
    @property
    def content(self) -> bytes: ...
    @property
    def text(self) -> str: ...


class StreamedResponse(Protocol[T_co]):
    """A response whose body is read only when asked (``with_streaming_response``)."""

    def parse(self) -> T_co: ...
    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> httpx.Headers: ...
    @property
    def request_id(self) -> str | None: ...
    @property
    def rate_limit(self) -> RateLimitView: ...
    @property
    def elapsed(self) -> datetime.timedelta: ...
    @property
    def http_response(self) -> httpx.Response: ...
    @property
    def is_closed(self) -> bool: ...
    def read(self) -> bytes: ...
    def text(self) -> str: ...
    def json(self) -> object: ...
    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]: ...
    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]: ...
    def iter_lines(self) -> Iterator[str]: ...
    def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None: ...
    def close(self) -> None: ...


class AsyncStreamedResponse(Protocol[T_co]):
    """The async twin of ``StreamedResponse``."""

    async def parse(self) -> T_co: ...
    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> httpx.Headers: ...
    @property
    def request_id(self) -> str | None: ...
    @property
    def rate_limit(self) -> RateLimitView: ...
    @property
    def elapsed(self) -> datetime.timedelta: ...
    @property
    def http_response(self) -> httpx.Response: ...
    @property
    def is_closed(self) -> bool: ...
    async def read(self) -> bytes: ...
    async def text(self) -> str: ...
    async def json(self) -> object: ...
    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]: ...
    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]: ...
    def iter_lines(self) -> AsyncIterator[str]: ...
    async def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None: ...
    async def close(self) -> None: ...


async def _aiter(items: Iterator[T]) -> AsyncIterator[T]:
    for item in items:
        yield item


class BinaryContent(bytes):
    """A downloaded body (file content, speech, video...): ``bytes``, plus the SDK's
    ``HttpxBinaryResponseContent`` methods (``.content``, ``.text``, ``.read()``,
    ``.write_to_file(path)``, ``.iter_bytes()``, ``.response``...).

    The body is already in memory (the call read it); to stream a large download to disk
    without holding it, use ``with_streaming_response`` or the ``*_to_file`` methods.
    """

    response: httpx.Response

    def __new__(cls, response: httpx.Response) -> Self:
        self = super().__new__(cls, response.content)
        self.response = response
        return self

    @property
    def content(self) -> bytes:
        """The body as plain ``bytes``."""
        return bytes(self)

    @property
    def text(self) -> str:
        """The body decoded with the response's charset (UTF-8 when none)."""
        return self.decode(self.response.encoding or "utf-8", errors="replace")

    @property
    def encoding(self) -> str | None:
        """The text encoding of the response."""
        return self.response.encoding

    @property
    def charset_encoding(self) -> str | None:
        """The charset the ``Content-Type`` header declares, if any."""
        return self.response.charset_encoding

    def json(self, **kwargs: Any) -> Any:
        """The body parsed as JSON."""
        return json.loads(self, **kwargs)

    def read(self) -> bytes:
        """The body as plain ``bytes``."""
        return bytes(self)

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (one chunk when ``None``)."""
        size = chunk_size or len(self) or 1
        view = memoryview(self)
        for start in range(0, len(self), size):
            yield bytes(view[start : start + size])

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The text in chunks of about ``chunk_size`` characters."""
        text = self.text
        size = chunk_size or len(text) or 1
        for start in range(0, len(text), size):
            yield text[start : start + size]

    def iter_lines(self) -> Iterator[str]:
        """The text line by line, without line endings."""
        yield from self.text.splitlines()

    def iter_raw(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks, as received (the same as ``iter_bytes``: it was decoded)."""
        return self.iter_bytes(chunk_size)

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Write the body to ``file``."""
        with open(file, "wb") as out:
            out.write(self)

    def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """Write the body to ``file`` in chunks (it is already in memory)."""
        with open(file, "wb") as out:
            for chunk in self.iter_bytes(chunk_size or _CHUNK):
                out.write(chunk)

    def close(self) -> None:
        """Release the response (the body stays available)."""
        self.response.close()

    async def aread(self) -> bytes:
        """The body as plain ``bytes``."""
        return bytes(self)

    # The SDK's async iterators are coroutines giving the iterator:
    # ``async for line in await content.aiter_lines()``.
    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """``iter_bytes`` for async code (awaited first, as the SDK's)."""
        return _aiter(self.iter_bytes(chunk_size))

    async def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """``iter_text`` for async code (awaited first, as the SDK's)."""
        return _aiter(self.iter_text(chunk_size))

    async def aiter_lines(self) -> AsyncIterator[str]:
        """``iter_lines`` for async code (awaited first, as the SDK's)."""
        return _aiter(self.iter_lines())

    async def aiter_raw(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """``iter_raw`` for async code (awaited first, as the SDK's)."""
        return _aiter(self.iter_raw(chunk_size))

    async def astream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """``stream_to_file`` for async code."""
        self.stream_to_file(file, chunk_size=chunk_size)

    async def aclose(self) -> None:
        """Release the response (the body stays available)."""
        await self.response.aclose()


# Runtime-checkable: the public ``Stream``/``AsyncStream`` names stand for these to a type
# checker, and SDK users tell a stream from a result with ``isinstance(result, Stream)``.
@runtime_checkable
class EventStream(Protocol[T_co]):
    """Typed events of a ``stream=True`` call; close it (or use ``with``) when done early."""

    @property
    def response(self) -> httpx.Response: ...
    @property
    def request_id(self) -> str | None: ...
    def __iter__(self) -> Iterator[T_co]: ...
    def __next__(self) -> T_co: ...
    def close(self) -> None: ...
    def __enter__(self) -> EventStream[T_co]: ...
    def __exit__(self, *exc: object) -> None: ...


@runtime_checkable
class AsyncEventStream(Protocol[T_co]):
    """The async twin of ``EventStream``."""

    @property
    def response(self) -> httpx.Response: ...
    @property
    def request_id(self) -> str | None: ...
    def __aiter__(self) -> AsyncIterator[T_co]: ...
    async def __anext__(self) -> T_co: ...
    async def close(self) -> None: ...
    async def __aenter__(self) -> AsyncEventStream[T_co]: ...
    async def __aexit__(self, *exc: object) -> None: ...


class PageInfoView(Protocol):
    """What the next page is requested with."""

    @property
    def params(self) -> Mapping[str, Any]: ...


class Pager(Protocol[T]):
    """A fetched page of a list operation (the SDK's ``SyncCursorPage``): ``data`` holds
    its items; iterating yields every item of it and of the pages after it."""

    @property
    def data(self) -> list[T]: ...
    @property
    def raw(self) -> Any: ...
    def has_next_page(self) -> bool: ...
    def next_page_info(self) -> PageInfoView | None: ...
    def get_next_page(self) -> Self: ...
    def iter_pages(self) -> Iterator[Self]: ...
    def __iter__(self) -> Iterator[T]: ...


class AsyncPageView(Protocol[T]):
    """The async twin of ``Pager`` (what ``await client.models.list()`` gives)."""

    @property
    def data(self) -> list[T]: ...
    @property
    def raw(self) -> Any: ...
    def has_next_page(self) -> bool: ...
    def next_page_info(self) -> PageInfoView | None: ...
    async def get_next_page(self) -> Self: ...
    def iter_pages(self) -> AsyncIterator[Self]: ...
    def __aiter__(self) -> AsyncIterator[T]: ...


class AsyncPager(Protocol[T]):
    """What an async list call returns (the SDK's ``AsyncPaginator``): ``await`` it for
    the first page, ``async for`` it for every item of every page."""

    def __aiter__(self) -> AsyncIterator[T]: ...
    def __await__(self) -> Generator[Any, None, AsyncPageView[T]]: ...


#: What ``batches.run`` takes: request bodies or full batch lines, or a JSONL file's path.
BatchRequests: TypeAlias = Iterable[Mapping[str, Any]] | str | os.PathLike[str] | None
#: Called with the run's progress (``integrations_openai.batch.Progress``) after each step.
ProgressHook: TypeAlias = Callable[[Any], None]


class BatchResult(Protocol[T_co]):
    """One request's outcome in a batch run: ``ok`` with ``body`` (typed like the
    synchronous call's answer), else ``error`` (the API's error object)."""

    @property
    def custom_id(self) -> str: ...
    @property
    def ok(self) -> bool: ...
    @property
    def status_code(self) -> int | None: ...
    @property
    def body(self) -> T_co | None: ...
    @property
    def error(self) -> Any: ...


class BatchResults(Protocol[T_co]):
    """What ``batches.run`` returns: one ``BatchResult`` per ``custom_id``, read lazily."""

    def __iter__(self) -> Iterator[BatchResult[T_co]]: ...


class Requester(Protocol):
    """Sends operations for the sync facade; implemented by the hand-written client."""

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
        as_text: bool = False,
    ) -> Any:
        """One call: the parsed model, an ``EventStream``, bytes, ``None`` or a ``RawResponse``
        (``as_text``: the body as ``str``, whatever its type)."""
        ...

    def paginate(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: CallOptions,
        *,
        raw: bool = False,
        body: Mapping[str, object] | None = None,
    ) -> Any:
        """The first ``Pager`` of a list operation, fetched now (a ``RawResponse`` of it);
        ``body`` is what a POST list sends with every page."""
        ...

    def streaming(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        options: CallOptions,
        *,
        stream: bool = False,
        as_text: bool = False,
    ) -> Any:
        """A context manager that sends on entry and yields a ``StreamedResponse``."""
        ...

    def download(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        options: CallOptions,
        destination: str | os.PathLike[str],
    ) -> int:
        """Stream a binary response to ``destination``; return the bytes written."""
        ...

    def poll(
        self,
        fetch: Callable[[], Any],
        *,
        kind: str,
        poll_interval: float | Unset = UNSET,
        poll_interval_ms: int | Unset = UNSET,
        poll_timeout: float | Unset = UNSET,
    ) -> Any:
        """Call ``fetch`` (a raw retrieve) until the object of ``kind`` reaches a final status
        (or its deadline: ``poll_timeout``, else the kind's default)."""
        ...

    def upload_file(
        self,
        ops: tuple[Operation, Operation, Operation, Operation],
        file: Any,
        *,
        fields: Mapping[str, object],
        part_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        options: CallOptions,
    ) -> Any:
        """A large file as an Upload: ``ops`` are create, add part, complete and cancel."""
        ...

    def parse_helper(
        self,
        kind: str,
        ops: Mapping[str, Operation],
        path: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        extra: Mapping[str, object],
        options: CallOptions,
        *,
        raw: bool = False,
    ) -> Any:
        """A ``.parse`` helper (``kind``: ``"chat.parse"``...): the call, its answer parsed
        (``raw``: a ``RawResponse`` of it)."""
        ...

    def parse_streaming(
        self,
        kind: str,
        ops: Mapping[str, Operation],
        path: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        extra: Mapping[str, object],
        options: CallOptions,
    ) -> Any:
        """A ``.parse`` helper of ``with_streaming_response``: a context manager that sends on
        entry and yields a ``StreamedResponse`` whose ``parse()`` is the parsed answer."""
        ...

    def stream_helper(
        self,
        kind: str,
        ops: Mapping[str, Operation],
        path: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        extra: Mapping[str, object],
        options: CallOptions,
    ) -> Any:
        """A ``.stream`` helper: a stream manager that sends the call when entered."""
        ...

    def run_batch(
        self,
        resources: Mapping[str, Any],
        op: Ref | None,
        requests: BatchRequests,
        options: Mapping[str, Any],
    ) -> Any:
        """``batches.run``: the resumable runner over ``resources`` (``files``, ``uploads``,
        ``batches``); ``op`` (a ``Ref`` to the endpoint's ``Operation``) types each body."""
        ...


class AsyncRequester(Protocol):
    """Sends operations for the async facade."""

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
        as_text: bool = False,
    ) -> Any: ...

    def paginate(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: CallOptions,
        *,
        raw: bool = False,
        body: Mapping[str, object] | None = None,
    ) -> Any: ...

    def streaming(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        options: CallOptions,
        *,
        stream: bool = False,
        as_text: bool = False,
    ) -> Any: ...

    async def download(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        options: CallOptions,
        destination: str | os.PathLike[str],
    ) -> int: ...

    async def poll(
        self,
        fetch: Callable[[], Awaitable[Any]],
        *,
        kind: str,
        poll_interval: float | Unset = UNSET,
        poll_interval_ms: int | Unset = UNSET,
        poll_timeout: float | Unset = UNSET,
    ) -> Any: ...

    async def upload_file(
        self,
        ops: tuple[Operation, Operation, Operation, Operation],
        file: Any,
        *,
        fields: Mapping[str, object],
        part_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        options: CallOptions,
    ) -> Any: ...

    async def parse_helper(
        self,
        kind: str,
        ops: Mapping[str, Operation],
        path: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        extra: Mapping[str, object],
        options: CallOptions,
        *,
        raw: bool = False,
    ) -> Any: ...

    def parse_streaming(
        self,
        kind: str,
        ops: Mapping[str, Operation],
        path: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        extra: Mapping[str, object],
        options: CallOptions,
    ) -> Any: ...

    def stream_helper(
        self,
        kind: str,
        ops: Mapping[str, Operation],
        path: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        extra: Mapping[str, object],
        options: CallOptions,
    ) -> Any: ...

    async def run_batch(
        self,
        resources: Mapping[str, Any],
        op: Ref | None,
        requests: BatchRequests,
        options: Mapping[str, Any],
    ) -> Any: ...


class SyncResource:
    """Base of the generated sync resource classes."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester


class AsyncResource:
    """Base of the generated async resource classes."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
