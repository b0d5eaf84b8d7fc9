"""The I/O-free core of the resource facade's two drivers (``_requester``).

Turns a facade ``Operation`` plus the caller's path, query and body values into one
``httpx.Request`` (bad arguments become ``ConfigurationError`` here, at the boundary), and
a buffered response into the typed result (``ResponseDecodeError`` when it does not parse).
Paging, polling and upload arguments are prepared here too, so ``SyncRequester`` and
``AsyncRequester`` only send.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any, BinaryIO, Protocol, cast
from urllib.parse import quote

import httpx
from integrations_openai_api._facade_runtime import BinaryContent, CallOptions, Operation
from integrations_openai_api._runtime.lenient import to_json, unknown_variants_made
from integrations_openai_api._runtime.wire import multipart_files, query_param
from integrations_openai_api.types import UNSET, File

from ._headers import request_id_from
from ._options import RequestOptions, options_of
from ._response import set_request_id
from ._sentinels import is_omitted
from .errors import ConfigurationError, OpenAIError, ResponseDecodeError
from .instrumentation._events import Hooks
from .instrumentation._genai import CallFacts, request_facts
from .instrumentation._tracker import CallTracker
from .pagination import PageStrategy, strategy_for
from .stream._events import stream_headers
from .structured import Prepared
from .uploads import UploadInfo, open_file_field

__all__ = [
    "CHUNK_SIZE",
    "ArgumentTypeError",
    "RequestBuilder",
    "build",
    "call_facts",
    "decoded_json",
    "event_parser",
    "finish_parse",
    "items_of",
    "page_start",
    "parse",
    "parse_data",
    "parsed_answer",
    "part_options",
    "poll_kwargs",
    "track",
    "upload_body",
]

_DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError)
CHUNK_SIZE = 64 * 1024
# Marks a request whose embeddings we asked for as base64: the response is decoded back.
_DECODE_KEY = "integrations_openai.decode_embeddings"
# The ``response_format`` a request asked for, when it names the model of the answer.
_FORMAT_KEY = "integrations_openai.response_format"


class _ParseClient:
    """What a generated ``_parse_response`` reads from its client: status errors are ours."""

    raise_on_unexpected_status = False


_PARSE_CLIENT = _ParseClient()


# ---- the shared core: request building -------------------------------------------------


class RequestBuilder(Protocol):
    """What the core needs from a client: a call plan, and a request carrying it."""

    def plan(
        self,
        options: CallOptions | None = None,
        *,
        stream: bool = False,
        idempotency_key: str | None = None,
        body: Mapping[str, object] | None = None,
        facts: CallFacts | None = None,
    ) -> RequestOptions:
        """The frozen plan of one call starting now (``_plan.plan_call``)."""
        ...

    def build_request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        files: Any = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        stream: bool = False,
        idempotency_key: str | None = None,
        plan: RequestOptions | None = None,
    ) -> httpx.Request:
        """The request for ``plan`` (relative to the client's base URL)."""
        ...


_PCHAR = "!$&'()*+,;=:@"


def _url(op: Operation, path: Mapping[str, object] | None) -> str:
    if not path:
        return op.path
    values = {}
    for name, value in path.items():
        if not isinstance(value, str) or not value:
            raise ConfigurationError(
                f"{op.operation_id}: path parameter {name!r} must be a non-empty string, got {value!r}"
            )
        if value in (".", ".."):
            # A dot segment would climb out of the operation's path (`/files/..`).
            raise ConfigurationError(
                f"{op.operation_id}: path parameter {name!r} cannot be {value!r}"
            )
        # RFC 3986 `pchar` stays as is (`ft:gpt-4o:org::id` keeps its colons, as the SDK
        # sends it); `/`, `?`, `#`, `%` and the rest are escaped.
        values[name] = quote(value, safe=_PCHAR)
    return op.path.format_map(values)


def _params(query: Mapping[str, object] | None, options: CallOptions) -> dict[str, Any] | None:
    """The query string; ``extra_query`` is encoded like declared parameters (objects as
    ``name[key]=v``: httpx alone would send a dict as its Python repr) and wins on a clash."""
    if not query and not options.extra_query:
        return None
    params: dict[str, Any] = {}
    for source in (query or {}, options.extra_query or {}):
        for name, value in source.items():
            if not is_omitted(value):
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


class ArgumentTypeError(ConfigurationError, TypeError):
    """A request argument of a type that cannot go on the wire (a class where a value is
    expected...): a ``ConfigurationError``, and a ``TypeError`` as the SDK raises."""


def _no_classes(op: Operation, fields: Mapping[str, object]) -> None:
    for name, value in fields.items():
        if isinstance(value, type):
            raise ArgumentTypeError(
                f"{op.operation_id}: {name}={value.__name__} is a class, not a value (to get "
                f"the answer parsed into it, call .parse({name}={value.__name__}))"
            )


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
    fields = {k: v for k, v in (body or {}).items() if not is_omitted(v)}
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
    _no_classes(op, fields)
    return {"json": {k: to_json(v) for k, v in fields.items()}}


@contextlib.contextmanager
def _invalid_arguments(op: Operation) -> Iterator[None]:
    """Values that cannot go on the wire (``object()`` in a JSON body, an int header value,
    a non-mapping ``extra_body``...) fail inside httpx or the encoders with a raw
    ``TypeError``/``ValueError``: the caller gets a ``ConfigurationError`` instead."""
    try:
        yield
    except OpenAIError:
        raise
    except TypeError as exc:
        raise ArgumentTypeError(f"{op.operation_id}: invalid request argument: {exc}") from None
    except ValueError as exc:
        raise ConfigurationError(f"{op.operation_id}: invalid request argument: {exc}") from None


def call_facts(op: Operation, body: Mapping[str, object] | None, *, stream: bool) -> CallFacts:
    """What telemetry reports of this call: operation, model, parameters (``body`` holds
    only the arguments given: ``build`` drops the sentinels first)."""
    return request_facts(op.operation_id, body, stream=stream)


def build(
    client: RequestBuilder,
    op: Operation,
    path: Mapping[str, object] | None,
    query: Mapping[str, object] | None,
    body: Mapping[str, object] | None,
    options: CallOptions,
    *,
    stream: bool = False,
    stack: contextlib.ExitStack,
) -> httpx.Request:
    """The request for one facade call; bad arguments are a ``ConfigurationError`` here.

    The call's plan (timeout, deadline, retries, token estimate) is made once, first, by
    the client, and rides on the request; nothing here writes an option of its own.
    """
    if body:  # the sentinels of every keyword not given dropped once, for all readers below
        body = {k: v for k, v in body.items() if v is not UNSET and not is_omitted(v)}
    plan = client.plan(options, stream=stream, body=body, facts=call_facts(op, body, stream=stream))
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

            body, decode_floats = prepare_embedding_params(dict(body))
        kwargs = _body(op, body, options, stack)
        headers: dict[str, Any] | None = None
        dropped: list[str] = []
        for name, value in (options.extra_headers or {}).items():
            # ``{"X-Name": omit}``: the SDK's way to drop a client-wide header for one call.
            if is_omitted(value):
                dropped.append(name)
            else:
                headers = {**(headers or {}), name: value}
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
            plan=plan,
            **kwargs,
        )
    for name in dropped:
        request.headers.pop(name, None)
    if decode_floats:
        request.extensions[_DECODE_KEY] = True
    fmt = (body or {}).get("response_format")
    if isinstance(fmt, str) and fmt in op.formats:
        request.extensions[_FORMAT_KEY] = fmt
    return request


