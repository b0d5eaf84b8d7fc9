"""The I/O-free core of the resource facade's two drivers (``_requester``).

Turns a facade ``Operation`` plus the caller's path, query and body values into one
``httpx.Request`` (bad arguments become ``ConfigurationError`` here, at the boundary), and
a buffered response into the typed result (``ResponseDecodeError`` when it does not parse).
Paging, polling and upload arguments are prepared here too, so ``SyncRequester`` and
``AsyncRequester`` only send.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, cast
from urllib.parse import quote

import attrs
import httpx
from integrations_openai_api._facade_runtime import UNSET, CallOptions, Operation
from integrations_openai_api._runtime.lenient import to_json
from integrations_openai_api._runtime.wire import multipart_files, query_param
from integrations_openai_api.types import File

from ._headers import RateLimitInfo, request_id_from
from ._options import OPTIONS_KEY, RequestOptions
from ._policies import check_max_retries
from .config import Timeout
from .errors import ConfigurationError, OpenAIError, ResponseDecodeError
from .pagination import PageStrategy, strategy_for
from .stream.events import stream_headers
from .structured import Prepared
from .uploads import UploadInfo, open_file_field

if TYPE_CHECKING:
    from ._client import AsyncOpenAIClient, OpenAIClient

__all__ = [
    "CHUNK_SIZE",
    "RawResponse",
    "build",
    "decoded_json",
    "event_parser",
    "finish_parse",
    "items_of",
    "page_start",
    "parse",
    "part_options",
    "poll_kwargs",
    "upload_body",
]

_DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError)
CHUNK_SIZE = 64 * 1024
# Marks a request whose embeddings we asked for as base64: the response is decoded back.
_DECODE_KEY = "integrations_openai.decode_embeddings"


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
    """The query string; ``extra_query`` is encoded like declared parameters (objects as
    ``name[key]=v``: httpx alone would send a dict as its Python repr) and wins on a clash."""
    if not query and not options.extra_query:
        return None
    params: dict[str, Any] = {}
    for source in (query or {}, options.extra_query or {}):
        for name, value in source.items():
            if value is not UNSET:
                query_param(params, name, value)
    return params


def _as_file(stack: contextlib.ExitStack, name: str, value: Any) -> File:
    """A caller's file value as the generated ``File``; paths are opened here (closed by
    ``stack`` after the send) and every file is streamed by httpx, never read whole."""
    if isinstance(value, File):
        return value
    filename: str | None = None
    mime: str | None = None
    if isinstance(value, tuple) and 2 <= len(value) <= 3:
        filename, value, mime = value[0], value[1], (value[2] if len(value) == 3 else None)
    fname, fileobj, ctype = stack.enter_context(
        open_file_field(value, filename=filename, content_type=mime)
    )
    # httpx only needs read(); File declares BinaryIO for what is an IO[bytes].
    return File(payload=cast("BinaryIO", fileobj), file_name=fname, mime_type=ctype)


def _is_json_value(value: object) -> bool:
    # An object (a dict or a generated model) is JSON; a path, bytes or a file object is not.
    if isinstance(value, list):
        return bool(value) and all(_is_json_value(item) for item in value)
    return isinstance(value, Mapping) or hasattr(value, "to_dict")


def _gives_file(op: Operation, fields: Mapping[str, object]) -> bool:
    """Whether a call to an operation taking JSON or multipart passes a file (multipart)."""
    return any(
        fields.get(name) is not None and not _is_json_value(fields[name]) for name in op.file_fields
    )


def _body(
    op: Operation,
    body: Mapping[str, object] | None,
    options: CallOptions,
    stack: contextlib.ExitStack,
) -> dict[str, Any]:
    """The httpx keyword arguments (``json=`` or ``files=``) for the body."""
    if op.body is None and not options.extra_body:
        return {}
    fields = {k: v for k, v in (body or {}).items() if v is not UNSET}
    if options.extra_body:
        fields.update(options.extra_body)
    if op.body == "multipart" or (op.body == "either" and _gives_file(op, fields)):
        for name in op.file_fields:
            value = fields.get(name)
            if value is None:
                continue
            if isinstance(value, list):
                fields[name] = [_as_file(stack, name, v) for v in value]
            else:
                fields[name] = _as_file(stack, name, value)
        return {"files": multipart_files(fields.items())}
    return {"json": {k: to_json(v) for k, v in fields.items()}}


def _apply_options(request: httpx.Request, options: CallOptions, stream: bool) -> None:
    current: RequestOptions = request.extensions[OPTIONS_KEY]
    changes: dict[str, Any] = {}
    if options.timeout is not UNSET:
        timeout = Timeout.coerce(options.timeout)
        request.extensions["timeout"] = timeout.to_httpx(stream=stream).as_dict()
        changes["deadline"] = time.monotonic() + timeout.total
    if options.max_retries is not UNSET:
        # The RetryPolicy's own validator: a per-call count obeys the client-wide rule.
        changes["max_retries"] = check_max_retries(options.max_retries)
    if changes:
        request.extensions[OPTIONS_KEY] = attrs.evolve(current, **changes)


@contextlib.contextmanager
def _invalid_arguments(op: Operation) -> Iterator[None]:
    """Values that cannot go on the wire (``object()`` in a JSON body, an int header value,
    a non-mapping ``extra_body``...) fail inside httpx or the encoders with a raw
    ``TypeError``/``ValueError``: the caller gets a ``ConfigurationError`` instead."""
    try:
        yield
    except OpenAIError:
        raise
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(f"{op.operation_id}: invalid request argument: {exc}") from None


def build(
    client: OpenAIClient | AsyncOpenAIClient,
    op: Operation,
    path: Mapping[str, object] | None,
    query: Mapping[str, object] | None,
    body: Mapping[str, object] | None,
    options: CallOptions,
    *,
    stream: bool = False,
    stack: contextlib.ExitStack,
) -> httpx.Request:
    """The request for one facade call; bad arguments are a ``ConfigurationError`` here."""
    for name in ("extra_headers", "extra_query", "extra_body"):
        extra = getattr(options, name)
        if extra is not None and not isinstance(extra, Mapping):
            raise ConfigurationError(
                f"{op.operation_id}: invalid request argument: {name} must be a mapping,"
                f" not {type(extra).__name__}"
            )
    with _invalid_arguments(op):
        decode_floats = False
        if "embeddings" in op.tags and body is not None:
            # base64 is smaller on the wire and decodes far faster than JSON floats.
            # Imported here: the decoder loads numpy, which other calls should not pay for.
            from ._embeddings import prepare_embedding_params

            sent = {k: v for k, v in body.items() if v is not UNSET}
            body, decode_floats = prepare_embedding_params(sent)
        kwargs = _body(op, body, options, stack)
        headers = dict(options.extra_headers) if options.extra_headers else None
        if stream:
            headers = stream_headers(headers)
        elif op.binary:
            # Downloads are audio, video, zip, SDP...: the client-wide JSON Accept would make
            # a strict server answer 406. The caller's own Accept still wins.
            headers = {"Accept": "*/*", **(headers or {})}
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
    return request


# ---- the shared core: response reading ---------------------------------------------------


class _Decoded:
    """A parsed JSON body presented to a generated ``_parse_response`` as its response."""

    __slots__ = ("_data", "status_code")

    def __init__(self, status_code: int, data: Any) -> None:
        self.status_code = status_code
        self._data = data

    def json(self) -> Any:
        return self._data


def parse(op: Operation, response: httpx.Response) -> Any:
    """The typed result of a buffered response (``ResponseDecodeError`` if it does not parse)."""
    if op.binary:
        return response.content
    if op.response is None:
        return None
    if "optional_body" in op.tags and not response.content.strip():
        return None  # the operation may answer with no body (``delete_body`` pass)
    try:
        parse_response = op.response.get()
        if response.request.extensions.get(_DECODE_KEY):
            from ._embeddings import decode_embeddings_response

            data = decode_embeddings_response(response.json())
            return parse_response(client=_PARSE_CLIENT, response=_Decoded(op.status, data))
        if response.status_code != op.status:
            # Any 2xx is a success (errors raised in the transport); the generated parser
            # only knows the status the spec declares (201 for POST /evals, 200 in practice).
            return parse_response(
                client=_PARSE_CLIENT, response=_Decoded(op.status, response.json())
            )
        return parse_response(client=_PARSE_CLIENT, response=response)
    except OpenAIError:
        raise
    except _DECODE_ERRORS as exc:
        raise ResponseDecodeError(
            f"{op.operation_id}: the response body does not match the spec ({type(exc).__name__}: {exc})",
            status_code=response.status_code,
            request_id=request_id_from(response.headers),
            body=response.content[:300],
        ) from None


def decoded_json(op: Operation, response: httpx.Response) -> dict[str, Any]:
    """The JSON object of a buffered response (``ResponseDecodeError`` otherwise)."""
    try:
        data = response.json()
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise ResponseDecodeError(
            f"{op.operation_id}: the response body is not a JSON object",
            status_code=response.status_code,
            request_id=request_id_from(response.headers),
            body=response.content[:300],
        )
    return data


def finish_parse(kind: str, prepared: Prepared, op: Operation, data: dict[str, Any]) -> Any:
    """The parsed result of a ``.parse`` helper; a body that does not fit the generated
    model is a ``ResponseDecodeError`` (as for any call)."""
    try:
        return (
            prepared.chat_completion(data) if kind.startswith("chat.") else prepared.response(data)
        )
    except OpenAIError:
        raise
    except _DECODE_ERRORS as exc:
        raise ResponseDecodeError(
            f"{op.operation_id}: the response body does not match the spec ({type(exc).__name__}: {exc})",
            body=data,
        ) from None


def event_parser(op: Operation) -> Callable[[dict[str, Any]], Any] | None:
    """The generated parse entry point for one streamed event (``None``: plain dicts)."""
    if op.stream_event is None:
        return None
    parser: Callable[[dict[str, Any]], Any] = op.stream_event.get()
    return parser


def page_start(query: Mapping[str, object] | None) -> tuple[dict[str, Any], PageStrategy]:
    """The first page's params and the paging strategy of a list operation.

    The facade passes every declared query parameter (``UNSET`` when not given), so the
    keys name the operation's paging style: ``after`` cursors, ``page`` tokens or one page.
    """
    query = query or {}
    start = {k: v for k, v in query.items() if v is not UNSET}
    return start, strategy_for(query)


def items_of(page: Any) -> list[Any]:
    """The items of one fetched list page (``data``); none when the body had no list."""
    data = getattr(page, "data", None)
    return list(data) if isinstance(data, list) else []


def poll_kwargs(kind: str, interval: Any, interval_ms: Any, timeout: Any) -> dict[str, Any]:
    """``poll``/``apoll`` keywords: the caller's interval and deadline, else the defaults.

    ``interval_ms`` is the official SDK's spelling (milliseconds); giving both is ambiguous.
    """
    kwargs: dict[str, Any] = {"kind": kind}
    if interval_ms is not UNSET:
        if interval is not UNSET:
            raise ConfigurationError("pass poll_interval (seconds) or poll_interval_ms, not both")
        if isinstance(interval_ms, bool) or not isinstance(interval_ms, int | float):
            raise ConfigurationError(
                f"poll_interval_ms must be a number of milliseconds, not {type(interval_ms).__name__}"
            )
        interval = interval_ms / 1000.0
    if interval is not UNSET:
        kwargs["interval"] = interval
    if timeout is not UNSET:
        kwargs["timeout"] = timeout
    return kwargs


def upload_body(info: UploadInfo, fields: Mapping[str, object]) -> dict[str, object]:
    """The create-Upload body: size, name and type from the file unless the caller set them."""
    body: dict[str, object] = {
        "bytes": info.bytes,
        "filename": info.filename,
        "mime_type": info.mime_type,
    }
    body.update({k: v for k, v in fields.items() if v is not UNSET})
    return body


def part_options(fields: Mapping[str, object], part_size: Any, concurrency: Any) -> dict[str, Any]:
    """``upload_in_parts`` keywords from what the caller set (the rest keep their defaults)."""
    out: dict[str, Any] = {}
    if part_size is not UNSET:
        out["part_size"] = part_size
    if concurrency is not UNSET:
        out["concurrency"] = concurrency
    filename = fields.get("filename", UNSET)
    if filename is not UNSET:
        out["filename"] = filename
    return out
