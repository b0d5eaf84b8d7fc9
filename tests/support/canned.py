"""A small stateful stand-in for the OpenAI API, served by the fault server on 127.0.0.1.

The compat suite runs the same snippet with the official SDK and with this library against
one ``CannedOpenAI``; the answers are deterministic (request ids count per ``reset()``), so
both runs must print the same thing. Models named below trigger the error statuses::

    with CannedOpenAI() as api:
        api.url                       # base URL ending in /v1
        api.reset()                   # fresh state: counters, recorded requests

Endpoints: chat completions (JSON and ``stream=True``), models, fine-tuning jobs and files
(cursor paging), file content and speech (binary). ``purpose="forbidden"`` on files.list
answers 403; a chat ``model`` in ``ERROR_MODELS`` answers that error; ``"slow"`` waits;
``"cut-stream"`` breaks a ``stream=True`` answer after two events.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

from .faultserver import FaultServer, RecordedRequest, Reply, json_reply, sse

__all__ = ["ERROR_MODELS", "CannedOpenAI"]

ERROR_MODELS: dict[str, tuple[int, dict[str, Any]]] = {
    "bad-request": (400, {"message": "Invalid value for 'temperature'.", "type": "invalid_request_error", "param": "temperature", "code": "invalid_value"}),
    "bad-key": (401, {"message": "Incorrect API key provided: sk-proj-****************wxyz.", "type": "invalid_request_error", "param": None, "code": "invalid_api_key"}),
    "forbidden": (403, {"message": "Project does not have access.", "type": "invalid_request_error", "param": None, "code": None}),
    "missing-model": (404, {"message": "The model does not exist.", "type": "invalid_request_error", "param": "model", "code": "model_not_found"}),
    "conflict": (409, {"message": "Conflict.", "type": "invalid_request_error", "param": None, "code": None}),
    "unprocessable": (422, {"message": "Unprocessable.", "type": "invalid_request_error", "param": "messages", "code": None}),
    "rate-limited": (429, {"message": "Rate limit reached.", "type": "requests", "param": None, "code": "rate_limit_exceeded"}),
    "no-quota": (429, {"message": "You exceeded your current quota.", "type": "insufficient_quota", "param": None, "code": "insufficient_quota"}),
    "boom": (500, {"message": "The server had an error.", "type": "server_error", "param": None, "code": None}),
}  # fmt: skip

_JOBS = [
    {"id": f"ftjob-{i}", "object": "fine_tuning.job", "model": "gpt-4o-mini", "created_at": 1700000000 + i,
     "status": "succeeded", "training_file": "file-train", "validation_file": None,
     "fine_tuned_model": f"ft:gpt-4o-mini:org::{i}", "organization_id": "org-1", "result_files": [],
     "trained_tokens": 100 * i, "finished_at": 1700001000 + i, "error": None, "seed": 7,
     "hyperparameters": {"n_epochs": 3, "batch_size": 1, "learning_rate_multiplier": 1.0}}
    for i in range(1, 6)
]  # fmt: skip
_FILES = [
    {"id": f"file-{i}", "object": "file", "bytes": 10 * i, "created_at": 1700000000 + i,
     "filename": f"data-{i}.jsonl", "purpose": "batch", "status": "processed"}
    for i in range(1, 4)
]  # fmt: skip
_MODELS = [
    {"id": name, "object": "model", "created": 1700000000, "owned_by": "system"}
    for name in ("gpt-4o-mini", "gpt-4o")
]
FILE_CONTENT = b'{"custom_id": "1"}\n{"custom_id": "2"}\n'
SPEECH = b"ID3\x04\x00fake-mp3-frames" * 64


class CannedOpenAI:
    """A deterministic fake of a few OpenAI endpoints (see the module docstring)."""

    def __init__(self) -> None:
        self.server = FaultServer()
        self.server.handler = self._handle
        self._count = 0

    def __enter__(self) -> CannedOpenAI:
        self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()

    @property
    def url(self) -> str:
        """The base URL clients use (ends with ``/v1``)."""
        return self.server.url + "/v1"

    def reset(self) -> None:
        """Fresh state: request ids start again at 1, recorded requests are dropped."""
        self._count = 0
        self.server.clear()

    def _headers(self, **extra: str) -> dict[str, str]:
        self._count += 1
        return {"x-request-id": f"req_{self._count}", "x-my-header": "canned", **extra}

    def _handle(self, request: RecordedRequest) -> Reply:
        path = request.path.split("?")[0].removeprefix("/v1")
        query = {k: v[-1] for k, v in parse_qs(request.query).items()}
        if request.method == "POST" and path == "/chat/completions":
            return self._chat(request.json())
        if request.method == "POST" and path == "/audio/speech":
            return Reply(headers={**self._headers(), "content-type": "audio/mpeg"}, body=SPEECH)
        if path == "/models":
            return json_reply({"object": "list", "data": _MODELS}, headers=self._headers())
        if path.startswith("/models/"):
            found = [m for m in _MODELS if m["id"] == path.removeprefix("/models/")]
            if found:
                return json_reply(found[0], headers=self._headers())
        if path == "/fine_tuning/jobs":
            return self._page(_JOBS, query)
        if path == "/files":
            if query.get("purpose") == "forbidden":
                return self._error(403, ERROR_MODELS["forbidden"][1])
            return self._page(_FILES, query)
        if path.startswith("/files/") and path.endswith("/content"):
            if path.split("/")[2] not in {f["id"] for f in _FILES}:
                return self._error(404, {"message": "No such File object.", "type": "invalid_request_error", "param": "id", "code": None})  # fmt: skip
            ctype = "application/octet-stream"
            return Reply(headers={**self._headers(), "content-type": ctype}, body=FILE_CONTENT)
        return self._error(404, {"message": f"Unknown path {path}", "type": "invalid_request_error", "param": None, "code": None})  # fmt: skip

    def _error(self, status: int, error: dict[str, Any]) -> Reply:
        return json_reply({"error": error}, status=status, headers=self._headers())

    def _page(self, items: list[dict[str, Any]], query: dict[str, str]) -> Reply:
        limit = int(query.get("limit", 20))
        ids = [item["id"] for item in items]
        start = ids.index(query["after"]) + 1 if query.get("after") in ids else 0
        chunk = items[start : start + limit]
        body = {
            "object": "list",
            "data": chunk,
            "has_more": start + limit < len(items),
            "first_id": chunk[0]["id"] if chunk else None,
            "last_id": chunk[-1]["id"] if chunk else None,
        }
        return json_reply(body, headers=self._headers())

    def _chat(self, body: dict[str, Any]) -> Reply:
        model = body.get("model", "")
        if model in ERROR_MODELS:
            status, error = ERROR_MODELS[model]
            return self._error(status, error)
        if model == "slow":
            return json_reply({}, headers=self._headers(), delay=2.0)
        messages = body.get("messages") or [{}]
        last = messages[-1].get("content", "")
        base = {"id": "chatcmpl-1", "created": 1700000000, "model": model}
        if body.get("stream"):
            words = ["Ahoy", ",", " matey", "!"]
            chunks: list[Any] = [
                {**base, "object": "chat.completion.chunk",
                 "choices": [{"index": 0, "delta": {"content": w}, "finish_reason": None}]}
                for w in words
            ]  # fmt: skip
            chunks.append(
                {**base, "object": "chat.completion.chunk",
                 "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            )  # fmt: skip
            # "cut-stream": the connection breaks after two events.
            cut = 2 if model == "cut-stream" else None
            return sse(chunks, headers=self._headers(), cut_after=cut)
        completion = {
            **base,
            "object": "chat.completion",
            "choices": [
                {"index": 0, "finish_reason": "stop", "logprobs": None,
                 "message": {"role": "assistant", "content": f"echo: {last}", "refusal": None}}
            ],
            "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8},
        }  # fmt: skip
        return json_reply(completion, headers=self._headers())


def wire_view(request: RecordedRequest) -> tuple[str, str, dict[str, list[str]], Any]:
    """What a request said, minus what may differ between clients (headers, key order)."""
    body = json.loads(request.body) if request.body.startswith(b"{") else request.body
    return request.method, request.path.split("?")[0], parse_qs(request.query), body
