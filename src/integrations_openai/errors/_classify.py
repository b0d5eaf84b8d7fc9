"""Error builders: a response, an exception or an error event in, one exception out.

Which class, how retryable: ``_failure`` decides; this module fills in the message, the
body and the SDK's attributes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._headers import RateLimitInfo, request_id_from
from ._body import code_str, opt_str, parse_error_body, snippet
from ._failure import Phase, classify_exception, classify_status
from ._taxonomy import OpenAIError, StreamError

__all__ = ["error_for_exception", "error_from_event", "error_from_response"]


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
    or truncated bodies; the class and ``retryable`` are the classifier's (``retryable``
    given here overrides it, for callers building errors by hand). The error's
    ``response`` is an ``httpx.Response`` holding the (capped) body that was read, so
    ``err.response.json()`` works as with the SDK; ``body`` is the ``error`` object when
    the body has one (the SDK's ``body``), else the decoded body or a text snippet.
    """
    body, err = parse_error_body(content)
    code = code_str(err.get("code"))
    err_type = opt_str(err.get("type"))
    message = opt_str(err.get("message"))
    if not message:
        ctype = headers.get("content-type", "unknown content type")
        message = (
            f"HTTP {status_code} with a non-OpenAI body ({ctype}): {snippet(content)}"
            if content
            else f"HTTP {status_code} with an empty body"
        )
    failure = classify_status(status_code, headers, code=code, err_type=err_type)
    cls = failure.error
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
        param=opt_str(err.get("param")),
        type=err_type,
        body=body if body is not None else snippet(content),
        rate_limit=RateLimitInfo.from_headers(headers),
        retryable=failure.retryable if retryable is None else retryable,
    )


def error_for_exception(exc: BaseException, phase: Phase = Phase.HEADERS) -> OpenAIError:
    """The one exception of ours that stands for ``exc`` (ours pass through unchanged)."""
    if isinstance(exc, OpenAIError):
        return exc
    failure = classify_exception(exc, phase)
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return failure.error(f"{failure.kind} ({detail})", retryable=failure.retryable)


def error_from_event(payload: dict[str, Any], request_id: str | None = None) -> StreamError:
    """The error an in-band ``error`` event (or ``{"error": ...}`` payload) stands for."""
    err = payload.get("error")
    if not isinstance(err, dict):
        err = payload if err is None else {"message": str(err)}
    return StreamError(
        opt_str(err.get("message")) or "the server sent an error event",
        request_id=request_id,
        code=code_str(err.get("code")),
        param=opt_str(err.get("param")),
        type=opt_str(err.get("type")),
        body=payload,
    )
