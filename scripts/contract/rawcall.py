"""Build the HTTP request of a case with plain httpx (no client library in between).

The fallback caller for recording while the public facade is missing, and the tool the
Prism validation tests use to send deliberately invalid bodies.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from scripts.contract.cases import Case
from scripts.contract.fixtures import FILES


def form_fields(body: Any) -> list[tuple[str, str]]:
    """Flatten a body into form fields the way OpenAI expects (`a[]`, `obj[key]`, true/false)."""
    fields: list[tuple[str, str]] = []

    def add(key: str, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            fields.append((key, "true" if value else "false"))
        elif isinstance(value, dict):
            for inner, item in value.items():
                add(f"{key}[{inner}]", item)
        elif isinstance(value, list):
            for item in value:
                add(f"{key}[]", item)
        else:
            fields.append((key, str(value)))

    for key, value in (body or {}).items():
        add(key, value)
    return fields


def build_request(
    case: Case, base_url: str, api_key: str, *, body: Any = ..., files: dict[str, str] | None = None
) -> httpx.Request:
    """The request for `case` (`body`/`files` override the case's own)."""
    body = case.body if body is ... else body
    files = case.files if files is None else files
    headers = {"Authorization": f"Bearer {api_key}"}
    if case.stream:
        headers["Accept"] = "text/event-stream"
    headers.update(case.headers)
    url = base_url.rstrip("/") + case.url_path()
    kwargs: dict[str, Any] = {"headers": headers, "params": case.query or None}
    media = case.media_type
    if media == "application/json":
        kwargs["content"] = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    elif media == "multipart/form-data":
        # (name, (None, value)) makes a plain form part: multipart even with no upload.
        parts: list[tuple[str, Any]] = [(k, (None, v)) for k, v in form_fields(body)]
        for field, name in files.items():
            parts.append((field, (name, *FILES[name])))
        kwargs["files"] = parts or [("_", (None, ""))]
    elif media == "application/x-www-form-urlencoded":
        kwargs["data"] = dict(form_fields(body))
    elif media is not None:
        kwargs["content"] = str(body).encode()
        headers["Content-Type"] = media
    return httpx.Request(case.method, url, **kwargs)
