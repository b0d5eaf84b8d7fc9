"""Files (upload, list, retrieve, content, delete) and multi-part uploads."""

from __future__ import annotations

import hashlib
from typing import Any

from .._routing import Answer, ApiError, Call, RouteTable
from .._state import FakeState
from .._wire import Reply
from ._common import deleted

__all__ = ["routes", "store_file"]

routes = RouteTable()

PURPOSES = frozenset(
    {
        "assistants",
        "assistants_output",
        "batch",
        "batch_output",
        "fine-tune",
        "fine-tune-results",
        "vision",
        "user_data",
        "evals",
    }
)


def store_file(state: FakeState, filename: str, purpose: str, data: bytes) -> dict[str, Any]:
    """Keep ``data`` as a new file object and return it."""
    file: dict[str, Any] = {
        "id": state.ids.new("file-"),
        "object": "file",
        "bytes": len(data),
        "created_at": state.now(),
        "filename": filename,
        "purpose": purpose,
        "status": "processed",
    }
    state.blobs[file["id"]] = data
    return state.add("files", file)


@routes.route("POST", "/files")
def create(call: Call) -> Answer:
    """Upload one file (multipart: ``file``, ``purpose``)."""
    form = call.form()
    upload = form.files.get("file")
    if upload is None:
        raise ApiError(400, "Missing required parameter: 'file'.", param="file")
    purpose = form.fields.get("purpose", "")
    if purpose not in PURPOSES:
        raise ApiError(
            400, f"'{purpose}' is not one of {sorted(PURPOSES)} - 'purpose'", param="purpose"
        )
    return store_file(call.state, upload.filename, purpose, upload.data)


@routes.route("GET", "/files")
def list_files(call: Call) -> Answer:
    """Files, newest first (``purpose`` filters)."""
    purpose = call.query.get("purpose")
    items = [f for f in call.state.all("files") if purpose in (None, f["purpose"])]
    return call.page(items)


@routes.route("GET", "/files/{file_id}")
def retrieve(call: Call) -> Answer:
    """One file's metadata."""
    return call.state.get("files", call.params["file_id"], "file")


@routes.route("GET", "/files/{file_id}/content")
def content(call: Call) -> Answer:
    """The bytes uploaded (or produced: batch output, fine-tune results)."""
    file = call.state.get("files", call.params["file_id"], "file")
    return Reply(
        headers={"content-type": "application/octet-stream"}, body=call.state.blobs[file["id"]]
    )


@routes.route("DELETE", "/files/{file_id}")
def delete(call: Call) -> Answer:
    """Delete a file and its bytes."""
    file = call.state.remove("files", call.params["file_id"], "file")
    call.state.blobs.pop(file["id"], None)
    return deleted(file["id"], "file")


@routes.route("POST", "/uploads")
def create_upload(call: Call) -> Answer:
    """Start an upload of ``bytes`` bytes in parts."""
    body = call.body()
    call.required(body, "filename", "purpose", "bytes", "mime_type")
    now = call.state.now()
    upload = {
        "id": call.state.ids.new("upload_"),
        "object": "upload",
        "bytes": body["bytes"],
        "created_at": now,
        "expires_at": now + 3600,
        "filename": body["filename"],
        "purpose": body["purpose"],
        "status": "pending",
        "file": None,
    }
    call.state.blobs[upload["id"] + ":parts"] = b""
    return call.state.add("uploads", upload)


def _pending(call: Call) -> dict[str, Any]:
    upload = call.state.get("uploads", call.params["upload_id"], "upload")
    if upload["status"] != "pending":
        raise ApiError(400, f"Upload {upload['id']} is already {upload['status']}.")
    return upload


@routes.route("POST", "/uploads/{upload_id}/parts")
def add_part(call: Call) -> Answer:
    """One part (multipart ``data``)."""
    upload = _pending(call)
    data = call.form().files.get("data")
    if data is None:
        raise ApiError(400, "Missing required parameter: 'data'.", param="data")
    part = {
        "id": call.state.ids.new("part_"),
        "object": "upload.part",
        "created_at": call.state.now(),
        "upload_id": upload["id"],
    }
    call.state.blobs[part["id"]] = data.data
    return call.state.add("upload_parts", part)


@routes.route("POST", "/uploads/{upload_id}/complete")
def complete(call: Call) -> Answer:
    """Join the parts in the given order into a new file."""
    upload = _pending(call)
    body = call.body()
    call.required(body, "part_ids")
    try:
        data = b"".join(call.state.blobs[p] for p in body["part_ids"])
    except (KeyError, TypeError):
        raise ApiError(
            400, "part_ids names a part this upload does not have.", param="part_ids"
        ) from None
    if len(data) != upload["bytes"]:
        raise ApiError(
            400, f"The upload declared {upload['bytes']} bytes but the parts hold {len(data)}."
        )
    if body.get("md5") and body["md5"] != hashlib.md5(data, usedforsecurity=False).hexdigest():
        raise ApiError(400, "The md5 of the parts does not match.", param="md5")
    file = store_file(call.state, upload["filename"], upload["purpose"], data)
    upload.update(status="completed", file=file)
    return upload


@routes.route("POST", "/uploads/{upload_id}/cancel")
def cancel_upload(call: Call) -> Answer:
    """Abandon an upload."""
    upload = _pending(call)
    upload["status"] = "cancelled"
    return upload
