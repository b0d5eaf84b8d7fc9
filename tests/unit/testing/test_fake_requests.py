"""The fake refuses bad requests the way the API does, and honours the options it accepts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from integrations_openai.testing.fake import FakeOpenAI

CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}
TOOL = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture(scope="module")
def http(fake: FakeOpenAI) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.url, headers={"authorization": "Bearer sk-test-any"}) as client:
        yield client


def _file(http: httpx.Client, data: bytes = b"{}\n", purpose: str = "batch") -> str:
    answer = http.post("/files", files={"file": ("f.jsonl", data)}, data={"purpose": purpose})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["id"])


BAD_JSON: list[tuple[str, str, Any, str]] = [
    ("POST", "/chat/completions", {"messages": CHAT["messages"]}, "model"),
    ("POST", "/chat/completions", {"model": "m", "messages": []}, "messages"),
    ("POST", "/chat/completions", {"model": "m", "messages": ["hi"]}, "messages"),
    ("POST", "/chat/completions", {**CHAT, "temperature": 3}, "temperature"),
    ("POST", "/chat/completions", {**CHAT, "temperature": True}, "temperature"),
    ("POST", "/responses", {"input": "x"}, "model"),
    ("POST", "/responses", {"model": "m"}, "input"),
    ("POST", "/embeddings", {"model": "m", "input": []}, "input"),
    ("POST", "/embeddings", {"model": "m", "input": "x", "dimensions": 0}, "dimensions"),
    ("POST", "/embeddings", {"model": "m"}, "input"),
    ("POST", "/uploads", {"filename": "a"}, "purpose"),
    (
        "POST",
        "/batches",
        {"input_file_id": "file-x", "endpoint": "/v1/x", "completion_window": "24h"},
        "endpoint",
    ),
    (
        "POST",
        "/batches",
        {"input_file_id": "file-x", "endpoint": "/v1/embeddings", "completion_window": "1h"},
        "completion_window",
    ),
    (
        "POST",
        "/batches",
        {"input_file_id": "file-x", "endpoint": "/v1/embeddings", "completion_window": "24h"},
        "input_file_id",
    ),
    (
        "POST",
        "/batches",
        {
            "input_file_id": "f",
            "endpoint": "/v1/embeddings",
            "completion_window": "24h",
            "metadata": [],
        },
        "metadata",
    ),
    ("POST", "/fine_tuning/jobs", {"model": "m", "training_file": "file-missing"}, "training_file"),
    ("POST", "/images/generations", {"prompt": "p", "n": 11}, "n"),
    ("POST", "/images/generations", {"prompt": "p", "n": "x"}, "n"),
    (
        "POST",
        "/audio/speech",
        {"model": "m", "voice": "v", "input": "i", "response_format": "ogg"},
        "response_format",
    ),
    ("POST", "/moderations", {"input": 5}, "input"),
    ("POST", "/threads", {"messages": [{"role": "system", "content": "x"}]}, "role"),
    ("POST", "/threads", {"messages": [{"role": "user"}]}, "content"),
    ("GET", "/files?limit=0", None, "limit"),
    ("GET", "/files?limit=many", None, "limit"),
]


@pytest.mark.parametrize(("method", "path", "body", "param"), BAD_JSON)
def test_bad_requests_are_400_naming_the_parameter(
    http: httpx.Client, method: str, path: str, body: Any, param: str
) -> None:
    answer = http.request(method, path, json=body)
    assert answer.status_code == 400, answer.text
    error = answer.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["param"] == param or param in error["message"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"{not json", "parse"), (b"[1, 2]", "JSON object")],
)
def test_bodies_that_are_not_json_objects(http: httpx.Client, content: bytes, message: str) -> None:
    answer = http.post(
        "/chat/completions", content=content, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 400 and message in answer.json()["error"]["message"]


@pytest.mark.parametrize(
    ("path", "files", "data", "param"),
    [
        ("/files", None, {"purpose": "batch"}, "file"),
        ("/files", {"file": ("a", b"x")}, {"purpose": "nope"}, "purpose"),
        ("/images/edits", None, {"prompt": "p"}, "image"),
        ("/images/variations", None, {"n": "1"}, "image"),
        ("/audio/transcriptions", None, {"model": "whisper-1"}, "file"),
        ("/audio/transcriptions", {"file": ("a.wav", b"x")}, {}, "model"),
    ],
)
def test_bad_forms(
    http: httpx.Client, path: str, files: Any, data: dict[str, str], param: str
) -> None:
    answer = http.post(path, files=files or {"other": ("o", b"")}, data=data)
    assert answer.status_code == 400
    assert answer.json()["error"]["param"] == param


def test_a_form_route_refuses_json(http: httpx.Client) -> None:
    answer = http.post("/files", json={"purpose": "batch"})
    assert answer.status_code == 400 and "multipart" in answer.json()["error"]["message"]


def test_chat_options(http: httpx.Client) -> None:
    schema = {
        "type": "object",
        "properties": {"n": {"$ref": "#/$defs/N"}},
        "required": ["n"],
        "$defs": {"N": {"type": "integer"}},
    }
    fmt = {"type": "json_schema", "json_schema": {"name": "x", "schema": schema}}
    structured = http.post("/chat/completions", json={**CHAT, "response_format": fmt}).json()
    assert json.loads(structured["choices"][0]["message"]["content"]) == {"n": 1}
    plain = http.post(
        "/chat/completions", json={**CHAT, "response_format": {"type": "json_object"}, "n": 2}
    ).json()
    assert len(plain["choices"]) == 2 and "answer" in json.loads(
        plain["choices"][1]["message"]["content"]
    )
    none = http.post(
        "/chat/completions", json={**CHAT, "tools": [TOOL], "tool_choice": "none"}
    ).json()
    assert none["choices"][0]["finish_reason"] == "stop"
    answered = {
        **CHAT,
        "messages": [*CHAT["messages"], {"role": "tool", "content": "1", "tool_call_id": "c"}],
        "tools": [TOOL],
    }
    assert (
        http.post("/chat/completions", json=answered).json()["choices"][0]["finish_reason"]
        == "stop"
    )
    stream = http.post("/chat/completions", json={**CHAT, "tools": [TOOL], "stream": True})
    assert '"tool_calls"' in stream.text and "usage" not in stream.text


def test_responses_options(http: httpx.Client) -> None:
    fmt = {
        "format": {
            "type": "json_schema",
            "name": "x",
            "schema": {
                "type": "object",
                "properties": {"a": {"type": "boolean"}},
                "required": ["a"],
            },
        }
    }
    out = http.post(
        "/responses", json={"model": "m", "input": "x", "text": fmt, "store": False}
    ).json()
    assert json.loads(out["output"][0]["content"][0]["text"]) == {"a": False}
    assert http.get(f"/responses/{out['id']}").status_code == 404
    items = [
        {"role": "user", "content": [{"type": "input_text", "text": "q"}]},
        {"type": "function_call_output", "call_id": "c", "output": "1"},
    ]
    answered = http.post(
        "/responses",
        json={"model": "m", "input": items, "tools": [{"type": "function", "name": "f"}]},
    ).json()
    assert answered["output"][0]["type"] == "message"
    listed = http.get(f"/responses/{answered['id']}/input_items").json()
    assert listed["data"][0]["content"] == [{"type": "input_text", "text": "q"}]
    streamed = http.post(
        "/responses",
        json={
            "model": "m",
            "input": "x",
            "tools": [{"type": "function", "name": "f"}],
            "stream": True,
        },
    )
    assert (
        "event: response.output_item.added" in streamed.text
        and "response.output_text.delta" not in streamed.text
    )


def test_embedding_inputs(http: httpx.Client) -> None:
    tokens = http.post(
        "/embeddings", json={"model": "text-embedding-3-large", "input": [1, 2, 3]}
    ).json()
    assert len(tokens["data"]) == 1 and len(tokens["data"][0]["embedding"]) == 3072
    nested = http.post(
        "/embeddings", json={"model": "m", "input": [[1, 2], "b"], "dimensions": 2}
    ).json()
    assert len(nested["data"]) == 2
    same = [
        http.post("/embeddings", json={"model": "m", "input": "same", "dimensions": 4}).json()[
            "data"
        ][0]["embedding"]
        for _ in range(2)
    ]
    assert same[0] == same[1]


def test_files_and_uploads_edges(http: httpx.Client) -> None:
    assert http.get("/files/file-missing").status_code == 404
    upload = http.post(
        "/uploads",
        json={"filename": "a", "purpose": "batch", "bytes": 3, "mime_type": "text/plain"},
    ).json()
    assert (
        http.post(f"/uploads/{upload['id']}/parts", files={"other": ("o", b"")}).status_code == 400
    )
    part = http.post(f"/uploads/{upload['id']}/parts", files={"data": ("d", b"ab")}).json()
    assert (
        http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": ["part_nope"]}).status_code
        == 400
    )
    assert (
        "declared 3 bytes"
        in http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": [part["id"]]}).text
    )
    more = http.post(f"/uploads/{upload['id']}/parts", files={"data": ("d", b"c")}).json()
    assert (
        http.post(
            f"/uploads/{upload['id']}/complete",
            json={"part_ids": [part["id"], more["id"]], "md5": "0"},
        ).status_code
        == 400
    )
    done = http.post(
        f"/uploads/{upload['id']}/complete", json={"part_ids": [part["id"], more["id"]]}
    )
    assert done.json()["status"] == "completed"
    assert "already completed" in http.post(f"/uploads/{upload['id']}/cancel").text


def test_batch_edges(http: httpx.Client) -> None:
    source = _file(
        http,
        b'not json\n{"custom_id": "x", "url": "/v1/embeddings", "body": {"model": "m", "input": "a"}}\n',
    )
    batch = http.post(
        "/batches",
        json={
            "input_file_id": source,
            "endpoint": "/v1/embeddings",
            "completion_window": "24h",
            "metadata": {"k": "v"},
        },
    ).json()
    for _ in range(3):
        done = http.get(f"/batches/{batch['id']}").json()
    assert done["request_counts"] == {"total": 2, "completed": 1, "failed": 1}
    assert http.post(f"/batches/{batch['id']}/cancel").status_code == 409


def test_fine_tuning_edges(http: httpx.Client) -> None:
    job = http.post(
        "/fine_tuning/jobs", json={"model": "m", "training_file": _file(http, purpose="fine-tune")}
    ).json()
    for _ in range(3):
        http.get(f"/fine_tuning/jobs/{job['id']}")
    assert http.post(f"/fine_tuning/jobs/{job['id']}/cancel").status_code == 400


def test_media_edges(http: httpx.Client) -> None:
    b64 = http.post(
        "/images/generations", json={"prompt": "p", "response_format": "b64_json"}
    ).json()
    assert b64["data"][0]["b64_json"]
    for fmt, start in (("mp3", b"FAKEmp3"), ("pcm", b"\x00")):
        audio = http.post(
            "/audio/speech",
            json={"model": "m", "voice": "v", "input": "hello", "response_format": fmt},
        )
        assert audio.content.startswith(start)
    for fmt, marker in (("text", "This is a transcription"), ("srt", "-->"), ("vtt", "WEBVTT")):
        text = http.post(
            "/audio/transcriptions",
            files={"file": ("a", b"unknown")},
            data={"model": "whisper-1", "response_format": fmt},
        )
        assert marker in text.text
    flagged = http.post(
        "/moderations", json={"input": [{"type": "text", "text": "I will hurt"}]}
    ).json()
    assert flagged["results"][0]["flagged"] and flagged["results"][0]["categories"]["violence"]


def test_models_edges(http: httpx.Client) -> None:
    assert http.get("/models/not-a-model").json()["error"]["code"] == "model_not_found"
    assert http.delete("/models/gpt-4o").status_code == 403
    assert http.delete("/models/ft:nope").status_code == 404


def test_threads_and_runs_edges(http: httpx.Client) -> None:
    assistant = http.post("/assistants", json={"model": "m"}).json()
    thread = http.post("/threads", json={}).json()
    run = http.post(
        f"/threads/{thread['id']}/runs",
        json={
            "assistant_id": assistant["id"],
            "additional_messages": [{"role": "user", "content": "q"}],
        },
    ).json()
    assert (
        "do not accept tool outputs"
        in http.post(
            f"/threads/{thread['id']}/runs/{run['id']}/submit_tool_outputs",
            json={"tool_outputs": []},
        ).text
    )
    for _ in range(2):
        http.get(f"/threads/{thread['id']}/runs/{run['id']}")
    assert http.post(f"/threads/{thread['id']}/runs/{run['id']}/cancel").status_code == 400
    listed = http.get(f"/threads/{thread['id']}/messages", params={"run_id": run["id"]}).json()
    assert [m["role"] for m in listed["data"]] == ["assistant"]
    tooled = http.post("/assistants", json={"model": "m", "tools": [TOOL]}).json()
    waiting = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": tooled["id"]}).json()
    for _ in range(2):
        http.get(f"/threads/{thread['id']}/runs/{waiting['id']}")
    wrong = http.post(
        f"/threads/{thread['id']}/runs/{waiting['id']}/submit_tool_outputs",
        json={"tool_outputs": [{"tool_call_id": "x", "output": "1"}]},
    )
    assert wrong.status_code == 400 and wrong.json()["error"]["param"] == "tool_outputs"


def test_vector_store_edges(http: httpx.Client) -> None:
    store = http.post(
        "/vector_stores",
        json={"name": "s", "expires_after": {"anchor": "last_active_at", "days": 1}},
    ).json()
    assert store["status"] == "completed" and store["expires_after"]["days"] == 1
    assert (
        http.post(f"/vector_stores/{store['id']}/files", json={"file_id": "file-nope"}).status_code
        == 400
    )
    assert http.post(f"/vector_stores/{store['id']}/file_batches", json={}).status_code == 400
    file_id = _file(http)
    batch = http.post(
        f"/vector_stores/{store['id']}/file_batches", json={"files": [{"file_id": file_id}]}
    ).json()
    cancelled = http.post(f"/vector_stores/{store['id']}/file_batches/{batch['id']}/cancel").json()
    assert cancelled["status"] == "cancelled" and cancelled["file_counts"]["cancelled"] == 1
    assert (
        http.get(f"/vector_stores/{store['id']}/files", params={"filter": "completed"}).json()[
            "data"
        ]
        == []
    )


def test_pages_follow_cursors(http: httpx.Client) -> None:
    ids = [_file(http, purpose="vision") for _ in range(3)]
    first = http.get("/files", params={"purpose": "vision", "limit": 2, "order": "asc"}).json()
    assert [f["id"] for f in first["data"]] == ids[:2] and first["has_more"]
    rest = http.get(
        "/files", params={"purpose": "vision", "after": first["last_id"], "order": "asc"}
    ).json()
    assert [f["id"] for f in rest["data"]] == ids[2:] and not rest["has_more"]
    assert http.get("/files", params={"after": "file-unknown"}).json()["data"] == []


@pytest.mark.parametrize("stream", [True, False, "yes"])
def test_an_operation_without_a_handler_streams_its_answer_when_asked(
    http: httpx.Client, stream: object
) -> None:
    body = {"model": "gpt-3.5-turbo-instruct", "prompt": "Say hi", "stream": stream}
    answer = http.post("/completions", json=body)
    assert answer.status_code == 200, answer.text
    if stream is True:
        assert answer.headers["content-type"].startswith("text/event-stream")
        events = [line[6:] for line in answer.text.splitlines() if line.startswith("data: ")]
        assert events[-1] == "[DONE]" and len(events) == 2
        assert json.loads(events[0])["object"] == "text_completion"
    else:
        assert answer.headers["content-type"].startswith("application/json")
        assert answer.json()["object"] == "text_completion"
