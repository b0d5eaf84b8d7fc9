"""Vector stores, their files and file batches: in_progress -> completed per poll or time."""

from __future__ import annotations

from typing import Any

from .._routing import Answer, ApiError, Call, RouteTable
from .._state import FakeState
from ._common import deleted, metadata

__all__ = ["DURATIONS", "routes"]

routes = RouteTable()

#: Seconds of fake time a file (or batch, or store) stays in_progress.
DURATIONS = [2.0]


def _counts(state: FakeState, store_id: str, batch_id: str | None = None) -> dict[str, int]:
    files = [f for f in state.all("vs_files:" + store_id) if batch_id in (None, f.get("_batch"))]
    for file in files:
        state.tick(file, poll=False)
    by = [f["status"] for f in files]
    return {
        "in_progress": by.count("in_progress"),
        "completed": by.count("completed"),
        "failed": by.count("failed"),
        "cancelled": by.count("cancelled"),
        "total": len(by),
    }


def _add_file(
    call: Call,
    store: dict[str, Any],
    file_id: str,
    batch_id: str | None = None,
    attributes: Any = None,
) -> dict[str, Any]:
    source = call.state.find("files", file_id)
    if source is None:
        raise ApiError(400, f"File {file_id} not found.", param="file_id")
    entry: dict[str, Any] = {
        "id": file_id,
        "object": "vector_store.file",
        "usage_bytes": source["bytes"],
        "created_at": call.state.now(),
        "vector_store_id": store["id"],
        "status": "in_progress",
        "last_error": None,
        "attributes": attributes or {},
        "chunking_strategy": {
            "type": "static",
            "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400},
        },
        "_batch": batch_id,
    }
    call.state.add("vs_files:" + store["id"], entry)

    def enter(stage: str, at: float) -> None:
        entry["status"] = stage

    call.state.track(entry, ["in_progress", "completed"], DURATIONS, enter)
    return entry


def _public(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if not k.startswith("_")}


def _store_view(call: Call, store: dict[str, Any]) -> dict[str, Any]:
    counts = _counts(call.state, store["id"])
    store["file_counts"] = counts
    store["status"] = "in_progress" if counts["in_progress"] else "completed"
    store["usage_bytes"] = sum(
        f["usage_bytes"]
        for f in call.state.all("vs_files:" + store["id"])
        if f["status"] == "completed"
    )
    return store


def _get_store(call: Call) -> dict[str, Any]:
    return call.state.get("vector_stores", call.params["vector_store_id"], "vector store")


@routes.route("POST", "/vector_stores")
def create(call: Call) -> Answer:
    """A store, indexing the given files."""
    body = call.body()
    now = call.state.now()
    expiry = {"expires_after": body["expires_after"]} if body.get("expires_after") else {}
    store = call.state.add(
        "vector_stores",
        {
            "id": call.state.ids.new("vs_"),
            "object": "vector_store",
            "usage_bytes": 0,
            "created_at": now,
            "status": "completed",
            "last_active_at": now,
            "name": body.get("name") or "",
            "file_counts": {},
            "metadata": metadata(body) or {},
            **expiry,
        },
    )
    for file_id in body.get("file_ids") or []:
        _add_file(call, store, file_id)
    return _store_view(call, store)


@routes.route("GET", "/vector_stores")
def list_stores(call: Call) -> Answer:
    """Stores, newest first."""
    return call.page([_store_view(call, s) for s in call.state.all("vector_stores")])


@routes.route("GET", "/vector_stores/{vector_store_id}")
def retrieve(call: Call) -> Answer:
    """One store; each retrieve is a poll of its files."""
    store = _get_store(call)
    for file in call.state.all("vs_files:" + store["id"]):
        call.state.tick(file, poll=True)
    return _store_view(call, store)


@routes.route("POST", "/vector_stores/{vector_store_id}")
def update(call: Call) -> Answer:
    """Rename, change metadata or expiry."""
    store = _get_store(call)
    body = call.body()
    for key in ("name", "expires_after"):
        if body.get(key) is not None:
            store[key] = body[key]
    if "metadata" in body:
        store["metadata"] = metadata(body) or {}
    return _store_view(call, store)


@routes.route("DELETE", "/vector_stores/{vector_store_id}")
def delete(call: Call) -> Answer:
    """Delete a store (its files stay)."""
    store = call.state.remove("vector_stores", call.params["vector_store_id"], "vector store")
    return deleted(store["id"], "vector_store.deleted")