def track(client: object, request: httpx.Request) -> CallTracker | None:
    """The tracker reporting this facade call's outcome (``None``: nobody listens)."""
    hooks = getattr(client, "_hooks", None)
    plan = options_of(request)
    if not isinstance(hooks, Hooks) or not hooks or plan is None or plan.facts is None:
        return None
    # Before the result is parsed: no unknown member made since means none to count.
    return CallTracker(hooks, plan.call_id, plan.facts, made=unknown_variants_made())


# ---- the shared core: response reading ---------------------------------------------------


class _Decoded:
    """A parsed JSON body presented to a generated ``_parse_response`` as its response."""

    __slots__ = ("_data", "status_code")

    def __init__(self, status_code: int, data: Any) -> None:
        self.status_code = status_code
        self._data = data

    def json(self) -> Any:
        return self._data


def parse(op: Operation, response: httpx.Response, *, as_text: bool = False) -> Any:
    """The typed result of a buffered response (``ResponseDecodeError`` if it does not parse),
    its ``_request_id`` set; a download is ``BinaryContent`` (``bytes`` with the SDK's
    binary-content methods). ``as_text``: the body as ``str`` whatever its type (the SDK's
    deprecated ``str`` twins of downloads, ``files.retrieve_content``)."""
    if as_text:
        return response.text
    if op.binary:
        return BinaryContent(response)
    if op.response is None:
        return None
    if "text_formats" in op.tags and response.headers.get("content-type", "").startswith("text/"):
        # A plain-text answer (a transcription as text, srt or vtt) is a ``str``, as in the
        # SDK; the annotation says so. Elsewhere a text page is not the promised JSON.
        return response.text
    return set_request_id(_parse_model(op, response), response)


