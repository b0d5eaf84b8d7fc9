"""Error builders: a response, an exception or an error event in, one exception out.

Which class, how retryable: ``_failure`` decides; this module fills in the message, the
body and the SDK's attributes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._headers import RateLimitInfo, request_id_from
from ._body import code_str, opt_str, parse_error_body, sdk_code, sdk_view, snippet
from ._failure import Phase, classify_exception, classify_status
from ._taxonomy import APIConnectionError, OpenAIError, StreamError

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
    ``err.response.json()`` works as with the SDK. ``message``, ``body``, ``code``,
    ``param`` and ``type`` follow the SDK's rule (see ``sdk_view``); ``detail`` is the
    server's own message, or a description of a body that is not OpenAI's.
    """
    _, err = parse_error_body(content)
    code = code_str(err.get("code"))
    err_type = opt_str(err.get("type"))
    detail = opt_str(err.get("message"))
    if not detail:
        ctype = headers.get("content-type", "unknown content type")
        detail = (
            f"HTTP {status_code} with a non-OpenAI body ({ctype}): {snippet(content)}"
            if content
            else f"HTTP {status_code} with an empty body"
        )
    failure = classify_status(status_code, headers, code=code, err_type=err_type)
    view = sdk_view(status_code, content)
    # As bytes: httpx encodes str header values as ASCII, and a server may send any byte.
    kept = [
        (k.encode("utf-8", "replace"), v.encode("utf-8", "replace"))
        for k, v in headers.items()
        if k.lower() not in _STALE_HEADERS
    ]
    response = httpx.Response(status_code, headers=kept, content=content, request=request)
    return failure.error(
        view.message,
        response=response,
        request=request,
        status_code=status_code,
        request_id=request_id_from(headers),
        code=view.code,
        param=view.param,
        type=view.type,
        body=view.body,
        rate_limit=RateLimitInfo.from_headers(headers),
        retryable=failure.retryable if retryable is None else retryable,
        detail=detail,
    )


def error_for_exception(exc: BaseException, phase: Phase = Phase.HEADERS) -> OpenAIError:
    """The one exception of ours that stands for ``exc`` (ours pass through unchanged)."""
    if isinstance(exc, OpenAIError):
        return exc
    failure = classify_exception(exc, phase)
    cause = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    detail = f"{failure.kind} ({cause})"
    if issubclass(failure.error, APIConnectionError):
        # The SDK's words ("Connection error.", "Request timed out."); ours in ``detail``.
        return failure.error(detail=detail, retryable=failure.retryable)
    return failure.error(detail, retryable=failure.retryable)


def error_from_event(payload: dict[str, Any], request_id: str | None = None) -> StreamError:
    """The error an in-band ``error`` event (or ``{"error": ...}`` payload) stands for.

    As the SDK's: the message is the error's own (else a fixed sentence) and ``body`` the
    ``error`` object; ``detail`` adds nothing.
    """
    raw = payload.get("error")
    err = raw if isinstance(raw, dict) else payload if raw is None else {"message": str(raw)}
    return StreamError(
        opt_str(err.get("message")) or "An error occurred during streaming",
        request_id=request_id,
        code=sdk_code(err.get("code")),
        param=opt_str(err.get("param")),
        type=opt_str(err.get("type")),
        body=payload if raw is None else raw,
    )
