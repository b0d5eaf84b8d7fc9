"""Raw, streamed and binary responses over real sockets (the fault server on 127.0.0.1)."""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from integrations_openai import (
    AsyncOpenAIClient,
    AsyncStreamedResponse,
    BinaryContent,
    NotFoundError,
    OpenAIClient,
    StreamedResponse,
    StreamError,
)
from integrations_openai._response import set_request_id
from tests.support.faultserver import FaultServer, Reply, error_reply, json_reply, sse

KEY = "sk-test-RESPONSEKEY0123456789abcdef"
MODEL = {"id": "gpt-x", "object": "model", "created": 1, "owned_by": "o"}
FILE = {"id": "a", "object": "file", "bytes": 1, "created_at": 1, "filename": "f.jsonl",
        "purpose": "batch", "status": "processed"}  # fmt: skip
PAGE_1 = {"object": "list", "data": [FILE], "has_more": True, "last_id": "a"}
PAGE_2 = {"object": "list", "data": [{**FILE, "id": "b"}], "has_more": False, "last_id": "b"}
CHUNK = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": {"content": "hi"}, "finish_reason": None}]}  # fmt: skip


def _sync(server: FaultServer) -> OpenAIClient:
    return OpenAIClient(api_key=KEY, base_url=server.url + "/v1", max_retries=0)


def _async(server: FaultServer) -> AsyncOpenAIClient:
    return AsyncOpenAIClient(api_key=KEY, base_url=server.url + "/v1", max_retries=0)


def _download(stall_after: int | None = None) -> Reply:
    return Reply(
        headers={"content-type": "application/octet-stream", "x-request-id": "req_d"},
        chunks=[b"line one\n", b"line two\n", b"tail"],
        stall_after=stall_after,
    )


# ---- with_streaming_response ------------------------------------------------------------


def test_streaming_response_reads_only_what_is_asked_and_closes_on_exit(
    fault_server: FaultServer,
) -> None:
    # The server stalls after two chunks: buffering the body would hang the call.
    fault_server.enqueue(_download(stall_after=2))
    with _sync(fault_server) as client:
        with client.files.with_streaming_response.content("file-1") as response:
            assert isinstance(response, StreamedResponse)
            assert response.status_code == 200 and response.request_id == "req_d"
            assert response.http_request.url.path == "/v1/files/file-1/content"
            assert response.method == "GET" and response.url.path.endswith("/content")
            assert response.elapsed.total_seconds() >= 0 and not response.is_closed
            chunks = response.iter_bytes()
            assert next(chunks) == b"line one\n" and next(chunks) == b"line two\n"
        assert response.is_closed
        fault_server.wait_for_open_connections(0)


def test_streaming_response_helpers(fault_server: FaultServer, tmp_path: Path) -> None:
    fault_server.enqueue(_download(), _download(), _download())
    fault_server.enqueue(json_reply(MODEL, headers={"x-request-id": "req_m"}))
    with _sync(fault_server) as client:
        files = client.files.with_streaming_response
        with files.content("f") as response:
            response.stream_to_file(tmp_path / "out.bin", chunk_size=3)
        assert (tmp_path / "out.bin").read_bytes() == b"line one\nline two\ntail"
        with files.content("f") as response:
            assert list(response.iter_lines()) == ["line one", "line two", "tail"]
            with pytest.raises(StreamError, match="already streamed"):
                response.text()
        with files.content("f") as response:
            assert response.text() == "line one\nline two\ntail"
            assert response.read() == b"line one\nline two\ntail"
            parsed = response.parse()
            assert isinstance(parsed, BinaryContent) and parsed == response.read()
        with client.models.with_streaming_response.retrieve("gpt-x") as model_response:
            assert model_response.json() == MODEL
            model = model_response.parse()
            assert model.id == "gpt-x" and model_response.parse() is model  # parsed once
        assert "StreamedResponse 200" in repr(model_response)


def test_streaming_response_of_an_event_stream_parses_to_events(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse([CHUNK, CHUNK]))
    with _sync(fault_server) as client:
        completions = client.chat.completions.with_streaming_response
        with completions.create(model="m", messages=[], stream=True) as response:
            assert response.headers["content-type"] == "text/event-stream"
            events = list(response.parse())  # type: ignore[arg-type]
        assert [e.choices[0].delta.content for e in events] == ["hi", "hi"]
        assert fault_server.requests[0].headers["accept"] == "text/event-stream"


