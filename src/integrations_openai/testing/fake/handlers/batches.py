"""Batches: validating -> in_progress -> finalizing -> completed, on the test's schedule.

Each line of the input file runs through the fake itself when the batch finishes; answers
go to the output file and failed lines to the error file, under their ``custom_id``.
"""

from __future__ import annotations

import json
from typing import Any

from .._routing import Answer, ApiError, Call, RouteTable
from .._state import FakeState
from ._common import metadata, present
from .files import store_file

__all__ = ["DURATIONS", "MAX_BYTES", "MAX_REQUESTS", "routes"]

routes = RouteTable()

STAGES = ["validating", "in_progress", "finalizing", "completed"]
#: The API's limits per input file (the batch runner splits below them).
MAX_REQUESTS = 50_000
MAX_BYTES = 200 * 1024 * 1024
#: Seconds of fake time each stage lasts (``fake.advance`` moves through them).
DURATIONS = [5.0, 60.0, 5.0]
_ENDPOINTS = frozenset(
    {
        "/v1/responses",
        "/v1/chat/completions",
        "/v1/embeddings",
        "/v1/completions",
        "/v1/moderations",
    }
)


def _on_enter(state: FakeState, batch: dict[str, Any]) -> Any:
    def enter(stage: str, at: float) -> None:
        batch["status"] = stage
        stamp = int(at)
        if stage == "in_progress":
            batch["in_progress_at"] = stamp
        elif stage == "finalizing":
            batch["finalizing_at"] = stamp
        elif stage == "completed":
            expire = state.batch_expirations > 0
            if expire:  # the window ran out: half the lines answered, the rest never
                state.batch_expirations -= 1
                _run_lines(state, batch, keep=0.5)
                batch["status"], batch["expired_at"] = "expired", stamp
                return
            _run_lines(state, batch)
            batch["completed_at"] = stamp
        elif stage == "cancelling":
            batch["cancelling_at"] = stamp
        elif stage == "cancelled":
            batch["cancelled_at"] = stamp

    return enter


def _lines(state: FakeState, batch: dict[str, Any]) -> list[Any]:
    raw = state.blobs.get(batch["input_file_id"], b"")
    out: list[Any] = []
    for text in raw.decode("utf-8", "replace").splitlines():
        if text.strip():
            try:
                out.append(json.loads(text))
            except ValueError:
                out.append(None)
    return out


def _run_lines(state: FakeState, batch: dict[str, Any], keep: float = 1.0) -> None:
    outputs: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    lines = _lines(state, batch)
    for line in lines[: -(-len(lines) * int(keep * 100) // 100)]:
        custom_id = line.get("custom_id") if isinstance(line, dict) else None
        entry: dict[str, Any] = {"id": state.ids.new("batch_req_"), "custom_id": custom_id}
        left, status = state.batch_line_faults.get(custom_id or "", (0, 0))
        if left > 0:  # a scripted failure of this line (fake.fail_batch_lines)
            state.batch_line_faults[custom_id or ""] = (left - 1, status)
            body = {"error": {"message": "scripted batch line failure", "type": "server_error"}}
            entry.update(
                response={
                    "status_code": status,
                    "request_id": state.ids.new("req_", 32),
                    "body": body,
                },
                error=None,
            )
            errors.append(entry)
            continue
        if not isinstance(line, dict) or line.get("url") != batch["endpoint"]:
            entry.update(
                response=None,
                error={
                    "code": "invalid_request",
                    "message": f"The line's url must be {batch['endpoint']}.",
                },
            )
            errors.append(entry)
            continue
        assert state.dispatch is not None
        status, body = state.dispatch(
            "POST", batch["endpoint"][len("/v1") :], line.get("body") or {}
        )
        entry.update(
            response={"status_code": status, "request_id": state.ids.new("req_", 32), "body": body},
            error=None,
        )
        (outputs if status < 400 else errors).append(entry)
    batch["request_counts"] = {
        "total": len(outputs) + len(errors),
        "completed": len(outputs),
        "failed": len(errors),
    }
    name = batch["id"]
    batch["output_file_id"] = store_file(
        state, f"{name}_output.jsonl", "batch_output", _jsonl(outputs)
    )["id"]
    if errors:
        batch["error_file_id"] = store_file(
            state, f"{name}_error.jsonl", "batch_output", _jsonl(errors)
        )["id"]


def _jsonl(entries: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(e).encode() + b"\n" for e in entries)


@routes.route("POST", "/batches")
def create(call: Call) -> Answer:
    """A batch over an uploaded ``purpose=batch`` file."""
    body = call.body()
    call.required(body, "input_file_id", "endpoint", "completion_window")
    meta = metadata(body)
    if body["endpoint"] not in _ENDPOINTS:
        raise ApiError(400, f"Invalid endpoint: {body['endpoint']!r}.", param="endpoint")
    if body["completion_window"] != "24h":
        raise ApiError(400, "completion_window must be '24h'.", param="completion_window")
    source = call.state.find("files", body["input_file_id"])
    if source is None:
        raise ApiError(
            400, f"Invalid 'input_file_id': '{body['input_file_id']}'.", param="input_file_id"
        )
    lines = len(_lines(call.state, {"input_file_id": source["id"]}))
    size = len(call.state.blobs.get(source["id"], b""))
    if lines > MAX_REQUESTS or size > MAX_BYTES:  # the API's per-file limits
        raise ApiError(
            400,
            f"The input file has {lines} requests and {size} bytes: at most {MAX_REQUESTS} "
            f"requests and {MAX_BYTES} bytes per batch.",
            param="input_file_id",
        )
    now = call.state.now()
    batch: dict[str, Any] = {
        "id": call.state.ids.new("batch_"),
        "object": "batch",
        "endpoint": body["endpoint"],
        "errors": None,
        "input_file_id": source["id"],
        "completion_window": "24h",
        "status": "validating",
        "output_file_id": None,
        "error_file_id": None,
        "created_at": now,
        "in_progress_at": None,
        "expires_at": now + 24 * 3600,
        "finalizing_at": None,
        "completed_at": None,
        "failed_at": None,
        "expired_at": None,
        "cancelling_at": None,
        "cancelled_at": None,
        "request_counts": {
            "total": lines,
            "completed": 0,
            "failed": 0,
        },
        "metadata": meta,
    }
    call.state.add("batches", batch)
    call.state.track(batch, STAGES, DURATIONS, _on_enter(call.state, batch))
    return present(batch)


@routes.route("GET", "/batches/{batch_id}")
def retrieve(call: Call) -> Answer:
    """The batch, one stage further per poll (or as far as fake time says)."""
    batch = call.state.get("batches", call.params["batch_id"], "batch")
    return present(call.state.tick(batch, poll=True))


@routes.route("GET", "/batches")
def list_batches(call: Call) -> Answer:
    """Batches, newest first."""
    items = [present(call.state.tick(b, poll=False)) for b in call.state.all("batches")]
    return call.page(items)


@routes.route("POST", "/batches/{batch_id}/cancel")
def cancel(call: Call) -> Answer:
    """cancelling now, cancelled at the next poll."""
    batch = call.state.tick(call.state.get("batches", call.params["batch_id"], "batch"), poll=False)
    if batch["status"] in ("completed", "failed", "expired", "cancelled", "cancelling"):
        raise ApiError(409, f"Cannot cancel a batch with status '{batch['status']}'.")
    schedule = call.state.schedule(batch["id"])
    assert schedule is not None
    schedule.replace(["cancelling", "cancelled"], [10.0], call.state.clock.now())
    return present(batch)
