"""What generated endpoint functions put on the wire (through `httpx.MockTransport`).

Multipart as the OpenAI API expects it (booleans `true`/`false`, absent and `None` values
left out, arrays as `name[]`, nested objects as `obj[key]`, files as file parts streamed in
chunks, a random boundary); object and deepObject query parameters as `name[key]=value`;
server-side defaults not sent unless the caller set them; downloads returned as bytes.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import httpx
import pytest
from integrations_openai_api.api.audio import create_speech, create_transcription
from integrations_openai_api.api.audit_logs import list_audit_logs
from integrations_openai_api.api.chat import create_chat_completion, list_chat_completions
from integrations_openai_api.api.files import create_file, download_file
from integrations_openai_api.api.images import create_image_edit
from integrations_openai_api.client import Client
from integrations_openai_api.models.create_file_request import CreateFileRequest
from integrations_openai_api.models.create_image_edit_request import CreateImageEditRequest
from integrations_openai_api.models.create_speech_request import CreateSpeechRequest
from integrations_openai_api.models.create_transcription_request import (
    CreateTranscriptionRequest,
)
from integrations_openai_api.models.file_expiration_after import FileExpirationAfter
from integrations_openai_api.models.list_audit_logs_effective_at import ListAuditLogsEffectiveAt
from integrations_openai_api.models.metadata_2 import Metadata2
from integrations_openai_api.types import File

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A mock server: records each request (body read through the stream) and answers."""

    def __init__(self, answer: httpx.Response | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.answer = answer or httpx.Response(200, json={})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(b"".join(request.stream))  # type: ignore[arg-type]
        return self.answer

    def client(self) -> Client:
        transport = httpx.MockTransport(self)
        return Client(base_url="http://127.0.0.1:9", httpx_args={"transport": transport})


def form_fields(request: httpx.Request, body: bytes) -> list[tuple[str, str | None, bytes]]:
    """(name, filename, content) of every part, in order."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    assert message.is_multipart()
    out = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        out.append(
            (part.get_param("name", header="content-disposition"), part.get_filename(), payload)
        )
    return out


class ChunkedReader(io.BytesIO):
    """A file object that records the size of every read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        self.reads.append(-1 if size is None else size)
        return super().read(size)


def test_file_upload_multipart() -> None:
    server = Recorder(httpx.Response(200, json={"id": "file-1", "object": "file"}))
    body = CreateFileRequest(
        file=File(payload=io.BytesIO(b'{"a": 1}\n'), file_name="batch.jsonl"),
        purpose="batch",
        expires_after=FileExpirationAfter(seconds=3600),
    )
    create_file.sync(client=server.client(), body=body)
    request, raw = server.requests[0], server.bodies[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert "+++" not in request.headers["content-type"]
    fields = form_fields(request, raw)
    assert fields == [
        ("file", "batch.jsonl", b'{"a": 1}\n'),
        ("purpose", None, b"batch"),
        ("expires_after[anchor]", None, b"created_at"),
        ("expires_after[seconds]", None, b"3600"),
    ]


def test_booleans_arrays_and_none_in_multipart() -> None:
    server = Recorder()
    body = CreateTranscriptionRequest(
        file=File(payload=io.BytesIO(b"RIFF"), file_name="a.wav", mime_type="audio/wav"),
        model="gpt-4o-transcribe",
        stream=True,
        include=["logprobs"],
        timestamp_granularities=["word", "segment"],
        chunking_strategy=None,
    )
    create_transcription.sync_detailed(client=server.client(), body=body)
    fields = form_fields(server.requests[0], server.bodies[0])
    names = [name for name, _, _ in fields]
    assert ("stream", None, b"true") in fields
    assert ("include[]", None, b"logprobs") in fields
    assert [v for n, _, v in fields if n == "timestamp_granularities[]"] == [b"word", b"segment"]
    assert "chunking_strategy" not in names  # None: nothing to send
    assert "temperature" not in names  # a server default, not set by the caller
    assert b"True" not in server.bodies[0]
    assert b"None" not in server.bodies[0]


def test_array_of_files_and_random_boundary() -> None:
    server = Recorder()
    for _ in range(2):
        body = CreateImageEditRequest(
            image=[
                File(payload=io.BytesIO(b"\x89PNG1"), file_name="a.png", mime_type="image/png"),
                File(payload=io.BytesIO(b"\x89PNG2"), file_name="b.png", mime_type="image/png"),
            ],
            prompt="add a hat",
        )
        create_image_edit.sync_detailed(client=server.client(), body=body)
    fields = form_fields(server.requests[0], server.bodies[0])
    assert [(n, f, v) for n, f, v in fields if n == "image[]"] == [
        ("image[]", "a.png", b"\x89PNG1"),
        ("image[]", "b.png", b"\x89PNG2"),
    ]
    boundaries = {r.headers["content-type"] for r in server.requests}
    assert len(boundaries) == 2


def test_file_parts_are_streamed_in_chunks() -> None:
    server = Recorder()
    data = bytes(range(256)) * 8192  # 2 MiB
    reader = ChunkedReader(data)
    body = CreateFileRequest(file=File(payload=reader, file_name="big.bin"), purpose="user_data")
    create_file.sync_detailed(client=server.client(), body=body)
    assert form_fields(server.requests[0], server.bodies[0])[0][2] == data
    assert len(reader.reads) > 16
    assert -1 not in reader.reads  # never "read everything"
    assert max(reader.reads) <= 64 * 1024


def test_object_and_deep_object_query_parameters() -> None:
    server = Recorder(httpx.Response(200, json={"object": "list", "data": []}))
    metadata = Metadata2()
    metadata["team"] = "ml"
    metadata["env"] = "prod"
    list_chat_completions.sync_detailed(client=server.client(), metadata=metadata, order="asc")
    list_audit_logs.sync_detailed(
        client=server.client(),
        effective_at=ListAuditLogsEffectiveAt(gt=1, lte=5),
        project_ids=["p1", "p2"],
    )
    chat, audit = (r.url.params for r in server.requests)
    assert chat.multi_items() == [
        ("metadata[team]", "ml"),
        ("metadata[env]", "prod"),
        ("order", "asc"),
    ]
    assert "limit" not in chat  # server default (20) not sent
    assert audit.get_list("effective_at[gt]") == ["1"]
    assert audit.get_list("effective_at[lte]") == ["5"]
    assert audit.get_list("project_ids[]") == ["p1", "p2"]
    assert "%7B" not in str(server.requests[0].url)  # never a Python repr


def test_json_body_sends_only_what_was_set() -> None:
    server = Recorder(httpx.Response(200, json={}))
    body = CreateSpeechRequest(model="gpt-4o-mini-tts", input="hi", voice="alloy")
    create_speech.sync_detailed(client=server.client(), body=body)
    sent = json.loads(server.bodies[0])
    assert sent == {"model": "gpt-4o-mini-tts", "input": "hi", "voice": "alloy"}


@pytest.mark.parametrize(
    ("call", "headers"),
    [
        (
            lambda c: download_file.sync("file-1", client=c),
            {
                "content-type": "application/octet-stream",
                "content-disposition": 'attachment; filename="out.jsonl"',
            },
        ),
        (
            lambda c: create_speech.sync(
                client=c, body=CreateSpeechRequest(model="tts-1", input="hi", voice="alloy")
            ),
            {"content-type": "audio/mpeg"},
        ),
    ],
)
def test_downloads_return_bytes(call: Callable[[Client], Any], headers: dict[str, str]) -> None:
    payload = b"\x00\x01binary\xff" * 100
    server = Recorder(httpx.Response(200, content=payload, headers=headers))
    result = call(server.client())
    assert isinstance(result, File)
    assert result.payload.read() == payload
    assert result.mime_type == headers["content-type"]
    if "content-disposition" in headers:
        assert result.file_name == "out.jsonl"


def test_chat_completion_json_body_round_trips_dict_input() -> None:
    server = Recorder(httpx.Response(200, json={}))
    from integrations_openai_api.models.create_chat_completion_request import (
        CreateChatCompletionRequest,
    )

    wire = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], "new_param": 1}
    body = CreateChatCompletionRequest.from_dict(wire)
    create_chat_completion.sync_detailed(client=server.client(), body=body)
    assert json.loads(server.bodies[0]) == wire


async def test_async_multipart_and_query_match_sync() -> None:
    server = Recorder(httpx.Response(200, json={"object": "list", "data": []}))
    body = CreateFileRequest(
        file=File(payload=io.BytesIO(b"abc"), file_name="a.jsonl"),
        purpose="batch",
        expires_after=FileExpirationAfter(seconds=60),
    )
    client = server.client()
    await create_file.asyncio_detailed(client=client, body=body)
    metadata = Metadata2()
    metadata["team"] = "ml"
    await list_chat_completions.asyncio_detailed(client=client, metadata=metadata)
    fields = form_fields(server.requests[0], server.bodies[0])
    assert ("expires_after[seconds]", None, b"60") in fields
    assert server.requests[1].url.params.multi_items() == [("metadata[team]", "ml")]
