"""The runtime behind the generated resource facade (``client.chat.completions.create``...).

The facade (``integrations_openai_api.resources``) hands over an ``Operation`` plus the
caller's path, query and body values. ``SyncRequester`` and ``AsyncRequester`` are the two
thin drivers: they only send, through the client's transport stack. Building the request
and reading the response are the shared, I/O-free core in ``_facade_core`` (one core, two
thin drivers).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

import httpx
from integrations_openai_api._facade_runtime import UNSET, CallOptions, Operation, Ref

from ._facade_core import (
    CHUNK_SIZE,
    RequestBuilder,
    build,
    event_parser,
    items_of,
    page_start,
    parse,
    parsed_answer,
    part_options,
    poll_kwargs,
    track,
    upload_body,
)
from ._response import (
    AsyncResponseManager,
    AsyncStreamedResponse,
    RawResponse,
    ResponseManager,
    StreamedResponse,
)
from .pagination import AsyncPaginator
from .pagination import _AsyncPage as AsyncPage
from .pagination import _SyncPage as SyncPage
from .polling import apoll, poll
from .stream import AsyncStream, Stream
from .stream._helper_cores import Pair, pair_parser
from .stream._managers import make_async_manager, make_manager
from .structured import prepare
from .uploads import (
    UploadInfo,
    adownload_to_file,
    aupload_in_parts,
    download_to_file,
    upload_in_parts,
)

__all__ = ["AsyncRequester", "AsyncSender", "SyncRequester", "SyncSender"]


def _reader(op: Operation, stream: bool, as_text: bool = False) -> Callable[[Any], Any]:
    """How a streamed response becomes the typed result (``parse()``): events or a model."""
    if stream:
        parse_event = event_parser(op)
        return lambda response: Stream(response, parse=parse_event)
    return lambda response: parse(op, response, as_text=as_text)


def _async_reader(op: Operation, stream: bool, as_text: bool = False) -> Callable[[Any], Any]:
    if stream:
        parse_event = event_parser(op)
        return lambda response: AsyncStream(response, parse=parse_event)
    return lambda response: parse(op, response, as_text=as_text)


class SyncSender(RequestBuilder, Protocol):
    """The small sending protocol ``SyncRequester`` needs (``OpenAIClient`` implements it)."""

    def send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """Send through the transport stack; failures raise ``OpenAIError``."""
        ...


class AsyncSender(RequestBuilder, Protocol):
    """The async twin of ``SyncSender`` (``AsyncOpenAIClient`` implements it)."""

    async def send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """Send through the transport stack; failures raise ``OpenAIError``."""
        ...


# ---- the drivers ---------------------------------------------------------------------------


class SyncRequester:
    """Sends facade operations through an ``OpenAIClient``'s transport stack."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncSender) -> None:
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
        as_text: bool = False,
    ) -> Any:
        """One call; a model, a ``Stream``, bytes, ``None`` or a ``RawResponse`` of those."""
        with contextlib.ExitStack() as stack:
            request = build(
                self._client, op, path, query, body, options, stream=stream, stack=stack
            )
            tracker = track(self._client, request)
            started = time.perf_counter()
            try:
                response = self._client.send(request, stream=stream)
                if stream:
                    result: Any = Stream(response, parse=event_parser(op), observer=tracker)
                else:
                    result = parse(op, response, as_text=as_text)
            except BaseException as exc:
                if tracker is not None:
                    tracker.fail(exc)
                raise
        if tracker is not None and not stream:
            tracker.finish(result)
        return RawResponse(result, response, time.perf_counter() - started) if raw else result

    def paginate(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: CallOptions,
        *,
        raw: bool = False,
        body: Mapping[str, object] | None = None,
    ) -> SyncPage[Any] | RawResponse[SyncPage[Any]]:
        """The first page of a list operation, fetched now; later pages on demand.

        ``body``: what a POST list (``vector_stores.search``) sends with every page."""

        start, strategy = page_start(query)
        fetch = self._fetcher(op, path, options, body)
        if not raw:
            return SyncPage.first(fetch, start, strategy=strategy, item=op.page_item)
        first: RawResponse[Any] = self.request(op, path, start, body, options, raw=True)
        result = (items_of(first.parsed), first.parsed)
        page: type[SyncPage[Any]] = SyncPage.styled(strategy, op.page_item)
        return first.with_parsed(page(fetch, start, result, strategy=strategy))

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
    ) -> ResponseManager[Any]:
        """``with_streaming_response``: sends on entry, the body left on the wire."""
        read = _reader(op, stream, as_text)
        if op.page_item:
            read = self._page_reader(op, path, query, options, body)

        def open_response() -> StreamedResponse[Any]:
            with contextlib.ExitStack() as stack:
                request = build(
                    self._client, op, path, query, body, options, stream=stream, stack=stack
                )
                started = time.perf_counter()
                response = self._client.send(request, stream=True)
            elapsed = time.perf_counter() - started
            return StreamedResponse(response, elapsed, read, reads_body=not stream)

        return ResponseManager(open_response)

    def _fetcher(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        options: CallOptions,
        body: Mapping[str, object] | None = None,
    ) -> Callable[[dict[str, Any]], tuple[list[Any], Any]]:
        def fetch(params: dict[str, Any]) -> tuple[list[Any], Any]:
            page = self.request(op, path, params, body, options)
            return items_of(page), page

        return fetch

    def _page_reader(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: CallOptions,
        body: Mapping[str, object] | None = None,
    ) -> Callable[[Any], SyncPage[Any]]:
        start, strategy = page_start(query)
        fetch = self._fetcher(op, path, options, body)

        page_class: type[SyncPage[Any]] = SyncPage.styled(strategy, op.page_item)

        def read(response: Any) -> SyncPage[Any]:
            page = parse(op, response)
            return page_class(fetch, start, (items_of(page), page), strategy=strategy)

        return read

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
        with contextlib.ExitStack() as stack:
            request = build(self._client, op, path, query, body, options, stack=stack)
            response = self._client.send(request, stream=True)
        return download_to_file(response, destination, chunk_size=CHUNK_SIZE)

    def poll(
        self,
        fetch: Callable[[], Any],
        *,
        kind: str,
        poll_interval: Any = UNSET,
        poll_interval_ms: Any = UNSET,
        poll_timeout: Any = UNSET,
    ) -> Any:
        """Fetch (raw) until the ``kind``'s status is terminal (``polling.TERMINAL_STATUSES``)
        or its deadline passes (``TimeoutError``); honours ``openai-poll-after-ms``."""

        def step() -> tuple[Any, Mapping[str, str]]:
            raw = fetch()
            return raw.parsed, raw.headers

        return poll(step, **poll_kwargs(kind, poll_interval, poll_interval_ms, poll_timeout))

    def upload_file(
        self,
        ops: tuple[Operation, Operation, Operation, Operation],
        file: Any,
        *,
        fields: Mapping[str, object],
        part_size: Any = UNSET,
        concurrency: Any = UNSET,
        options: CallOptions,
    ) -> Any:
        """A large file as an Upload: create, parts in parallel, complete (cancel on error)."""
        create_op, part_op, complete_op, cancel_op = ops

        def create(info: UploadInfo) -> str:
            return str(self.request(create_op, None, None, upload_body(info, fields), options).id)

        def add_part(upload_id: str, data: bytes) -> str:
            part = self.request(part_op, {"upload_id": upload_id}, None, {"data": data}, options)
            return str(part.id)

        def complete(upload_id: str, part_ids: list[str], md5: str) -> Any:
            body = {"part_ids": part_ids, "md5": md5}
            return self.request(complete_op, {"upload_id": upload_id}, None, body, options)

        def cancel(upload_id: str) -> Any:
            return self.request(cancel_op, {"upload_id": upload_id}, None, None, options)

        return upload_in_parts(
            file, create=create, add_part=add_part, complete=complete, cancel=cancel,
            **part_options(fields, part_size, concurrency),
        )  # fmt: skip

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
        """``.parse``: send the call with the type's strict schema, parse the answer
        (``raw``: a ``RawResponse`` of it, as ``with_raw_response.parse``)."""
        prepared = prepare(kind, body, extra)
        op = ops["create"]
        with contextlib.ExitStack() as stack:
            request = build(self._client, op, path, None, prepared.body, options, stack=stack)
            tracker = track(self._client, request)
            started = time.perf_counter()
            try:
                response = self._client.send(request)
                result = parsed_answer(kind, prepared, op, response)
            except BaseException as exc:
                if tracker is not None:
                    tracker.fail(exc)
                raise
        if tracker is not None:
            tracker.finish(result)
        return RawResponse(result, response, time.perf_counter() - started) if raw else result

    def parse_streaming(
        self,
        kind: str,
        ops: Mapping[str, Operation],
        path: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        extra: Mapping[str, object],
        options: CallOptions,
    ) -> ResponseManager[Any]:
        """``with_streaming_response.parse``: sends on entry; ``parse()`` reads the body and
        parses the answer into the requested type."""
        prepared = prepare(kind, body, extra)
        op = ops["create"]

        def open_response() -> StreamedResponse[Any]:
            with contextlib.ExitStack() as stack:
                request = build(self._client, op, path, None, prepared.body, options, stack=stack)
                started = time.perf_counter()
                response = self._client.send(request, stream=True)
            elapsed = time.perf_counter() - started
            return StreamedResponse(
                response, elapsed, lambda r: parsed_answer(kind, prepared, op, r)
            )

        return ResponseManager(open_response)

    def stream_helper(
        self,
        kind: str,
        ops: Mapping[str, Operation],
        path: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        extra: Mapping[str, object],
        options: CallOptions,
    ) -> Any:
        """``.stream``: a manager that opens the event stream when entered."""

        def open_stream(
            op: Operation,
            path: Mapping[str, object] | None,
            query: Mapping[str, object] | None,
            body: Mapping[str, object] | None,
        ) -> Stream[Pair]:
            with contextlib.ExitStack() as stack:
                request = build(
                    self._client, op, path, query, body, options, stream=True, stack=stack
                )
                tracker = track(self._client, request)
                try:
                    response = self._client.send(request, stream=True)
                except BaseException as exc:
                    if tracker is not None:
                        tracker.fail(exc)
                    raise
            return Stream(response, parse=pair_parser(event_parser(op)), observer=tracker)

        return make_manager(kind, ops, path, prepare(kind, body, extra), extra, open_stream)

    def run_batch(
        self,
        resources: Mapping[str, Any],
        op: Ref | None,
        requests: Any,
        options: Mapping[str, Any],
    ) -> Any:
        """``batches.run``: the resumable batch runner over these resources."""
        from .batch._facade import run_on_resources

        return run_on_resources(resources, op, requests, options)


