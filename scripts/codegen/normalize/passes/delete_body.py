"""Pass `delete_body`: a DELETE whose success declares no body still returns what it deleted."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import component_ref, iter_operations

MODEL = "DeletedObject"
"""The component added: the lenient deletion confirmation."""
OPTIONAL_BODY = "x-optional-body"
"""Marks a response whose body may be empty: the facade returns `None` for an empty one."""
JSON = "application/json"

_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": (
        "The deletion confirmation of a DELETE whose spec declares no body: the `id`, the"
        " `object` type and `deleted`; any other field the server sends is kept."
    ),
    "properties": {
        "id": {"type": "string", "description": "The ID of the deleted object."},
        "object": {"type": "string", "description": "The deleted object's type."},
        "deleted": {"type": "boolean", "description": "Whether the object was deleted."},
    },
}


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Declare a lenient JSON deletion object on DELETE successes that declare no content.

    Construct: DELETE /responses/{id}, /containers/{id} and /containers/{id}/files/{id}
    answer `200` with no `content`, while the real API returns a deletion object
    (`{"id": ..., "object": "response.deleted", "deleted": true}`).
    Failure: the generated parser returns `None` without reading the body (typed `Any`), so
    the caller never sees the confirmation and `.deleted` is an AttributeError.
    Fix: every DELETE 2xx response without `content` gets `application/json` with
    `DeletedObject` (`id`, `object`, `deleted`, none required; extra fields kept) and the
    `x-optional-body` mark, so the facade types the result `DeletedObject | None` and returns
    `None` only for an empty body (a 204). An existing `DeletedObject` component is reused.
    Precision lost: none; the specific `object` value (`response.deleted`...) is a plain
    string, as the spec gives no per-operation schema to check it against.
    """
    changes = Changes()
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for path, method, op in iter_operations(spec):
        if method != "delete":
            continue
        for code, response in (op.get("responses") or {}).items():
            if not str(code).startswith("2") or not isinstance(response, dict):
                continue
            if response.get("content"):
                continue
            schemas.setdefault(MODEL, _SCHEMA)
            response["content"] = {JSON: {"schema": {"$ref": component_ref(MODEL)}}}
            response[OPTIONAL_BODY] = True
            changes.add("deletion body declared", f"DELETE {path} {code}")
    return changes


PASS = Pass("delete_body", run)
