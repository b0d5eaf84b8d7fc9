"""Pass `binary_media`: raw (non-JSON, non-form) bodies are binary."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import iter_operations

STRUCTURED = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded")
STREAMING = ("text/event-stream",)


def _is_raw(ctype: str) -> bool:
    return ctype not in STRUCTURED and ctype not in STREAMING and not ctype.endswith("+json")


def _mark(media: dict[str, Any], site: str, changes: Changes) -> None:
    schema = media.get("schema")
    if isinstance(schema, dict) and schema.get("type") == "string" and "format" not in schema:
        schema["format"] = "binary"
        changes.add("format: binary added", site)


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Declare raw request and response bodies as `format: binary`.

    Construct: `application/sdp` (POST /realtime/calls request and 201 response),
    `application/zip`, `video/mp4`, `image/webp` bodies declared `{type: string}`.
    Failure: the generator config maps these media types to octet-stream
    (`content_type_overrides`), but a plain `string` body then renders `body.payload` on a
    `str` (AttributeError) and a plain `string` response `cast(str, response.content)`
    (bytes typed as `str`).
    Fix: add `format: binary`, so bodies are `File` and responses `File(payload=BytesIO)`.
    Precision lost: an SDP body is bytes/`File`, not `str`.
    """
    changes = Changes()
    for path, method, op in iter_operations(spec):
        where = f"{method.upper()} {path}"
        body = op.get("requestBody") or {}
        for ctype, media in (body.get("content") or {}).items():
            if _is_raw(ctype) and isinstance(media, dict):
                _mark(media, f"{where} request {ctype}", changes)
        for code, resp in (op.get("responses") or {}).items():
            for ctype, media in ((resp or {}).get("content") or {}).items():
                if _is_raw(ctype) and isinstance(media, dict):
                    _mark(media, f"{where} {code} {ctype}", changes)
    return changes


PASS = Pass("binary_media", run)