def test_streaming_response_of_a_list_parses_to_a_page(fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply(PAGE_1), json_reply(PAGE_2))
    with _sync(fault_server) as client:
        with client.files.with_streaming_response.list() as response:
            page = response.parse()
        assert [m.id for m in page.data] == ["a"] and page.has_next_page()
        assert [m.id for m in page] == ["a", "b"]
        assert "after=a" in fault_server.requests[1].query


def test_streaming_response_error_raises_on_entry(fault_server: FaultServer) -> None:
    fault_server.enqueue(error_reply(404))
    with _sync(fault_server) as client:
        manager = client.models.with_streaming_response.retrieve("nope")
        assert fault_server.request_count == 0  # nothing is sent before entry
        with pytest.raises(NotFoundError), manager:
            pass  # pragma: no cover - entry raises


async def test_async_streaming_response(fault_server: FaultServer, tmp_path: Path) -> None:
    fault_server.enqueue(_download(stall_after=2), _download(), _download(), _download())
    fault_server.enqueue(json_reply(MODEL), json_reply(PAGE_1), sse([CHUNK]))
    async with _async(fault_server) as client:
        files = client.files.with_streaming_response
        async with files.content("f") as response:
            assert isinstance(response, AsyncStreamedResponse)
            chunks = response.iter_bytes()
            assert (await chunks.__anext__()).startswith(b"line one\n")  # no wait for the rest
        assert response.is_closed
        async with files.content("f") as response:
            await response.stream_to_file(tmp_path / "a.bin")
        assert (tmp_path / "a.bin").read_bytes() == b"line one\nline two\ntail"
        async with files.content("f") as response:
            assert await response.text() == "line one\nline two\ntail"
            assert [line async for line in response.iter_lines()] == [
                "line one",
                "line two",
                "tail",
            ]
            assert [t async for t in response.iter_text()] == ["line one\nline two\ntail"]
            assert (await response.parse()) == await response.read()
        async with files.content("f") as response:
            assert [c async for c in response.iter_bytes()]
            with pytest.raises(StreamError, match="already streamed"):
                await response.read()
        async with client.models.with_streaming_response.retrieve("m") as model_response:
            assert await model_response.json() == MODEL
            assert (await model_response.parse()).id == "gpt-x"
        async with client.files.with_streaming_response.list() as list_response:
            page = await list_response.parse()
        assert page.data[0].id == "a" and page.has_next_page()
        completions = client.chat.completions.with_streaming_response
        async with completions.create(model="m", messages=[], stream=True) as events_response:
            stream: Any = await events_response.parse()
            assert [e.choices[0].delta.content async for e in stream] == ["hi"]


# ---- binary content ---------------------------------------------------------------------


def test_binary_content_works_where_bytes_worked(fault_server: FaultServer, tmp_path: Path) -> None:
    fault_server.enqueue(_download())
    with _sync(fault_server) as client:
        content = client.files.content("file-1")
    assert isinstance(content, bytes) and isinstance(content, BinaryContent)
    assert content == b"line one\nline two\ntail" and content.startswith(b"line")
    assert type(content.content) is bytes and content.read() == content.content
    assert content.text == "line one\nline two\ntail"
    assert content.response.headers["x-request-id"] == "req_d"
    assert content.encoding == "utf-8" and content.charset_encoding is None
    assert list(content.iter_bytes(10)) == [b"line one\nl", b"ine two\nta", b"il"]
    assert b"".join(content.iter_bytes()) == content
    assert list(content.iter_text(9)) == ["line one\n", "line two\n", "tail"]
    assert list(content.iter_lines()) == ["line one", "line two", "tail"]
    content.write_to_file(tmp_path / "w.bin")
    content.stream_to_file(tmp_path / "s.bin", chunk_size=4)
    assert (tmp_path / "w.bin").read_bytes() == (tmp_path / "s.bin").read_bytes() == content
    content.close()


async def test_binary_content_async_helpers(fault_server: FaultServer, tmp_path: Path) -> None:
    fault_server.enqueue(json_reply({"a": 1}, headers={"content-type": "application/octet-stream"}))
    async with _async(fault_server) as client:
        content = await client.files.content("file-1")
    assert content.json() == {"a": 1}
    assert await content.aread() == content
    await content.astream_to_file(tmp_path / "a.bin")
    assert json.loads((tmp_path / "a.bin").read_bytes()) == {"a": 1}
    await content.aclose()
    empty = BinaryContent(httpx.Response(200, content=b""))
    assert list(empty.iter_bytes()) == [] and list(empty.iter_text()) == []


