"""Assistants: create, list, retrieve, update, delete."""

from __future__ import annotations

from .._routing import Answer, Call, RouteTable
from ._common import deleted, metadata

__all__ = ["routes"]

routes = RouteTable()

_FIELDS = (
    "name",
    "description",
    "instructions",
    "tools",
    "tool_resources",
    "temperature",
    "top_p",
    "response_format",
    "reasoning_effort",
)


@routes.route("POST", "/assistants")
def create(call: Call) -> Answer:
    """A new assistant."""
    body = call.body()
    call.required(body, "model")
    assistant = {
        "id": call.state.ids.new("asst_"),
        "object": "assistant",
        "created_at": call.state.now(),
        "name": body.get("name"),
        "description": body.get("description"),
        "model": body["model"],
        "instructions": body.get("instructions"),
        "tools": body.get("tools") or [],
        "tool_resources": body.get("tool_resources") or {},
        "metadata": metadata(body) or {},
        "temperature": body.get("temperature", 1.0),
        "top_p": body.get("top_p", 1.0),
        "response_format": body.get("response_format", "auto"),
    }
    return call.state.add("assistants", assistant)


@routes.route("GET", "/assistants")
def list_assistants(call: Call) -> Answer:
    """Assistants, newest first."""
    return call.page(call.state.all("assistants"))


@routes.route("GET", "/assistants/{assistant_id}")
def retrieve(call: Call) -> Answer:
    """One assistant."""
    return call.state.get("assistants", call.params["assistant_id"], "assistant")


@routes.route("POST", "/assistants/{assistant_id}")
def update(call: Call) -> Answer:
    """Change the given fields."""
    assistant = call.state.get("assistants", call.params["assistant_id"], "assistant")
    body = call.body()
    assistant.update({k: body[k] for k in (*_FIELDS, "model") if k in body})
    if "metadata" in body:
        assistant["metadata"] = metadata(body) or {}
    return assistant


@routes.route("DELETE", "/assistants/{assistant_id}")
def delete(call: Call) -> Answer:
    """Delete an assistant."""
    found = call.state.remove("assistants", call.params["assistant_id"], "assistant")
    return deleted(found["id"], "assistant.deleted")
