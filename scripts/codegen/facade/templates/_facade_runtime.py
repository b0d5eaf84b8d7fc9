"""The contract between the generated resource facade and the client that runs it.

Written verbatim by ``scripts/codegen/facade`` (never edited by hand). The facade in
``resources/`` only builds an ``Operation`` call: path, query and body values as given by
the caller, plus per-call options. A ``Requester`` (implemented by the hand-written client,
``integrations_openai._requester``) sends it and turns the response into models, streams,
paginators or bytes. Nothing here imports the hand-written layer: imports only go downward.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, TypeVar

from .types import UNSET, File, Unset

if TYPE_CHECKING:
    import httpx

__all__ = [
    "UNSET",
    "AsyncEventStream",
    "AsyncPager",
    "AsyncRequester",
    "AsyncResource",
    "Body",
    "CallOptions",
    "EventStream",
    "FileInput",
    "Headers",
    "Operation",
    "PageView",
    "Pager",
    "Query",
    "RawResponse",
    "Ref",
    "Requester",
    "SyncResource",
    "Timeout",
    "TimeoutLike",
    "Unset",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]


class TimeoutLike(Protocol):
    """The client's own ``Timeout`` (``integrations_openai.Timeout``), seen from here."""

    @property
    def total(self) -> float: ...
    def to_httpx(self, *, stream: bool = False) -> httpx.Timeout: ...


# A number is the call's total deadline; there is always a timeout (``None`` is refused).
Timeout: TypeAlias = "float | httpx.Timeout | TimeoutLike"
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
    result is auto-paginated. ``tags`` holds operation-specific runtime behaviour
    (``"embeddings"``: base64 by default, decoded to floats; ``"optional_body"``: an empty
    success body is ``None``). ``status`` is the success
    status the spec declares (the generated parser only reads that one).
    """

    __slots__ = (
        "binary",
        "body",
        "body_fields",
        "file_fields",
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
        page_item: bool = False,
        tags: frozenset[str] = frozenset(),
        status: int = 200,
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
    def elapsed(self) -> float: ...
    @property
    def http_response(self) -> httpx.Response: ...


class EventStream(Protocol[T_co]):
    """Typed events of a ``stream=True`` call; close it (or use ``with``) when done early."""

    def __iter__(self) -> Iterator[T_co]: ...
    def __next__(self) -> T_co: ...
    def close(self) -> None: ...
    def __enter__(self) -> EventStream[T_co]: ...
    def __exit__(self, *exc: object) -> None: ...


class AsyncEventStream(Protocol[T_co]):
    """The async twin of ``EventStream``."""

    def __aiter__(self) -> AsyncIterator[T_co]: ...
    async def __anext__(self) -> T_co: ...
    async def close(self) -> None: ...
    async def __aenter__(self) -> AsyncEventStream[T_co]: ...
    async def __aexit__(self, *exc: object) -> None: ...


class PageView(Protocol[T_co]):
    """One fetched page: its items, the raw page model and whether another follows."""

    @property
    def items(self) -> Sequence[T_co]: ...
    @property
    def raw(self) -> Any: ...
    @property
    def has_next(self) -> bool: ...


class Pager(Protocol[T_co]):
    """Every item of a list operation, fetching the next page (cursor or token) on demand."""

    def __iter__(self) -> Iterator[T_co]: ...
    def iter_pages(self) -> Iterator[PageView[T_co]]: ...
    @property
    def first_page(self) -> PageView[T_co]: ...


class AsyncPager(Protocol[T_co]):
    """The async twin of ``Pager`` (``async for item in client.models.list()``);
    ``await`` it for the first page."""

    def __aiter__(self) -> AsyncIterator[T_co]: ...
    def iter_pages(self) -> AsyncIterator[PageView[T_co]]: ...
    async def first_page(self) -> PageView[T_co]: ...
    def __await__(self) -> Generator[Any, None, PageView[T_co]]: ...


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
    ) -> Any:
        """One call: the parsed model, an ``EventStream``, bytes, ``None`` or a ``RawResponse``."""
        ...

    def paginate(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: CallOptions,
    ) -> Any:
        """A ``Pager`` over every item of a list operation (pages fetched lazily)."""
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
    ) -> Any:
        """A ``.parse`` helper (``kind``: ``"chat.parse"``...): the call, its answer parsed."""
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
    ) -> Any: ...

    def paginate(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: CallOptions,
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


class SyncResource:
    """Base of the generated sync resource classes."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester


class AsyncResource:
    """Base of the generated async resource classes."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
