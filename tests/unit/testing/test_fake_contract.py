"""Every answer of the fake validates against the pinned spec's response schema.

A scenario drives every canned operation over real HTTP; each JSON answer is checked with
jsonschema against the schema of the operation it served (streamed events against their
event schemas); the fallback's schema-built answers are checked for every JSON operation.
"""

from __future__ import annotations

import base64
import json
import struct
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from integrations_openai.testing.fake import FakeOpenAI
from integrations_openai.testing.fake._ids import Ids
from integrations_openai.testing.fake._spec import fake_spec
from integrations_openai.testing.fake._values import Values
from integrations_openai.testing.fake._wire import RecordedRequest, Reply
from integrations_openai.testing.fake.handlers import ROUTES
from scripts.contract.spec import pinned_spec
from scripts.contract.validate import SpecValidator, pointer

JSONL = (
    b'{"custom_id": "a", "method": "POST", "url": "/v1/embeddings", '
    b'"body": {"model": "text-embedding-3-small", "input": "hi"}}\n'
    b'{"custom_id": "b", "method": "POST", "url": "/v1/embeddings", "body": {"model": "m"}}\n'
    b'{"custom_id": "c", "method": "POST", "url": "/v1/chat/completions", "body": {}}\n'
)
FUNCTION = {
    "name": "get_weather",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "days": {"type": "integer", "minimum": 1}},
        "required": ["city", "days"],
    },
}


