"""Small helpers the handler modules share."""

from __future__ import annotations

import json
from typing import Any

from .._routing import ApiError
from .._wire import Reply, SSEEvent, sse

__all__ = ["deleted", "json_schema_answer", "metadata", "present", "sse_reply", "words"]


def deleted(object_id: str, object_type: str) -> dict[str, Any]:
    """The API's answer to a delete."""
    return {"id": object_id, "object": object_type, "deleted": True}


def present(obj: dict[str, Any]) -> dict[str, Any]:
    """``obj`` without its null fields: the spec marks most optional fields not nullable, so
    an absent field is how an answer says "none" and still validates."""
    return {k: v for k, v in obj.items() if v is not None and not k.startswith("_")}


def metadata(body: dict[str, Any]) -> dict[str, str] | None:
    """A request's ``metadata`` (at most 16 string pairs, as the API checks)."""
    value = body.get("metadata")
    if value is None:
        return None
    if not isinstance(value, dict) or len(value) > 16:
        raise ApiError(400, "metadata must be an object of at most 16 pairs.", param="metadata")
    return {str(k): str(v) for k, v in value.items()}


def words(text: str) -> list[str]:
    """``text`` in stream-sized pieces (each word with its leading space)."""
    pieces = text.split(" ")
    return [pieces[0], *(" " + p for p in pieces[1:])] if text else [""]


def sse_reply(events: list[dict[str, Any]], *, named: bool, done: bool) -> Reply:
    """A ``text/event-stream`` reply; ``named`` adds ``event:`` lines from each ``type``."""
    items: list[SSEEvent | dict[str, Any]] = [
        SSEEvent(json.dumps(e), event=e["type"]) if named else e for e in events
    ]
    return sse(items, done=done)


def json_schema_answer(values: Any, schema: Any) -> str:
    """JSON text that satisfies a caller's ``json_schema`` response format."""
    if not isinstance(schema, dict):
        schema = {"type": "object"}
    return json.dumps(values.value(_inline_refs(schema, schema.get("$defs", {}), 0)))


def _inline_refs(node: Any, defs: dict[str, Any], depth: int) -> Any:
    """A caller's schema with its local ``#/$defs/...`` references replaced by their target."""
    if isinstance(node, list):
        return [_inline_refs(item, defs, depth) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        target = defs.get(ref.rsplit("/", 1)[-1], {})
        return _inline_refs(target, defs, depth + 1) if depth < 8 else {"type": "null"}
    return {k: _inline_refs(v, defs, depth) for k, v in node.items() if k != "$defs"}