async def test_binary_content_async_iterators_are_awaited_first_as_the_sdks() -> None:
    content = BinaryContent(httpx.Response(200, content=b"ab\ncd\n"))
    assert list(content.iter_raw(3)) == [b"ab\n", b"cd\n"]
    assert [b async for b in await content.aiter_bytes(3)] == [b"ab\n", b"cd\n"]
    assert [b async for b in await content.aiter_raw()] == [b"ab\ncd\n"]
    assert [t async for t in await content.aiter_text(2)] == ["ab", "\nc", "d\n"]
    assert [line async for line in await content.aiter_lines()] == ["ab", "cd"]


# ---- with_raw_response ------------------------------------------------------------------


def test_raw_response_surface(fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply(MODEL, headers={"x-request-id": "req_r"}))
    fault_server.enqueue(json_reply(PAGE_1), json_reply(PAGE_2))
    with _sync(fault_server) as client:
        raw = client.models.with_raw_response.retrieve("gpt-x")
        assert raw.parse().id == "gpt-x" and raw.parsed is raw.parse()
        assert raw.json() == MODEL and json.loads(raw.text) == MODEL and raw.content
        assert raw.http_request.method == raw.method == "GET"
        assert raw.url.path == "/v1/models/gpt-x" and raw.request_id == "req_r"
        assert raw.is_closed and raw.elapsed.total_seconds() >= 0
        assert raw.http_version == "HTTP/1.1"
        page = client.files.with_raw_response.list().parse()
        assert [m.id for m in page] == ["a", "b"]


async def test_async_raw_list_parses_to_an_async_page(fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply(PAGE_1), json_reply(PAGE_2))
    async with _async(fault_server) as client:
        raw = await client.files.with_raw_response.list()
        page = raw.parse()
        assert [m.id async for m in page] == ["a", "b"]


async def test_raw_response_of_a_stream_has_no_content_yet(fault_server: FaultServer) -> None:
    fault_server.enqueue(sse([CHUNK]))
    with _sync(fault_server) as client:
        raw = client.chat.completions.with_raw_response.create(model="m", messages=[], stream=True)
        assert raw.content == b"" and raw.text == ""
        assert [e.id for e in raw.parse()] == ["c"]  # type: ignore[union-attr]


# ---- _request_id --------------------------------------------------------------------------


def test_every_parsed_model_carries_its_request_id(fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply(MODEL, headers={"x-request-id": "req_m"}))
    fault_server.enqueue(json_reply(PAGE_1, headers={"x-request-id": "req_p"}))
    fault_server.enqueue(json_reply(MODEL, headers={"x-request-id": "req_r"}))
    with _sync(fault_server) as client:
        assert client.models.retrieve("gpt-x")._request_id == "req_m"
        page = client.files.list()
        assert page._request_id == page.raw._request_id == "req_p"
        assert client.models.with_raw_response.retrieve("x").parse()._request_id == "req_r"


def test_set_request_id_leaves_other_results_alone() -> None:
    response = httpx.Response(200, headers={"x-request-id": "req_7"})
    for value in (None, b"x", "x", [1], {"a": 1}, object()):
        assert set_request_id(value, response) is value
    assert not hasattr(set_request_id(object(), response), "_request_id")


# ---- the generated surface ------------------------------------------------------------------


def _resources(obj: object, seen: set[int]) -> Iterator[object]:
    """Every resource object reachable from the client (children via cached properties)."""
    for name in dir(type(obj)):
        if name.startswith("_") or name in {"with_raw_response", "with_streaming_response"}:
            continue
        if not isinstance(inspect.getattr_static(type(obj), name), functools.cached_property):
            continue
        child = getattr(obj, name)
        if id(child) in seen or not hasattr(child, "_requester"):
            continue
        seen.add(id(child))
        yield child
        yield from _resources(child, seen)


@pytest.mark.parametrize("cls", [OpenAIClient, AsyncOpenAIClient])
def test_every_resource_has_both_response_wrappers_with_the_same_methods(cls: Any) -> None:
    client = cls(api_key=KEY, base_url="http://127.0.0.1:9/v1")
    checked = 0
    for resource in _resources(client, set()):
        if not hasattr(resource, "with_raw_response"):
            continue
        raw = {n for n in vars(type(resource.with_raw_response)) if not n.startswith("_")}
        streaming = {
            n for n in vars(type(resource.with_streaming_response)) if not n.startswith("_")
        }
        assert raw and raw == streaming, type(resource).__name__
        checked += 1
    assert checked > 50
