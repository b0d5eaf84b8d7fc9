"""The failure classifier for error statuses: one response in, exactly one exception out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._headers import RateLimitInfo, request_id_from
from ._taxonomy import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContentPolicyError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    UnprocessableEntityError,
)

__all__ = ["error_from_response"]

_MAX_SNIPPET = 300

_STATUS_CLASSES: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_CONTENT_POLICY_CODES = frozenset({"content_policy_violation", "content_filter"})


def _snippet(content: bytes) -> str:
    text = content[:_MAX_SNIPPET].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text + ("…" if len(content) > _MAX_SNIPPET else "")


def _parse_error_body(content: bytes) -> tuple[object, dict[str, Any]]:
    """Return (decoded body or None, the ``error`` object or {}), never raising."""
    from .._json import loads  # imported here: _json imports this package's classes

    try:
        body = loads(content)
    except ValueError:  # not JSON, not UTF-8, or past the depth/size bounds
        return None, {}
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            return body, err
        if isinstance(err, str):
            return body, {"message": err}
        if isinstance(body.get("message"), str):
            return body, body
    return body, {}


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _code_str(value: object) -> str | None:
    # Some endpoints send a numeric code; the SDK hands it over as text.
    if isinstance(value, bool):
        return None
    return str(value) if isinstance(value, str | int) else None


# The body handed to the error's response was already decoded (and maybe capped).
_STALE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def error_from_response(
    status_code: int,
    headers: Mapping[str, str],
    content: bytes,
    *,
    retryable: bool | None = None,
    request: httpx.Request | None = None,
) -> OpenAIError:
    """Map an error response (status, headers, body) to exactly one exception of ours.

    Works for OpenAI's ``{"error": {...}}`` JSON, other JSON, HTML error pages and empty
    or truncated bodies. ``408`` becomes a (retryable) ``RequestTimeoutError``. The error's
    ``response`` is an ``httpx.Response`` holding the (capped) body that was read, so
    ``err.response.json()`` works as with the SDK; ``body`` is the ``error`` object when
    the body has one (the SDK's ``body``), else the decoded body or a text snippet.
    """
    body, err = _parse_error_body(content)
    code = _code_str(err.get("code"))
    err_type = _opt_str(err.get("type"))
    message = _opt_str(err.get("message"))
    if not message:
        ctype = headers.get("content-type", "unknown content type")
        message = (
            f"HTTP {status_code} with a non-OpenAI body ({ctype}): {_snippet(content)}"
            if content
            else f"HTTP {status_code} with an empty body"
        )
    cls: type[OpenAIError]
    if status_code == 408:
        cls = RequestTimeoutError
    elif status_code == 429 and "insufficient_quota" in (code, err_type):
        cls = QuotaExceededError
    elif status_code == 400 and code in _CONTENT_POLICY_CODES:
        cls = ContentPolicyError
    elif status_code >= 500:
        cls = ServerError
    else:
        cls = _STATUS_CLASSES.get(status_code, APIStatusError)
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        body = body["error"]
    # As bytes: httpx encodes str header values as ASCII, and a server may send any byte.
    kept = [
        (k.encode("utf-8", "replace"), v.encode("utf-8", "replace"))
        for k, v in headers.items()
        if k.lower() not in _STALE_HEADERS
    ]
    response = httpx.Response(status_code, headers=kept, content=content, request=request)
    return cls(
        message,
        response=response,
        request=request,
        status_code=status_code,
        request_id=request_id_from(headers),
        code=code,
        param=_opt_str(err.get("param")),
        type=err_type,
        body=body if body is not None else _snippet(content),
        rate_limit=RateLimitInfo.from_headers(headers),
        retryable=retryable,
    )
