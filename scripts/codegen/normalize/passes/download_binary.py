"""Pass `download_binary`: file-download endpoints return bytes."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass
from .._walk import iter_operations

OCTET = "application/octet-stream"


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Declare `application/octet-stream` binary on GET `.../content` downloads that lack it.

    Construct (spec bugs): GET /files/{id}/content declares `application/json: {type: string}`;
    GET /containers/{id}/files/{fid}/content declares no body at all.
    Failure: the generated code calls `response.json()` on raw file bytes (JSONDecodeError),
    or returns `None`.
    Fix: for a GET whose path ends in `/content` and whose 200 response has no content, or
    only a JSON *string*, the content becomes `{application/octet-stream: binary}`, so the
    result is `File`. JSON objects (e.g. vector store file content) are left alone.
    Precision lost: none, but this changes the declared contract on purpose.
    """
    changes = Changes()
    for path, method, op in iter_operations(spec):
        if method != "get" or not path.endswith("/content"):
            continue
        ok = (op.get("responses") or {}).get("200")
        if not isinstance(ok, dict):
            continue
        content = ok.get("content") or {}
        json_schema = (content.get("application/json") or {}).get("schema")
        is_json_string = (
            set(content) == {"application/json"}
            and isinstance(json_schema, dict)
            and json_schema.get("type") == "string"
        )
        if not content or is_json_string:
            ok["content"] = {OCTET: {"schema": {"type": "string", "format": "binary"}}}
            changes.add("declared binary", f"GET {path}")
    return changes


PASS = Pass("download_binary", run)