def _parse_model(op: Operation, response: httpx.Response) -> Any:
    assert op.response is not None
    try:
        fmt = response.request.extensions.get(_FORMAT_KEY)
        if fmt is not None:
            # The format asked for decides the model (the union's members overlap), as the
            # overload of that format promises.
            return op.formats[fmt].get()(response.json())
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


def parse_data(op: Operation, data: Any) -> Any:
    """A JSON body received some other way (a batch output line) as ``op``'s typed result;
    ``ResponseDecodeError`` if it does not parse."""
    if op.response is None:
        return data
    try:
        return op.response.get()(client=_PARSE_CLIENT, response=_Decoded(op.status, data))
    except OpenAIError:
        raise
    except _DECODE_ERRORS as exc:
        raise ResponseDecodeError(
            f"{op.operation_id}: the body does not match the spec ({type(exc).__name__}: {exc})",
            body=data,
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


def parsed_answer(kind: str, prepared: Prepared, op: Operation, response: httpx.Response) -> Any:
    """A ``.parse`` helper's result read from its buffered response, ``_request_id`` set
    (the same for the plain call, its raw response and its streamed response)."""
    return set_request_id(finish_parse(kind, prepared, op, decoded_json(op, response)), response)


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
    start = {k: v for k, v in query.items() if not is_omitted(v)}
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
    if not is_omitted(interval_ms):
        if not is_omitted(interval):
            raise ConfigurationError("pass poll_interval (seconds) or poll_interval_ms, not both")
        if isinstance(interval_ms, bool) or not isinstance(interval_ms, int | float):
            raise ConfigurationError(
                f"poll_interval_ms must be a number of milliseconds, not {type(interval_ms).__name__}"
            )
        interval = interval_ms / 1000.0
    if not is_omitted(interval):
        kwargs["interval"] = interval
    if not is_omitted(timeout):
        kwargs["timeout"] = timeout
    return kwargs


def upload_body(info: UploadInfo, fields: Mapping[str, object]) -> dict[str, object]:
    """The create-Upload body: size, name and type from the file unless the caller set them."""
    body: dict[str, object] = {
        "bytes": info.bytes,
        "filename": info.filename,
        "mime_type": info.mime_type,
    }
    body.update({k: v for k, v in fields.items() if not is_omitted(v)})
    return body


def part_options(fields: Mapping[str, object], part_size: Any, concurrency: Any) -> dict[str, Any]:
    """``upload_in_parts`` keywords from what the caller set (the rest keep their defaults)."""
    out: dict[str, Any] = {}
    if not is_omitted(part_size):
        out["part_size"] = part_size
    if not is_omitted(concurrency):
        out["concurrency"] = concurrency
    filename = fields.get("filename")
    if filename is not None and not is_omitted(filename):
        out["filename"] = filename
    return out