class RecordingFake(FakeOpenAI):
    """The fake, keeping every (request, reply) it sent."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[RecordedRequest, Reply]] = []

    def reply_for(self, request: RecordedRequest) -> Reply:
        reply = super().reply_for(request)
        self.exchanges.append((request, reply))
        return reply


@pytest.fixture(scope="module")
def validator() -> SpecValidator:
    return SpecValidator(pinned_spec())


@pytest.fixture(scope="module")
def exchanges() -> Iterator[list[tuple[RecordedRequest, Reply]]]:
    with (
        RecordingFake() as fake,
        httpx.Client(
            base_url=fake.url, headers={"authorization": f"Bearer {fake.api_key}"}
        ) as http,
    ):
        _scenario(http)
        yield fake.exchanges


def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json() if "json" in response.headers.get("content-type", "") else None


def _scenario(http: httpx.Client) -> None:
    post, get, delete = http.post, http.get, http.delete
    messages = [{"role": "user", "content": "Hello?"}]
    chat = {"model": "gpt-4o-mini", "messages": messages, "store": True}
    completion = _ok(post("/chat/completions", json=chat))
    _ok(
        post(
            "/chat/completions",
            json={**chat, "tools": [{"type": "function", "function": FUNCTION}]},
        )
    )
    _ok(
        post(
            "/chat/completions",
            json={**chat, "stream": True, "stream_options": {"include_usage": True}},
        )
    )
    _ok(get("/chat/completions"))
    _ok(get(f"/chat/completions/{completion['id']}"))
    _ok(delete(f"/chat/completions/{completion['id']}"))

    response = _ok(post("/responses", json={"model": "gpt-4o-mini", "input": "Hi"}))
    _ok(
        post(
            "/responses",
            json={
                "model": "gpt-4o-mini",
                "input": "Hi",
                "tools": [{"type": "function", **FUNCTION}],
            },
        )
    )
    _ok(post("/responses", json={"model": "gpt-4o-mini", "input": "Hi", "stream": True}))
    _ok(get(f"/responses/{response['id']}"))
    _ok(get(f"/responses/{response['id']}/input_items"))
    _ok(delete(f"/responses/{response['id']}"))

    _ok(post("/embeddings", json={"model": "text-embedding-3-small", "input": ["a", "b"]}))
    _ok(
        post(
            "/embeddings",
            json={
                "model": "text-embedding-3-small",
                "input": "a",
                "encoding_format": "base64",
                "dimensions": 8,
            },
        )
    )
    _ok(get("/models"))
    _ok(get("/models/gpt-4o"))

    data_file = _ok(post("/files", files={"file": ("b.jsonl", JSONL)}, data={"purpose": "batch"}))
    _ok(get("/files", params={"purpose": "batch"}))
    _ok(get(f"/files/{data_file['id']}"))
    _ok(get(f"/files/{data_file['id']}/content"))
    upload = _ok(
        post(
            "/uploads",
            json={
                "filename": "u.jsonl",
                "purpose": "fine-tune",
                "bytes": 4,
                "mime_type": "text/jsonl",
            },
        )
    )
    part = _ok(post(f"/uploads/{upload['id']}/parts", files={"data": ("blob", b"abcd")}))
    uploaded = _ok(post(f"/uploads/{upload['id']}/complete", json={"part_ids": [part["id"]]}))
    other = _ok(
        post(
            "/uploads",
            json={"filename": "v.jsonl", "purpose": "batch", "bytes": 1, "mime_type": "text/jsonl"},
        )
    )
    _ok(post(f"/uploads/{other['id']}/cancel"))

    batch = _ok(
        post(
            "/batches",
            json={
                "input_file_id": data_file["id"],
                "endpoint": "/v1/embeddings",
                "completion_window": "24h",
            },
        )
    )
    for _ in range(3):
        done = _ok(get(f"/batches/{batch['id']}"))
    assert done["status"] == "completed" and done["error_file_id"]
    _ok(get("/batches"))
    second = _ok(
        post(
            "/batches",
            json={
                "input_file_id": data_file["id"],
                "endpoint": "/v1/embeddings",
                "completion_window": "24h",
            },
        )
    )
    _ok(post(f"/batches/{second['id']}/cancel"))

    job = _ok(
        post(
            "/fine_tuning/jobs",
            json={
                "model": "gpt-4o-mini-2024-07-18",
                "training_file": uploaded["file"]["id"],
                "suffix": "demo",
            },
        )
    )
    for _ in range(3):
        finished = _ok(get(f"/fine_tuning/jobs/{job['id']}"))
    _ok(get("/fine_tuning/jobs"))
    _ok(get(f"/fine_tuning/jobs/{job['id']}/events"))
    _ok(get(f"/fine_tuning/jobs/{job['id']}/checkpoints"))
    _ok(get(f"/models/{finished['fine_tuned_model']}"))
    _ok(delete(f"/models/{finished['fine_tuned_model']}"))
    other_job = _ok(
        post(
            "/fine_tuning/jobs",
            json={"model": "gpt-4o-mini", "training_file": uploaded["file"]["id"]},
        )
    )
    _ok(post(f"/fine_tuning/jobs/{other_job['id']}/cancel"))

    _ok(post("/images/generations", json={"prompt": "a red circle", "model": "dall-e-3"}))
    _ok(post("/images/generations", json={"prompt": "a red circle", "model": "gpt-image-1"}))
    _ok(post("/images/edits", files={"image": ("i.png", b"png")}, data={"prompt": "bluer"}))
    _ok(post("/images/variations", files={"image": ("i.png", b"png")}, data={"n": "2"}))
    speech = post(
        "/audio/speech",
        json={"model": "tts-1", "voice": "alloy", "input": "Hi there", "response_format": "wav"},
    )
    assert speech.content.startswith(b"RIFF")
    _ok(
        post(
            "/audio/transcriptions",
            files={"file": ("s.wav", speech.content)},
            data={"model": "whisper-1"},
        )
    )
    _ok(
        post(
            "/audio/translations",
            files={"file": ("s.wav", speech.content)},
            data={"model": "whisper-1"},
        )
    )
    _ok(post("/moderations", json={"input": ["I love kittens", "I will kill"]}))

    assistant = _ok(
        post(
            "/assistants",
            json={
                "model": "gpt-4o-mini",
                "name": "a",
                "tools": [{"type": "function", "function": FUNCTION}],
            },
        )
    )
    _ok(get("/assistants"))
    _ok(get(f"/assistants/{assistant['id']}"))
    _ok(post(f"/assistants/{assistant['id']}", json={"name": "b", "metadata": {"k": "v"}}))
    thread = _ok(post("/threads", json={"messages": messages}))
    _ok(get(f"/threads/{thread['id']}"))
    _ok(post(f"/threads/{thread['id']}", json={"metadata": {"k": "v"}}))
    message = _ok(
        post(f"/threads/{thread['id']}/messages", json={"role": "user", "content": "More?"})
    )
    _ok(get(f"/threads/{thread['id']}/messages/{message['id']}"))
    _ok(post(f"/threads/{thread['id']}/messages/{message['id']}", json={"metadata": {"k": "v"}}))
    run = _ok(post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]}))
    for _ in range(2):
        waiting = _ok(get(f"/threads/{thread['id']}/runs/{run['id']}"))
    calls = waiting["required_action"]["submit_tool_outputs"]["tool_calls"]
    outputs = [{"tool_call_id": c["id"], "output": "sunny"} for c in calls]
    _ok(
        post(
            f"/threads/{thread['id']}/runs/{run['id']}/submit_tool_outputs",
            json={"tool_outputs": outputs},
        )
    )
    _ok(get(f"/threads/{thread['id']}/runs/{run['id']}"))
    steps = _ok(get(f"/threads/{thread['id']}/runs/{run['id']}/steps"))["data"]
    assert [s["step_details"]["type"] for s in steps] == ["message_creation"]
    _ok(get(f"/threads/{thread['id']}/runs/{run['id']}/steps/{steps[0]['id']}"))
    _ok(get(f"/threads/{thread['id']}/runs"))
    _ok(post(f"/threads/{thread['id']}/runs/{run['id']}", json={"metadata": {"k": "v"}}))
    _ok(get(f"/threads/{thread['id']}/messages"))
    _ok(delete(f"/threads/{thread['id']}/messages/{message['id']}"))
    streamed = post(
        f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"], "stream": True}
    )
    assert "event: thread.run.requires_action" in streamed.text
    waiting_id = json.loads(streamed.text.split("data: ")[1].split("\n")[0])["id"]
    waiting = _ok(get(f"/threads/{thread['id']}/runs/{waiting_id}"))
    calls = waiting["required_action"]["submit_tool_outputs"]["tool_calls"]
    resumed = post(
        f"/threads/{thread['id']}/runs/{waiting_id}/submit_tool_outputs",
        json={
            "tool_outputs": [{"tool_call_id": c["id"], "output": "1"} for c in calls],
            "stream": True,
        },
    )
    assert "event: thread.message.delta" in resumed.text and resumed.text.endswith(
        "data: [DONE]\n\n"
    )
    plain = _ok(post("/assistants", json={"model": "gpt-4o-mini"}))
    both = _ok(
        post("/threads/runs", json={"assistant_id": plain["id"], "thread": {"messages": messages}})
    )
    _ok(post(f"/threads/{both['thread_id']}/runs/{both['id']}/cancel"))
    _ok(delete(f"/threads/{thread['id']}"))
    _ok(delete(f"/assistants/{assistant['id']}"))

    store = _ok(post("/vector_stores", json={"name": "docs", "file_ids": [data_file["id"]]}))
    sid = store["id"]
    _ok(get("/vector_stores"))
    _ok(get(f"/vector_stores/{sid}"))
    _ok(post(f"/vector_stores/{sid}", json={"name": "docs2"}))
    _ok(post(f"/vector_stores/{sid}/files", json={"file_id": uploaded["file"]["id"]}))
    _ok(get(f"/vector_stores/{sid}/files"))
    _ok(get(f"/vector_stores/{sid}/files/{data_file['id']}"))
    vs_batch = _ok(post(f"/vector_stores/{sid}/file_batches", json={"file_ids": [data_file["id"]]}))
    _ok(get(f"/vector_stores/{sid}/file_batches/{vs_batch['id']}"))
    _ok(get(f"/vector_stores/{sid}/file_batches/{vs_batch['id']}/files"))
    _ok(post(f"/vector_stores/{sid}/file_batches/{vs_batch['id']}/cancel"))
    _ok(delete(f"/vector_stores/{sid}/files/{data_file['id']}"))
    _ok(delete(f"/vector_stores/{sid}"))
    _ok(delete(f"/files/{data_file['id']}"))


def _schema_pointer(method: str, path: str) -> tuple[str, str | None]:
    matched = fake_spec().match(method, path[len("/v1") :])
    assert matched is not None, f"{method} {path} is not in the spec"
    op, _ = matched
    if op.schema is None:  # the spec names no body (DELETE /responses/{id})
        return op.operation_id, None
    media = op.media or "application/json"
    return op.operation_id, pointer(
        "paths", op.path, op.method.lower(), "responses", str(op.status), "content", media, "schema"
    )


def _as_floats(body: Any) -> Any:
    """base64 embeddings as the float lists they encode: the spec describes only that form."""
    if isinstance(body, dict) and body.get("object") == "list":
        for item in body.get("data") or []:
            if isinstance(item, dict) and isinstance(item.get("embedding"), str):
                raw = base64.b64decode(item["embedding"])
                item["embedding"] = list(struct.unpack(f"<{len(raw) // 4}f", raw))
    return body


def _events(reply: Reply) -> list[Any]:
    """The streamed payloads; an assistants stream's as ``{"event", "data"}`` (its schema's shape)."""
    out: list[Any] = []
    for chunk in reply.chunks or ():
        lines = chunk.decode().splitlines()
        name = next((line[7:] for line in lines if line.startswith("event: ")), None)
        for line in lines:
            if not line.startswith("data: "):
                continue
            if name is not None and name.startswith(("thread.", "done")):
                data = line[6:] if name == "done" else json.loads(line[6:])
                out.append({"event": name, "data": data})
            elif line != "data: [DONE]":
                out.append(json.loads(line[6:]))
    return out


def test_every_canned_operation_was_exercised(
    exchanges: list[tuple[RecordedRequest, Reply]],
) -> None:
    hit = set()
    for request, _ in exchanges:
        for route in ROUTES:
            if route.method == request.method and route.pattern.fullmatch(request.path[3:]):
                hit.add((route.method, route.template))
    assert {(r.method, r.template) for r in ROUTES} - hit == set()


def test_every_answer_validates(
    exchanges: list[tuple[RecordedRequest, Reply]], validator: SpecValidator
) -> None:
    failures, checked = [], 0
    for request, reply in exchanges:
        assert reply.status == 200, (request.method, request.path, reply.body[:300])
        operation_id, fragment = _schema_pointer(request.method, request.path)
        kind = dict(reply.headers).get("content-type", "")
        if reply.chunks is not None:
            schema = (
                "CreateChatCompletionStreamResponse"
                if "chat" in request.path
                else "AssistantStreamEvent"
                if "threads" in request.path
                else "ResponseStreamEvent"
            )
            instances = [(pointer("components", "schemas", schema), e) for e in _events(reply)]
            assert len(instances) > 3
        elif "json" in kind and fragment is not None:
            instances = [(fragment, _as_floats(json.loads(reply.body)))]
        else:
            continue
        for where, instance in instances:
            checked += 1
            errors = validator.errors(where, instance)
            if errors:
                failures.append(f"{operation_id}: {errors}")
    assert "\n".join(failures) == ""
    assert checked > 90


def test_a_broken_answer_is_caught(validator: SpecValidator) -> None:
    # the check is not vacuous: a Batch without its status is refused
    _, fragment = _schema_pointer("GET", "/v1/batches/batch_1")
    assert fragment is not None
    assert validator.errors(fragment, {"id": "batch_1", "object": "batch"})


def test_schema_built_answers_validate_for_every_json_operation(validator: SpecValidator) -> None:
    spec = fake_spec()
    values = Values(spec, Ids(7), lambda: 1_767_225_600.0)
    checked, failures = 0, []
    for op in spec.operations:
        if op.schema is None or not (op.media or "").endswith("json"):
            continue
        checked += 1
        fragment = pointer(
            "paths",
            op.path,
            op.method.lower(),
            "responses",
            str(op.status),
            "content",
            op.media or "",
            "schema",
        )
        errors = validator.errors(fragment, values.value(op.schema))
        if errors:
            failures.append(f"{op.operation_id}: {errors}")
    assert failures == []
    assert checked > 200


@pytest.mark.parametrize(
    ("path", "schema"),
    [
        ("/audio/transcriptions", "CreateTranscriptionResponseVerboseJson"),
        ("/audio/translations", "CreateTranslationResponseVerboseJson"),
    ],
)
def test_verbose_transcripts_validate(path: str, schema: str, validator: SpecValidator) -> None:
    # verbose_json also satisfies the plain-json member of the spec's oneOf, so it is
    # checked against its own schema
    with FakeOpenAI() as fake:
        answer = httpx.post(
            fake.url + path,
            headers={"authorization": f"Bearer {fake.api_key}"},
            files={"file": ("a.wav", b"RIFF")},
            data={"model": "whisper-1", "response_format": "verbose_json"},
        )
    assert answer.status_code == 200
    assert validator.errors(pointer("components", "schemas", schema), answer.json()) == []
