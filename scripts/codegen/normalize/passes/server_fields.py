"""Pass `server_fields`: fields only the server makes are never required in a request."""

from __future__ import annotations

import copy
import re
from typing import Any

from .._model import Changes, Context, Pass
from .._walk import iter_operations, ref_name

# How the spec words a field the server fills in, where it forgot `readOnly: true`.
_RETURNED = re.compile(r"\breturned by the (API|server)\b", re.IGNORECASE)
# What a resource carries that no create request can set: the server assigns them.
SERVER_ASSIGNED = frozenset({"id", "object", "created_at", "expires_at"})


def _is_server_field(prop: Any) -> bool:
    if not isinstance(prop, dict):
        return False
    return prop.get("readOnly") is True or bool(_RETURNED.search(prop.get("description") or ""))


def _resource_of(name: str, schemas: dict[str, Any]) -> str | None:
    """``RealtimeSessionCreateRequest`` / ``CreateXRequest`` -> the resource component."""
    for base in (re.sub(r"CreateRequest$", "", name), re.sub(r"^Create(\w+)Request$", r"\1", name)):
        if base != name and isinstance(schemas.get(base), dict):
            return base
    return None


def _request_components(spec: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for _path, _method, op in iter_operations(spec):
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            ref = ((media or {}).get("schema") or {}).get("$ref")
            name = ref_name(ref) if isinstance(ref, str) else None
            if name and name not in names:
                names.append(name)
    return names


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Drop server-made fields from `required` in request bodies; complete response copies.

    Construct: a request-body component that requires a field only the server produces:
    `readOnly: true`, or (where the spec forgot the marker) a property described as
    "returned by the API". `RealtimeSessionCreateRequest` requires `client_secret` ("Ephemeral
    key returned by the API") and, being a copy of the response, lacks inputs its resource
    `RealtimeSession` has (`model`, `include`, `input_audio_noise_reduction`).
    Failure: `realtime.sessions.create(model=...)` raises a raw TypeError: `client_secret` is
    a required keyword nobody can supply, and `model` is not a keyword at all.
    Fix: (1) such a field leaves the request's `required` (it stays sendable: the SDK's
    `client_secret={"expires_after": ...}`); (2) a request shown to be a response copy by a
    description-matched field gets, as optional inputs, the properties of its resource
    component (`XCreateRequest`/`CreateXRequest` -> `X`) that it lacks, except the
    server-assigned `id`, `object`, `created_at`, `expires_at` and server-made fields.
    Precision lost: the spec's (wrong) claim that the field is required; added inputs are
    typed as the resource reports them, which the server accepts on create.
    """
    changes = Changes()
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for name in _request_components(spec):
        schema = schemas.get(name)
        if not isinstance(schema, dict):
            continue
        props = schema.get("properties") or {}
        required = schema.get("required") or []
        server = [k for k, v in props.items() if _is_server_field(v)]
        for field in server:
            if field in required:
                required.remove(field)
                changes.add("server field not required", f"#/components/schemas/{name}/{field}")
        if "required" in schema and not required:
            del schema["required"]
        copied = [k for k in server if props[k].get("readOnly") is not True]
        resource = _resource_of(name, schemas) if copied else None
        if resource is None:
            continue
        for field, prop in (schemas[resource].get("properties") or {}).items():
            if field in props or field in SERVER_ASSIGNED or _is_server_field(prop):
                continue
            props[field] = copy.deepcopy(prop)
            changes.add(f"input from {resource}", f"#/components/schemas/{name}/{field}")
    return changes


PASS = Pass("server_fields", run)