@routes.route("POST", "/vector_stores/{vector_store_id}/files")
def create_file(call: Call) -> Answer:
    """Index one uploaded file."""
    body = call.body()
    call.required(body, "file_id")
    return _public(
        _add_file(call, _get_store(call), body["file_id"], attributes=body.get("attributes"))
    )


@routes.route("GET", "/vector_stores/{vector_store_id}/files")
def list_files(call: Call) -> Answer:
    """The store's files (``filter`` by status)."""
    store = _get_store(call)
    wanted = call.query.get("filter")
    items = [
        _public(call.state.tick(f, poll=False)) for f in call.state.all("vs_files:" + store["id"])
    ]
    return call.page([f for f in items if wanted in (None, f["status"])])


@routes.route("GET", "/vector_stores/{vector_store_id}/files/{file_id}")
def retrieve_file(call: Call) -> Answer:
    """One indexed file, one stage further per poll."""
    entry = call.state.get(
        "vs_files:" + _get_store(call)["id"], call.params["file_id"], "vector store file"
    )
    return _public(call.state.tick(entry, poll=True))


@routes.route("DELETE", "/vector_stores/{vector_store_id}/files/{file_id}")
def delete_file(call: Call) -> Answer:
    """Remove a file from the store."""
    entry = call.state.remove(
        "vs_files:" + _get_store(call)["id"], call.params["file_id"], "vector store file"
    )
    return deleted(entry["id"], "vector_store.file.deleted")


@routes.route("POST", "/vector_stores/{vector_store_id}/file_batches")
def create_batch(call: Call) -> Answer:
    """Index several files at once."""
    store = _get_store(call)
    body = call.body()
    file_ids = body.get("file_ids") or [f.get("file_id") for f in body.get("files") or []]
    if not file_ids:
        raise ApiError(400, "Missing required parameter: 'file_ids'.", param="file_ids")
    batch = call.state.add(
        "vs_batches:" + store["id"],
        {
            "id": call.state.ids.new("vsfb_"),
            "object": "vector_store.files_batch",
            "created_at": call.state.now(),
            "vector_store_id": store["id"],
            "status": "in_progress",
            "file_counts": {},
        },
    )
    for file_id in file_ids:
        _add_file(call, store, file_id, batch_id=batch["id"], attributes=body.get("attributes"))
    return _batch_view(call, batch, poll=False)


def _batch_view(call: Call, batch: dict[str, Any], *, poll: bool) -> dict[str, Any]:
    files = [
        f
        for f in call.state.all("vs_files:" + batch["vector_store_id"])
        if f.get("_batch") == batch["id"]
    ]
    for file in files:
        call.state.tick(file, poll=poll)
    counts = _counts(call.state, batch["vector_store_id"], batch["id"])
    batch["file_counts"] = counts
    if batch["status"] != "cancelled":
        batch["status"] = "in_progress" if counts["in_progress"] else "completed"
    return batch


def _get_batch(call: Call) -> dict[str, Any]:
    store = _get_store(call)
    return call.state.get(
        "vs_batches:" + store["id"], call.params["batch_id"], "vector store file batch"
    )


@routes.route("GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}")
def retrieve_batch(call: Call) -> Answer:
    """The batch, its files one stage further per poll."""
    return _batch_view(call, _get_batch(call), poll=True)


@routes.route("POST", "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel")
def cancel_batch(call: Call) -> Answer:
    """Stop indexing the batch's remaining files."""
    batch = _batch_view(call, _get_batch(call), poll=False)
    if batch["status"] == "in_progress":
        for file in call.state.all("vs_files:" + batch["vector_store_id"]):
            if file.get("_batch") == batch["id"] and file["status"] == "in_progress":
                schedule = call.state.schedule(file["id"])
                assert schedule is not None
                schedule.replace(["cancelled"], [], call.state.clock.now())
        batch["status"] = "cancelled"
    return _batch_view(call, batch, poll=False)


@routes.route("GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files")
def list_batch_files(call: Call) -> Answer:
    """The batch's files."""
    batch = _get_batch(call)
    files = [
        _public(call.state.tick(f, poll=False))
        for f in call.state.all("vs_files:" + batch["vector_store_id"])
        if f.get("_batch") == batch["id"]
    ]
    return call.page(files)
