"""The generated resource facade: every spec operation reachable under the SDK's names,
and the seed services on the wire (method, path, body) with typed results."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

import httpx
import pytest
import yaml

from integrations_openai._client import AsyncOpenAIClient, OpenAIClient
from integrations_openai._facade_core import ArgumentTypeError
from integrations_openai.errors import ConfigurationError, ResponseDecodeError

ROOT = Path(__file__).resolve().parents[2]
NAMES = yaml.safe_load((ROOT / "scripts/codegen/facade/names.yaml").read_text())
SPEC = yaml.load((ROOT / "openapi/openapi.yml").read_text(), Loader=yaml.CSafeLoader)
OPERATIONS = [
    op["operationId"]
    for item in SPEC["paths"].values()
    for verb, op in item.items()
    if verb in ("get", "post", "put", "patch", "delete")
]


def _client(handler: Any, cls: Any = OpenAIClient) -> Any:
    return cls(
        api_key="sk-test-facade",
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
        transport=httpx.MockTransport(handler),
    )


def _resolve(root: Any, op_id: str) -> Any:
    entry = NAMES[op_id]
    node = root
    for part in entry["resource"].split("."):
        node = getattr(node, part)
    return getattr(node, entry["method"])


@pytest.mark.parametrize("cls", [OpenAIClient, AsyncOpenAIClient])
def test_every_official_sdk_name_works_unchanged(cls: Any) -> None:
    """Code written for the official SDK (``client.beta.threads.runs.create``) keeps working."""
    client = _client(lambda r: httpx.Response(500), cls)
    sdk_names = [entry["sdk"] for entry in NAMES.values() if "sdk" in entry]
    assert len(sdk_names) >= 260
    for name in sdk_names:
        node = client
        for part in name.split("."):
            node = getattr(node, part)
        assert callable(node), name
    assert type(client.beta.threads.runs) is type(client.threads.runs)


def test_every_spec_operation_has_a_name() -> None:
    assert len(OPERATIONS) == 271
    assert set(OPERATIONS) == set(NAMES)


@pytest.mark.parametrize("cls", [OpenAIClient, AsyncOpenAIClient])
def test_every_operation_is_reachable(cls: Any) -> None:
    client = _client(lambda r: httpx.Response(500), cls)
    for op_id in OPERATIONS:
        assert callable(_resolve(client, op_id)), op_id


class Recorder:
    """A MockTransport handler that records requests and answers with canned JSON."""

    def __init__(
        self,
        body: Any = None,
        *,
        status: int = 200,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.body = body
        self.status = status
        self.content = content
        self.headers = headers or {}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.content is not None:
            return httpx.Response(self.status, content=self.content, headers=self.headers)
        return httpx.Response(self.status, json=self.body, headers=self.headers)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def json(self) -> Any:
        return json.loads(self.last.content)


CHAT = {
    "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o-mini",
    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                 "message": {"role": "assistant", "content": "hi", "refusal": None}}],
}  # fmt: skip


def test_chat_completions_create() -> None:
    rec = Recorder(CHAT)
    client = _client(rec)
    result = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hello"}], temperature=0.5
    )
    assert rec.last.method == "POST"
    assert rec.last.url.path == "/v1/chat/completions"
    assert rec.json() == {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": "hello"}],
        "temperature": 0.5,
    }
    assert result.id == "chatcmpl-1"
    assert result.choices[0].message.content == "hi"


def test_any_sequence_and_mapping_goes_on_the_wire_as_json_arrays_and_objects() -> None:
    # The facade annotates request arrays as Sequence and objects as Mapping: tuples,
    # read-only mappings and user sequences are sent like lists and dicts, on every retry.
    class Messages(Sequence[Mapping[str, str]]):
        def __init__(self, *items: Mapping[str, str]) -> None:
            self.items = items

        def __len__(self) -> int:
            return len(self.items)

        def __getitem__(self, i: Any) -> Any:
            return self.items[i]

    rec = Recorder(CHAT)
    client = _client(rec)
    frozen = MappingProxyType({"role": "user", "content": "hello"})
    client.chat.completions.create(
        model="m",
        messages=Messages(frozen, {"role": "system", "content": "be brief"}),
        stop=("a", "b"),
        metadata=MappingProxyType({"team": "ml"}),
    )
    assert rec.json() == {
        "model": "m",
        "messages": [
            {"role": "user", "content": "hello"},
            {"role": "system", "content": "be brief"},
        ],
        "stop": ["a", "b"],
        "metadata": {"team": "ml"},
    }
    client.models.list(extra_query={"ids": ("a", "b")})
    assert rec.last.url.params.get_list("ids") == ["a", "b"]


def test_chat_completions_stream_sends_accept_and_yields_typed_chunks() -> None:
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
             "choices": [{"index": 0, "delta": {"content": "he"}, "finish_reason": None}]}  # fmt: skip
    body = f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode()
    rec = Recorder(content=body, headers={"content-type": "text/event-stream"})
    client = _client(rec)
    with client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "x"}], stream=True
    ) as stream:
        events = list(stream)
    assert rec.last.headers["accept"] == "text/event-stream"
    assert rec.json()["stream"] is True
    assert [e.choices[0].delta.content for e in events] == ["he"]


def test_embeddings_base64_by_default_decoded_to_floats() -> None:
    import base64
    import struct

    vec = base64.b64encode(struct.pack("<3f", 0.5, -1.0, 2.0)).decode()
    rec = Recorder({"object": "list", "model": "e", "usage": {"prompt_tokens": 1, "total_tokens": 1},
                    "data": [{"object": "embedding", "index": 0, "embedding": vec}]})  # fmt: skip
    client = _client(rec)
    result = client.embeddings.create(model="e", input="hi")
    assert rec.json()["encoding_format"] == "base64"
    assert result.data[0].embedding == [0.5, -1.0, 2.0]
    client.embeddings.create(model="e", input="hi", encoding_format="float")
    assert rec.json()["encoding_format"] == "float"


def test_models_list_paginates_and_retrieve_quotes_path() -> None:
    rec = Recorder({"object": "list", "data": [
        {"id": "a", "object": "model", "created": 1, "owned_by": "o"},
        {"id": "b", "object": "model", "created": 1, "owned_by": "o"}]})  # fmt: skip
    client = _client(rec)
    assert [m.id for m in client.models.list()] == ["a", "b"]
    assert rec.last.url.path == "/v1/models"
    rec.body = {"id": "ft:x/y", "object": "model", "created": 1, "owned_by": "o"}
    assert client.models.retrieve("ft:x/y").id == "ft:x/y"
    assert rec.last.url.raw_path == b"/v1/models/ft:x%2Fy"  # RFC 3986 pchar kept, as the SDK
    client.models.retrieve("a b?#%")
    assert rec.last.url.raw_path == b"/v1/models/a%20b%3F%23%25"
    for dots in (".", ".."):
        with pytest.raises(ConfigurationError, match="cannot be"):
            client.models.retrieve(dots)


def test_cursor_pagination_follows_after() -> None:
    pages = [
        {"object": "list", "data": [{"id": "b1", "object": "batch", "endpoint": "/v1/chat/completions",
         "input_file_id": "f", "completion_window": "24h", "status": "completed", "created_at": 1}],
         "first_id": "b1", "last_id": "b1", "has_more": True},
        {"object": "list", "data": [{"id": "b2", "object": "batch", "endpoint": "/v1/chat/completions",
         "input_file_id": "f", "completion_window": "24h", "status": "completed", "created_at": 1}],
         "first_id": "b2", "last_id": "b2", "has_more": False},
    ]  # fmt: skip
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=pages[len(seen) - 1])

    client = _client(handler)
    assert [b.id for b in client.batches.list(limit=1)] == ["b1", "b2"]
    assert seen[0].url.params["limit"] == "1"
    assert seen[1].url.params["after"] == "b1"
    seen.clear()
    pages = list(client.batches.list(limit=1).iter_pages())
    assert [[b.id for b in p.data] for p in pages] == [["b1"], ["b2"]]
    assert pages[0].has_next_page() and not pages[1].has_next_page()
    assert pages[0].has_more is True and pages[1].last_id == "b2"  # the body reads through


def _usage_pages() -> list[dict[str, Any]]:
    def bucket(start: int) -> dict[str, Any]:
        return {"object": "bucket", "start_time": start, "end_time": start + 1, "results": []}

    return [
        {"object": "page", "data": [bucket(1)], "has_more": True, "next_page": "tok2"},
        {"object": "page", "data": [bucket(2)], "has_more": False, "next_page": None},
    ]


@pytest.mark.parametrize("cls", [OpenAIClient, AsyncOpenAIClient])
async def test_page_token_pagination_follows_next_page(cls: Any) -> None:
    """Usage and costs page with ``page=<next_page>``, not cursors: every page is fetched."""
    pages = _usage_pages()
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=pages[len(seen) - 1])

    client = _client(handler, cls)
    pager = client.admin.organization.usage.costs(start_time=1, limit=1)
    if cls is OpenAIClient:
        starts = [b.start_time for b in pager]
    else:
        starts = [b.start_time async for b in pager]
    assert starts == [1, 2]
    assert "page" not in seen[0].url.params
    assert seen[1].url.params["page"] == "tok2"
    assert seen[1].url.params["start_time"] == "1"


def test_files_create_streams_a_path_as_multipart(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b'{"a": 1}\n')
    rec = Recorder({"id": "file-1", "object": "file", "bytes": 9, "created_at": 1,
                    "filename": "data.jsonl", "purpose": "batch", "status": "uploaded"})  # fmt: skip
    client = _client(rec)
    result = client.files.create(file=path, purpose="batch")
    assert rec.last.headers["content-type"].startswith("multipart/form-data")
    body = rec.last.content
    assert b'filename="data.jsonl"' in body and b'{"a": 1}' in body
    assert b'name="purpose"' in body
    assert result.id == "file-1"


def test_files_content_bytes_and_to_file(tmp_path: Path) -> None:
    rec = Recorder(content=b"line1\nline2\n")
    client = _client(rec)
    assert client.files.content("file-1") == b"line1\nline2\n"
    assert rec.last.url.path == "/v1/files/file-1/content"
    out = tmp_path / "out.jsonl"
    assert client.files.content_to_file("file-1", destination=out) == 12
    assert out.read_bytes() == b"line1\nline2\n"


def test_audio_speech_returns_bytes() -> None:
    rec = Recorder(content=b"ID3audio")
    client = _client(rec)
    assert client.audio.speech.create(model="tts-1", input="hi", voice="alloy") == b"ID3audio"
    assert rec.json() == {"model": "tts-1", "input": "hi", "voice": "alloy"}


def test_binary_downloads_accept_any_media_type_unless_the_caller_says() -> None:
    rec = Recorder(content=b"bytes")
    client = _client(rec)
    client.audio.speech.create(model="tts-1", input="hi", voice="alloy")
    assert rec.last.headers["accept"] == "*/*"
    client.files.content("file-1")
    assert rec.last.headers["accept"] == "*/*"
    client.files.content("file-1", extra_headers={"Accept": "audio/mpeg"})
    assert rec.last.headers["accept"] == "audio/mpeg"
    json_rec = Recorder({"id": "gpt-4o-mini", "object": "model", "created": 1, "owned_by": "o"})
    _client(json_rec).models.retrieve("gpt-4o-mini")
    assert json_rec.last.headers["accept"] == "application/json"


def test_moderations_images_finetuning_assistants_threads_vector_stores() -> None:
    rec = Recorder({"id": "modr-1", "model": "m", "results": []})
    client = _client(rec)
    assert client.moderations.create(input="x").id == "modr-1"
    assert (rec.last.method, rec.last.url.path) == ("POST", "/v1/moderations")

    rec.body = {"created": 1, "data": [{"url": "http://x"}]}
    assert client.images.generate(prompt="cat").data[0].url == "http://x"
    assert rec.last.url.path == "/v1/images/generations"

    rec.body = {"object": "list", "data": [], "has_more": False}
    assert list(client.fine_tuning.jobs.list()) == []
    assert rec.last.url.path == "/v1/fine_tuning/jobs"

    rec.body = {"id": "asst_1", "object": "assistant", "created_at": 1, "name": None,
                "description": None, "model": "gpt-4o", "instructions": None, "tools": [],
                "metadata": {}}  # fmt: skip
    assert client.assistants.create(model="gpt-4o").id == "asst_1"
    assert rec.json() == {"model": "gpt-4o"}

    rec.body = {"id": "thread_1", "object": "thread", "created_at": 1, "metadata": {},
                "tool_resources": None}  # fmt: skip
    assert client.threads.create().id == "thread_1"

    rec.body = {"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}
    list(client.threads.messages.list("thread_1", order="asc"))
    assert rec.last.url.path == "/v1/threads/thread_1/messages"
    assert rec.last.url.params["order"] == "asc"

    rec.body = {"id": "vs_1", "object": "vector_store", "created_at": 1, "name": "n",
                "usage_bytes": 0, "file_counts": {"in_progress": 0, "completed": 0, "failed": 0,
                "cancelled": 0, "total": 0}, "status": "completed", "last_active_at": None,
                "metadata": {}}  # fmt: skip
    assert client.vector_stores.create(name="n").id == "vs_1"


def test_raw_response_and_per_call_options() -> None:
    rec = Recorder({"id": "m", "object": "model", "created": 1, "owned_by": "o"},
                   headers={"x-request-id": "req_1", "x-ratelimit-remaining-requests": "9"})  # fmt: skip
    client = _client(rec)
    raw = client.models.with_raw_response.retrieve(
        "m", extra_headers={"X-Trace": "t"}, extra_query={"q": "1"}, timeout=5.0, max_retries=0
    )
    assert raw.parsed.id == "m"
    assert raw.status_code == 200
    assert raw.request_id == "req_1"
    assert raw.rate_limit.remaining_requests == 9
    assert raw.elapsed.total_seconds() >= 0
    assert raw.parse() is raw.parsed
    assert rec.last.headers["x-trace"] == "t"
    assert rec.last.url.params["q"] == "1"
    assert rec.last.extensions["timeout"]["read"] <= 5.0


def test_extra_query_is_encoded_like_declared_parameters() -> None:
    """Objects as ``name[key]=v`` and booleans as ``true``, never a Python repr."""
    rec = Recorder({"object": "list", "data": [], "has_more": False})
    client = _client(rec)
    extra = {"metadata": {"team": "ml"}, "flag": True, "limit": 7}
    assert client.files.list(limit=5, extra_query=extra).data == []
    params = rec.last.url.params
    assert params["metadata[team]"] == "ml"
    assert params["flag"] == "true"
    assert params.get_list("limit") == ["7"]  # extra_query wins over the keyword


def test_extra_body_merges_into_json() -> None:
    rec = Recorder(CHAT)
    client = _client(rec)
    client.chat.completions.create(model="m", messages=[], extra_body={"new_param": 1})
    assert rec.json()["new_param"] == 1


def test_bad_body_is_response_decode_error_and_bad_path_is_configuration_error() -> None:
    client = _client(lambda r: httpx.Response(200, content=b"not json"))
    with pytest.raises(ResponseDecodeError):
        client.models.retrieve("m")
    with pytest.raises(ConfigurationError):
        client.models.retrieve("")


async def test_async_chat_and_pagination() -> None:
    rec = Recorder(CHAT)
    client = _client(rec, AsyncOpenAIClient)
    result = await client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "x"}]
    )
    assert result.id == "chatcmpl-1"
    rec.body = {
        "object": "list",
        "data": [{"id": "a", "object": "model", "created": 1, "owned_by": "o"}],
    }
    assert [m.id async for m in client.models.list()] == ["a"]
    raw = await client.models.with_raw_response.retrieve("a")
    assert raw.status_code == 200
    await client.aclose()


def test_runs_create_and_poll_until_terminal() -> None:
    run = {"id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "t",
           "assistant_id": "a", "status": "queued", "model": "m", "instructions": "",
           "tools": [], "metadata": {}}  # fmt: skip
    statuses = iter(["queued", "in_progress", "completed"])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**run, "status": next(statuses)},
                              headers={"openai-poll-after-ms": "1"})  # fmt: skip

    client = _client(handler)
    final = client.threads.runs.create_and_poll("t", assistant_id="a", poll_interval=0.001)
    assert final.status == "completed"


def _operations() -> list[Any]:
    import importlib
    import pkgutil

    import integrations_openai_api.resources as resources
    from integrations_openai_api._facade_runtime import Operation

    ops = []
    for info in pkgutil.walk_packages(resources.__path__, resources.__name__ + "."):
        module = importlib.import_module(info.name)
        ops += [v for v in vars(module).values() if isinstance(v, Operation)]
    return ops


def test_every_operation_reference_resolves() -> None:
    ops = _operations()
    assert {op.operation_id for op in ops} == set(OPERATIONS)
    for op in ops:
        for ref in (op.response, op.stream_event):
            if ref is not None:
                assert callable(ref.get()), (op.operation_id, ref)


def test_responses_stream_yields_typed_events() -> None:
    events = [
        {"type": "response.output_text.delta", "sequence_number": 1, "item_id": "i",
         "output_index": 0, "content_index": 0, "delta": "Hi", "logprobs": []},
        {"type": "response.brand_new_event", "sequence_number": 2},
    ]  # fmt: skip
    body = "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events)
    body = (body + "data: [DONE]\n\n").encode()
    rec = Recorder(content=body, headers={"content-type": "text/event-stream"})
    client = _client(rec)
    stream = client.responses.create(model="m", input="hi", stream=True)
    first, second = list(stream)
    assert type(first).__name__ == "ResponseTextDeltaEvent"
    assert first.delta == "Hi"
    assert type(second).__name__ == "UnknownVariant"  # forward compatible, not an error


def test_runs_stream_dispatches_on_the_event_name() -> None:
    run = {"id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "t",
           "assistant_id": "a", "status": "queued", "model": "m", "instructions": "",
           "tools": [], "metadata": {}}  # fmt: skip
    body = f"event: thread.run.created\ndata: {json.dumps(run)}\n\nevent: done\ndata: [DONE]\n\n"
    rec = Recorder(content=body.encode(), headers={"content-type": "text/event-stream"})
    client = _client(rec)
    with client.threads.runs.create("t", assistant_id="a", stream=True) as stream:
        (event,) = list(stream)
    assert rec.last.url.path == "/v1/threads/t/runs"
    assert event.data.id == "run_1"


FILE_OBJ = {"id": "file-1", "object": "file", "bytes": 3, "created_at": 1, "filename": "x",
            "purpose": "batch", "status": "uploaded"}  # fmt: skip


@pytest.mark.parametrize(
    ("value", "filename"),
    [
        (b"abc", "upload.bin"),
        (("notes.txt", b"abc"), "notes.txt"),
        (("notes.txt", b"abc", "text/plain"), "notes.txt"),
    ],
)
def test_files_create_from_bytes_and_tuples(value: Any, filename: str) -> None:
    rec = Recorder(FILE_OBJ)
    _client(rec).files.create(file=value, purpose="batch")
    assert f'filename="{filename}"'.encode() in rec.last.content
    assert b"abc" in rec.last.content


def test_files_create_from_an_open_file_leaves_it_to_the_caller(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"abc")
    rec = Recorder(FILE_OBJ)
    with path.open("rb") as handle:
        _client(rec).files.create(file=handle, purpose="batch")
        assert not handle.closed
    assert b'filename="in.jsonl"' in rec.last.content


@pytest.mark.parametrize("cls", [OpenAIClient, AsyncOpenAIClient])
async def test_a_class_as_a_value_is_a_type_error_that_points_to_parse(cls: Any) -> None:
    class Answer:
        pass

    rec = Recorder(FILE_OBJ)
    client = _client(rec, cls)
    with pytest.raises(ArgumentTypeError, match=r"response_format=Answer is a class.*\.parse\("):
        result = client.chat.completions.create(model="m", messages=[], response_format=Answer)
        if cls is AsyncOpenAIClient:
            await result
    with pytest.raises(TypeError, match="not JSON serializable"):
        result = client.chat.completions.create(model="m", messages=[], metadata={"k": object()})
        if cls is AsyncOpenAIClient:
            await result
    assert issubclass(ArgumentTypeError, ConfigurationError) and rec.requests == []


@pytest.mark.parametrize("cls", [OpenAIClient, AsyncOpenAIClient])
@pytest.mark.parametrize(
    ("call", "kwargs"),
    [
        ("chat", {"messages": [{"role": "user", "content": object()}]}),
        ("chat", {"messages": [], "extra_body": [1, 2]}),
        ("chat", {"messages": [], "extra_headers": {"x-n": 1}}),
        ("chat", {"messages": [], "extra_query": 5}),
        ("files", {"limit": object()}),
        ("files", {"order": {"k": b"raw"}}),
    ],
)
async def test_arguments_that_cannot_be_sent_are_configuration_errors(
    cls: Any, call: str, kwargs: dict[str, Any]
) -> None:
    """No raw TypeError from json/httpx/the encoders, and nothing reaches the server."""
    rec = Recorder(FILE_OBJ)
    client = _client(rec, cls)
    with pytest.raises(ConfigurationError, match="invalid request argument"):
        if call == "chat":
            result = client.chat.completions.create(model="m", **kwargs)
        else:
            result = client.files.list(**kwargs)
        if cls is AsyncOpenAIClient:
            await result
    assert rec.requests == []


def test_files_create_bad_input_is_configuration_error(tmp_path: Path) -> None:
    client = _client(Recorder(FILE_OBJ))
    with pytest.raises(ConfigurationError):
        client.files.create(file=tmp_path / "missing.jsonl", purpose="batch")
    with pytest.raises(ConfigurationError):
        client.files.create(file=12345, purpose="batch")  # type: ignore[arg-type]


def test_image_edit_sends_every_image_as_a_file_part() -> None:
    rec = Recorder({"created": 1, "data": []})
    _client(rec).images.edit(image=[b"one", b"two"], prompt="merge", n=1)
    body = rec.last.content
    assert rec.last.url.path == "/v1/images/edits"
    assert body.count(b"filename=") == 2 and b"one" in body and b"two" in body
    assert b'name="prompt"' in body


def test_raw_list_returns_the_page() -> None:
    rec = Recorder({"object": "list", "data": [{"id": "a", "object": "model", "created": 1,
                                                "owned_by": "o"}]})  # fmt: skip
    raw = _client(rec).models.with_raw_response.list()
    page = raw.parse()
    assert page.data[0].id == "a" and not page.has_next_page()
    assert [m.id for m in page] == ["a"]


def test_vector_store_file_create_and_poll() -> None:
    statuses = iter(["in_progress", "completed"])
    obj = {"id": "file-1", "object": "vector_store.file", "usage_bytes": 1, "created_at": 1,
           "vector_store_id": "vs_1", "last_error": None}  # fmt: skip
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={**obj, "status": next(statuses)})

    final = _client(handler).vector_stores.files.create_and_poll(
        "vs_1", file_id="file-1", poll_interval=0.001
    )
    assert final.status == "completed"
    assert [(r.method, r.url.path) for r in seen] == [
        ("POST", "/v1/vector_stores/vs_1/files"),
        ("GET", "/v1/vector_stores/vs_1/files/file-1"),
    ]


async def test_async_batches_poll() -> None:
    statuses = iter(["in_progress", "finalizing", "completed"])
    batch = {"id": "b1", "object": "batch", "endpoint": "/v1/chat/completions",
             "input_file_id": "f", "completion_window": "24h", "created_at": 1}  # fmt: skip

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**batch, "status": next(statuses)})

    client = _client(handler, AsyncOpenAIClient)
    final = await client.batches.poll("b1", poll_interval=0.001)
    assert final.status == "completed"
    await client.aclose()


def test_bad_per_call_max_retries_and_repr() -> None:
    rec = Recorder({"id": "m", "object": "model", "created": 1, "owned_by": "o"})
    client = _client(rec)
    with pytest.raises(ConfigurationError):
        client.models.retrieve("m", max_retries=-1)
    raw = client.models.with_raw_response.retrieve("m")
    assert "RawResponse 200" in repr(raw)


def test_generated_file_model_is_accepted() -> None:
    import io

    from integrations_openai_api.types import File

    rec = Recorder(FILE_OBJ)
    _client(rec).files.create(
        file=File(payload=io.BytesIO(b"abc"), file_name="g.jsonl"), purpose="batch"
    )
    assert b'filename="g.jsonl"' in rec.last.content


def test_chunked_upload_cancels_when_a_part_fails(tmp_path: Path) -> None:
    from integrations_openai.errors import ServerError

    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 10)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/v1/uploads":
            return httpx.Response(200, json={"id": "up_1", "object": "upload", "bytes": 10,
                                             "created_at": 1, "expires_at": 2, "filename": "f.bin",
                                             "purpose": "batch", "status": "pending"})  # fmt: skip
        if request.url.path.endswith("/parts"):
            return httpx.Response(500, json={"error": {"message": "boom", "type": "server_error"}})
        return httpx.Response(200, json={"id": "up_1", "object": "upload", "bytes": 10,
                                         "created_at": 1, "expires_at": 2, "filename": "f.bin",
                                         "purpose": "batch", "status": "cancelled"})  # fmt: skip

    with pytest.raises(ServerError):
        _client(handler).uploads.upload_file_chunked(path, purpose="batch", filename="f.bin")
    assert seen[-1] == "/v1/uploads/up_1/cancel"


def test_speech_stream_format_sse_yields_typed_events() -> None:
    import base64

    events = [
        {"type": "speech.audio.delta", "audio": base64.b64encode(b"pcm").decode()},
        {"type": "speech.audio.done", "usage": {"input_tokens": 1, "output_tokens": 2,
                                                "total_tokens": 3}},
    ]  # fmt: skip
    body = "".join(f"data: {json.dumps(e)}\n\n" for e in events).encode()
    rec = Recorder(content=body, headers={"content-type": "text/event-stream"})
    client = _client(rec)
    with client.audio.speech.create(
        model="gpt-4o-mini-tts", voice="alloy", input="hi", stream_format="sse"
    ) as stream:
        kinds = [type(e).__name__ for e in stream]
    assert rec.last.headers["accept"] == "text/event-stream"
    assert rec.json()["stream_format"] == "sse"
    assert kinds == ["SpeechAudioDeltaEvent", "SpeechAudioDoneEvent"]


def test_timeout_accepts_our_timeout_and_none_is_the_defaults() -> None:
    from integrations_openai import Timeout

    rec = Recorder({"id": "m", "object": "model", "created": 1, "owned_by": "o"})
    client = _client(rec).with_options(timeout=Timeout(read=3.0))
    client.models.retrieve("m", timeout=Timeout(read=7.0))
    assert rec.last.extensions["timeout"]["read"] == 7.0
    client.models.retrieve("m", timeout=None)  # the SDK's "no timeout": our defaults
    assert rec.last.extensions["timeout"]["read"] == Timeout().read


def test_a_200_where_the_spec_declares_201_still_parses() -> None:
    evaluation = {"id": "eval_1", "object": "eval", "name": "n", "created_at": 1,
                  "data_source_config": {"type": "custom", "schema": {}},
                  "testing_criteria": [], "metadata": {}}  # fmt: skip
    rec = Recorder(evaluation)  # 200, as the live API answers
    result = _client(rec).evals.create(data_source_config={"type": "custom", "item_schema": {}},
                                       testing_criteria=[])  # fmt: skip
    assert result is not None and result.id == "eval_1"


def _sse(events: list[dict[str, Any]]) -> Recorder:
    body = "".join(f"data: {json.dumps(e)}\n\n" for e in events).encode()
    return Recorder(content=body, headers={"content-type": "text/event-stream"})


def test_transcription_stream_is_multipart_with_typed_events() -> None:
    rec = _sse([
        {"type": "transcript.text.delta", "delta": "Hel"},
        {"type": "transcript.text.done", "text": "Hello",
         "usage": {"type": "tokens", "input_tokens": 1, "output_tokens": 1, "total_tokens": 2}},
    ])  # fmt: skip
    stream = _client(rec).audio.transcriptions.create(
        file=("a.wav", b"RIFF"), model="gpt-4o-transcribe", stream=True
    )
    kinds = [type(e).__qualname__ for e in stream]
    assert rec.last.headers["content-type"].startswith("multipart/form-data")
    assert b'name="stream"\r\n\r\ntrue' in rec.last.content
    assert kinds == ["TranscriptTextDeltaEvent", "TranscriptTextDoneEvent"]


def test_image_generation_stream() -> None:
    usage = {"total_tokens": 1, "input_tokens": 1, "output_tokens": 0,
             "input_tokens_details": {"text_tokens": 1, "image_tokens": 0}}  # fmt: skip
    common = {"b64_json": "aGk=", "created_at": 1, "size": "1024x1024", "quality": "low",
              "background": "opaque", "output_format": "png"}  # fmt: skip
    rec = _sse([
        {"type": "image_generation.partial_image", "partial_image_index": 0, **common},
        {"type": "image_generation.completed", "usage": usage, **common},
    ])  # fmt: skip
    stream = _client(rec).images.generate(prompt="cat", model="gpt-image-1", stream=True)
    kinds = [type(e).__qualname__ for e in stream]
    assert rec.json()["stream"] is True
    assert kinds == ["ImageGenPartialImageEvent", "ImageGenCompletedEvent"]


def test_with_options_copies_get_their_own_resources() -> None:
    rec = Recorder({"id": "m", "object": "model", "created": 1, "owned_by": "o"})
    client = _client(rec)
    copy = client.with_options(timeout=3.0, extra_headers={"X-Team": "ml"})
    assert copy.models is not client.models
    copy.models.retrieve("m")
    assert rec.last.headers["x-team"] == "ml"
    assert rec.last.extensions["timeout"]["read"] <= 3.0
    client.models.retrieve("m")
    assert "x-team" not in rec.last.headers


def test_array_query_parameters_keep_the_spec_name() -> None:
    rec = Recorder({"object": "list", "data": [], "first_id": None, "last_id": None,
                    "has_more": False})  # fmt: skip
    client = _client(rec)
    include = "step_details.tool_calls[*].file_search.results[*].content"
    list(client.threads.runs.steps.list("run_1", thread_id="t", include=[include]))
    assert rec.last.url.path == "/v1/threads/t/runs/run_1/steps"
    assert rec.last.url.params.get_list("include[]") == [include]


def test_beta_chat_is_chat_for_1x_scripts() -> None:
    from integrations_openai import AsyncOpenAI, OpenAI

    client = OpenAI(api_key="sk-test-000000000000000000")
    assert type(client.beta.chat.completions) is type(client.chat.completions)
    assert callable(client.beta.chat.completions.parse)
    aclient = AsyncOpenAI(api_key="sk-test-000000000000000000")
    assert type(aclient.beta.chat.completions) is type(aclient.chat.completions)
    client.close()


def test_a_plain_text_answer_is_a_str_as_in_the_sdk() -> None:
    from integrations_openai.testing.fake import FakeOpenAI

    with FakeOpenAI() as fake, fake.client(max_retries=0) as client:
        for fmt, start in (("text", "This is"), ("srt", "1\n00:00"), ("vtt", "WEBVTT")):
            text: object = client.audio.transcriptions.create(
                model="whisper-1", file=("a.wav", b"RIFF"), response_format=fmt
            )
            assert isinstance(text, str) and text.startswith(start)
        typed = client.audio.transcriptions.create(model="whisper-1", file=("a.wav", b"RIFF"))
        assert not isinstance(typed, str) and typed.text.startswith("This is")


def test_a_text_page_where_json_is_promised_is_a_decode_error() -> None:
    # Only operations that offer text formats (``text_formats``) return a ``str``; their
    # annotation says so. A proxy's 200 HTML page for a JSON operation is not a result.
    import httpx

    from integrations_openai import OpenAI
    from integrations_openai.errors import ResponseDecodeError

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, text="<html>gateway</html>", headers={"content-type": "text/html"}
        )

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = OpenAI(api_key="sk-test-000000000000000000", http_client=http, max_retries=0)
    with client, pytest.raises(ResponseDecodeError):
        client.models.retrieve("gpt-4o")


async def test_a_post_list_is_a_page_sent_with_its_body() -> None:
    # ``vector_stores.search`` is a page in the SDK: iterable, ``.data``, one request.
    from integrations_openai.testing.fake import FakeOpenAI

    with FakeOpenAI() as fake, fake.client(max_retries=0) as client:
        store = client.vector_stores.create(name="kb")
        page = client.vector_stores.search(store.id, query="cats", max_num_results=2)
        assert [r.file_id for r in page] == [r.file_id for r in page.data]
        assert not page.has_next_page()
        raw = client.vector_stores.with_raw_response.search(store.id, query="dogs")
        assert raw.status_code == 200 and len(raw.parse().data) >= 1
        async with fake.async_client(max_retries=0) as aclient:
            first = await aclient.vector_stores.search(store.id, query="birds")
            found = [r async for r in aclient.vector_stores.search(store.id, query="fish")]
            assert len(first.data) == len(found) >= 1 and not first.has_next_page()
        searches = [r for r in fake.requests if r.path.endswith("/search")]
        assert [json.loads(r.body)["query"] for r in searches] == [
            "cats", "dogs", "birds", "fish",
        ]  # fmt: skip


def test_raw_and_streaming_views_reach_sub_resources_as_in_the_sdk() -> None:
    from integrations_openai import AsyncOpenAI, OpenAI

    client = OpenAI(api_key="sk-test-000000000000000000")
    aclient = AsyncOpenAI(api_key="sk-test-000000000000000000")
    for c in (client, aclient):
        for view in ("with_raw_response", "with_streaming_response"):
            runs = getattr(c.beta.threads, view).runs
            assert type(runs) is type(getattr(c.threads.runs, view))
            jobs = getattr(c.fine_tuning, view).jobs  # a parent without methods
            assert type(jobs) is type(getattr(c.fine_tuning.jobs, view))
            assistants = getattr(c.beta, view).assistants  # the beta namespace
            assert type(assistants) is type(getattr(c.assistants, view))
    assert type(client.threads.with_raw_response.runs).__name__ == "RunsWithRawResponse"
    client.close()


def test_the_response_format_asked_for_decides_the_model() -> None:
    # A verbose answer also reads as a diarized one: the format given picks the model, as
    # the overload of that format promises (sync, raw and async alike).
    from integrations_openai.testing.fake import FakeOpenAI
    from integrations_openai.types.audio import TranscriptionVerbose, TranslationVerbose

    audio = ("a.wav", b"RIFF")
    with FakeOpenAI() as fake, fake.client(max_retries=0) as client:
        verbose = client.audio.transcriptions.create(
            model="whisper-1", file=audio, response_format="verbose_json"
        )
        assert type(verbose) is TranscriptionVerbose and verbose.language
        raw = client.audio.translations.with_raw_response.create(
            model="whisper-1", file=audio, response_format="verbose_json"
        )
        assert type(raw.parse()) is TranslationVerbose
        plain = client.audio.transcriptions.create(model="whisper-1", file=audio)
        assert type(plain).__qualname__ == "CreateTranscriptionResponseJson"