class AsyncRequester:
    """Sends facade operations through an ``AsyncOpenAIClient``'s transport stack."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSender) -> None:
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
        as_text: bool = False,
    ) -> Any:
        """See ``SyncRequester.request``."""
        with contextlib.ExitStack() as stack:
            request = build(
                self._client, op, path, query, body, options, stream=stream, stack=stack
            )
            tracker = track(self._client, request)
            started = time.perf_counter()
            try:
                response = await self._client.send(request, stream=stream)
                if stream:
                    result: Any = AsyncStream(response, parse=event_parser(op), observer=tracker)
                else:
                    result = parse(op, response, as_text=as_text)
            except BaseException as exc:
                if tracker is not None:
                    tracker.fail(exc)
                raise
        if tracker is not None and not stream:
            tracker.finish(result)
        return RawResponse(result, response, time.perf_counter() - started) if raw else result

    def paginate(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: CallOptions,
        *,
        raw: bool = False,
        body: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[Any] | Awaitable[RawResponse[AsyncPage[Any]]]:
        """An ``AsyncPaginator`` (await: the first page; async for: every item); with
        ``raw``, an awaitable of the first page next to its response. ``body``: see
        ``SyncRequester.paginate``."""
        start, strategy = page_start(query)
        fetch = self._fetcher(op, path, options, body)
        if not raw:
            return AsyncPaginator(fetch, start, strategy=strategy, item=op.page_item)
        return self._first_raw(op, path, start, strategy, options, body)

    def _fetcher(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        options: CallOptions,
        body: Mapping[str, object] | None = None,
    ) -> Callable[[dict[str, Any]], Awaitable[tuple[list[Any], Any]]]:
        async def fetch(params: dict[str, Any]) -> tuple[list[Any], Any]:
            page = await self.request(op, path, params, body, options)
            return items_of(page), page

        return fetch

    async def _first_raw(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        start: dict[str, Any],
        strategy: Any,
        options: CallOptions,
        body: Mapping[str, object] | None = None,
    ) -> RawResponse[AsyncPage[Any]]:
        first: RawResponse[Any] = await self.request(op, path, start, body, options, raw=True)
        fetch = self._fetcher(op, path, options, body)
        result = (items_of(first.parsed), first.parsed)
        page: type[AsyncPage[Any]] = AsyncPage.styled(strategy, op.page_item)
        return first.with_parsed(page(fetch, start, result, strategy=strategy))

    def _page_reader(
        self,
        op: Operation,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        options: CallOptions,
        body: Mapping[str, object] | None = None,
    ) -> Callable[[Any], AsyncPage[Any]]:
        start, strategy = page_start(query)
        fetch = self._fetcher(op, path, options, body)

        page_class: type[AsyncPage[Any]] = AsyncPage.styled(strategy, op.page_item)

        def read(response: Any) -> AsyncPage[Any]:
            page = parse(op, response)
            return page_class(fetch, start, (items_of(page), page), strategy=strategy)

        return read

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
    ) -> AsyncResponseManager[Any]:
        """See ``SyncRequester.streaming``."""
        read = _async_reader(op, stream, as_text)
        if op.page_item:
            read = self._page_reader(op, path, query, options, body)

        async def open_response() -> AsyncStreamedResponse[Any]:
            with contextlib.ExitStack() as stack:
                request = build(
                    self._client, op, path, query, body, options, stream=stream, stack=stack
                )
                started = time.perf_counter()
                response = await self._client.send(request, stream=True)
            elapsed = time.perf_counter() - started
            return AsyncStreamedResponse(response, elapsed, read, reads_body=not stream)

        return AsyncResponseManager(open_response)

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
        with contextlib.ExitStack() as stack:
            request = build(self._client, op, path, query, body, options, stack=stack)
            response = await self._client.send(request, stream=True)
        return await adownload_to_file(response, destination, chunk_size=CHUNK_SIZE)

    async def poll(
        self,
        fetch: Callable[[], Awaitable[Any]],
        *,
        kind: str,
        poll_interval: Any = UNSET,
        poll_interval_ms: Any = UNSET,
        poll_timeout: Any = UNSET,
    ) -> Any:
        """See ``SyncRequester.poll``."""

        async def step() -> tuple[Any, Mapping[str, str]]:
            raw = await fetch()
            return raw.parsed, raw.headers

        return await apoll(step, **poll_kwargs(kind, poll_interval, poll_interval_ms, poll_timeout))

    async def upload_file(
        self,
        ops: tuple[Operation, Operation, Operation, Operation],
        file: Any,
        *,
        fields: Mapping[str, object],
        part_size: Any = UNSET,
        concurrency: Any = UNSET,
        options: CallOptions,
    ) -> Any:
        """See ``SyncRequester.upload_file``."""
        create_op, part_op, complete_op, cancel_op = ops

        async def create(info: UploadInfo) -> str:
            upload = await self.request(create_op, None, None, upload_body(info, fields), options)
            return str(upload.id)

        async def add_part(upload_id: str, data: bytes) -> str:
            body = {"data": data}
            part = await self.request(part_op, {"upload_id": upload_id}, None, body, options)
            return str(part.id)

        async def complete(upload_id: str, part_ids: list[str], md5: str) -> Any:
            body = {"part_ids": part_ids, "md5": md5}
            return await self.request(complete_op, {"upload_id": upload_id}, None, body, options)

        async def cancel(upload_id: str) -> Any:
            return await self.request(cancel_op, {"upload_id": upload_id}, None, None, options)

        return await aupload_in_parts(
            file, create=create, add_part=add_part, complete=complete, cancel=cancel,
            **part_options(fields, part_size, concurrency),
        )  # fmt: skip

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
    ) -> Any:
        """See ``SyncRequester.parse_helper``."""
        prepared = prepare(kind, body, extra)
        op = ops["create"]
        with contextlib.ExitStack() as stack:
            request = build(self._client, op, path, None, prepared.body, options, stack=stack)
            tracker = track(self._client, request)
            started = time.perf_counter()
            try:
                response = await self._client.send(request)
                result = parsed_answer(kind, prepared, op, response)
            except BaseException as exc:
                if tracker is not None:
                    tracker.fail(exc)
                raise
        if tracker is not None:
            tracker.finish(result)
        return RawResponse(result, response, time.perf_counter() - started) if raw else result

    def parse_streaming(
        self,
        kind: str,
        ops: Mapping[str, Operation],
        path: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        extra: Mapping[str, object],
        options: CallOptions,
    ) -> AsyncResponseManager[Any]:
        """See ``SyncRequester.parse_streaming``."""
        prepared = prepare(kind, body, extra)
        op = ops["create"]

        async def open_response() -> AsyncStreamedResponse[Any]:
            with contextlib.ExitStack() as stack:
                request = build(self._client, op, path, None, prepared.body, options, stack=stack)
                started = time.perf_counter()
                response = await self._client.send(request, stream=True)
            elapsed = time.perf_counter() - started
            return AsyncStreamedResponse(
                response, elapsed, lambda r: parsed_answer(kind, prepared, op, r)
            )

        return AsyncResponseManager(open_response)

    def stream_helper(
        self,
        kind: str,
        ops: Mapping[str, Operation],
        path: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        extra: Mapping[str, object],
        options: CallOptions,
    ) -> Any:
        """See ``SyncRequester.stream_helper``."""

        async def open_stream(
            op: Operation,
            path: Mapping[str, object] | None,
            query: Mapping[str, object] | None,
            body: Mapping[str, object] | None,
        ) -> AsyncStream[Pair]:
            with contextlib.ExitStack() as stack:
                request = build(
                    self._client, op, path, query, body, options, stream=True, stack=stack
                )
                tracker = track(self._client, request)
                try:
                    response = await self._client.send(request, stream=True)
                except BaseException as exc:
                    if tracker is not None:
                        tracker.fail(exc)
                    raise
            return AsyncStream(response, parse=pair_parser(event_parser(op)), observer=tracker)

        return make_async_manager(kind, ops, path, prepare(kind, body, extra), extra, open_stream)

    async def run_batch(
        self,
        resources: Mapping[str, Any],
        op: Ref | None,
        requests: Any,
        options: Mapping[str, Any],
    ) -> Any:
        """``batches.run`` (async): the resumable batch runner over these resources."""
        from .batch._facade import arun_on_resources

        return await arun_on_resources(resources, op, requests, options)
