"""The one exception taxonomy of integrations-openai.

Every failure a caller can see is an ``OpenAIError``; no raw httpx, JSON, KeyError or
attrs exception crosses the public boundary. Classes are grouped by the caller's next move::

    OpenAIError                       root; .retryable .status_code .request_id .code .param .type .body .rate_limit
    ├── ConfigurationError            bad arguments or environment: fix the code/config (raised at construction)
    ├── APIStatusError                the server answered with an error status
    │   ├── ValidationError           400 / 422: fix the request
    │   │   └── ContentPolicyError    400 refused by the content policy
    │   ├── AuthenticationError       401: bad or missing key
    │   ├── PermissionDeniedError     403: key lacks access (org, project, region)
    │   ├── NotFoundError             404
    │   ├── ConflictError             409 (retryable)
    │   ├── RateLimitError            429 rate limited (retryable, honours retry-after)
    │   ├── QuotaExceededError        429 insufficient_quota: billing, never retried
    │   └── ServerError               5xx and HTML/garbled error pages (retryable)
    ├── ResponseDecodeError           a success status whose body is not what the spec promises
    ├── NetworkError                  connection refused/reset, TLS, truncated body (retryable)
    ├── TimeoutError                  connect/read/write/pool timeout, deadline, stream idle, 408
    ├── CircuitOpenError              the breaker for this host is open: failed fast, not sent
    ├── StreamError                   broken SSE or an error event inside a stream
    ├── LengthFinishReasonError       a structured answer cut by max tokens: nothing to parse
    ├── ContentFilterFinishReasonError  a structured answer stopped by the content filter
    └── InvalidWebhookSignatureError  a webhook delivery failed verification: reject it

``TimeoutError`` also subclasses the builtin ``TimeoutError`` so generic handlers keep working.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Mapping
from typing import Any, ClassVar

from ._headers import RateLimitInfo, request_id_from
from ._redact import redact_text

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "CircuitOpenError",
    "ConfigurationError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "ContentPolicyError",
    "InvalidWebhookSignatureError",
    "LengthFinishReasonError",
    "NetworkError",
    "NotFoundError",
    "OpenAIError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "ResponseDecodeError",
    "ServerError",
    "StreamError",
    "TimeoutError",
    "ValidationError",
    "error_from_response",
]

_MAX_SNIPPET = 300


class OpenAIError(Exception):
    """Root of every exception raised by integrations-openai."""

    retryable: ClassVar[bool] = False

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        request_id: str | None = None,
        code: str | None = None,
        param: str | None = None,
        type: str | None = None,
        body: object = None,
        rate_limit: RateLimitInfo | None = None,
        retryable: bool | None = None,
    ) -> None:
        self.message = redact_text(message)
        super().__init__(self.message)
        self.status_code = status_code
        self.request_id = request_id
        self.code = code
        self.param = param
        self.type = type
        self.body = body
        self.rate_limit = rate_limit
        if retryable is not None:
            # Instance override of the class default (e.g. x-should-retry).
            self.retryable = retryable  # type: ignore[misc]

    def __str__(self) -> str:
        parts = [self.message]
        if self.status_code is not None:
            parts.append(f"status={self.status_code}")
        if self.code:
            parts.append(f"code={self.code}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return " | ".join(parts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, status_code={self.status_code!r}, "
            f"code={self.code!r}, request_id={self.request_id!r}, retryable={self.retryable!r})"
        )


class ConfigurationError(OpenAIError, ValueError):
    """Invalid client configuration (missing key, malformed base URL, bad option)."""


class APIStatusError(OpenAIError):
    """The server answered with an error status; see ``status_code`` and ``body``."""


class ValidationError(APIStatusError):
    """400/422: the server rejected the request as invalid; fix ``param``."""


class ContentPolicyError(ValidationError):
    """400: the input or output was refused by OpenAI's content policy."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this resource (organization, project, model or region)."""


class NotFoundError(APIStatusError):
    """404: the resource or model does not exist (or is not visible to this key)."""


class ConflictError(APIStatusError):
    """409: the resource is being modified concurrently; safe to retry."""

    retryable = True


class RateLimitError(APIStatusError):
    """429: too many requests or tokens; retried after the server's ``retry-after``."""

    retryable = True


class QuotaExceededError(APIStatusError):
    """429 ``insufficient_quota``: the account is out of credit. Retrying cannot help."""


class ServerError(APIStatusError):
    """5xx, or an error page that is not OpenAI's JSON (real 502s are HTML)."""

    retryable = True


class ResponseDecodeError(OpenAIError):
    """A success status with a body that is not valid JSON or not the declared shape."""


class NetworkError(OpenAIError):
    """The connection failed: refused, reset, TLS failure, or the body was cut short."""

    retryable = True


class TimeoutError(OpenAIError, builtins.TimeoutError):
    """A connect/read/write/pool timeout, the call's total deadline, or a stalled stream."""

    retryable = True


class CircuitOpenError(OpenAIError):
    """The circuit breaker for this host is open: the request was not sent.

    ``retry_at`` is the ``time.time()`` at which the breaker lets one probe through,
    ``retry_after`` the seconds until then when the error was raised.
    """

    def __init__(
        self, message: str, *, host: str, retry_at: float, retry_after: float, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.host = host
        self.retry_at = retry_at
        self.retry_after = retry_after


class StreamError(OpenAIError):
    """The event stream was malformed, cut off, or carried an error event."""


class LengthFinishReasonError(OpenAIError):
    """``.parse``/``.stream`` with a response format: the answer hit the token limit
    (``finish_reason: "length"``), so it is not complete JSON. ``completion`` is what came."""

    def __init__(self, *, completion: object = None, usage: object = None) -> None:
        super().__init__(
            "could not parse the answer: the length limit was reached"
            + (f" ({usage})" if usage is not None else "")
        )
        self.completion = completion


class ContentFilterFinishReasonError(OpenAIError):
    """``.parse``/``.stream`` with a response format: the content filter stopped the answer
    (``finish_reason: "content_filter"``)."""

    def __init__(self, *, completion: object = None) -> None:
        super().__init__("could not parse the answer: it was stopped by the content filter")
        self.completion = completion


class InvalidWebhookSignatureError(OpenAIError, ValueError):
    """A webhook delivery failed verification (bad or missing signature headers, no
    matching signature, a timestamp outside the tolerance): do not trust its payload."""


_STATUS_CLASSES: Mapping[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}

_CONTENT_POLICY_CODES = frozenset({"content_policy_violation", "content_filter"})


def _snippet(content: bytes) -> str:
    text = content[:_MAX_SNIPPET].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text + ("…" if len(content) > _MAX_SNIPPET else "")


def _parse_error_body(content: bytes) -> tuple[object, dict[str, Any]]:
    """Return (decoded body or None, the ``error`` object or {}), never raising."""
    try:
        body = json.loads(content)
    except (ValueError, UnicodeDecodeError):
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


def error_from_response(
    status_code: int,
    headers: Mapping[str, str],
    content: bytes,
    *,
    retryable: bool | None = None,
) -> OpenAIError:
    """Map an error response (status, headers, body) to exactly one exception of ours.

    Works for OpenAI's ``{"error": {...}}`` JSON, other JSON, HTML error pages and empty
    or truncated bodies. ``408`` becomes a (retryable) ``TimeoutError``.
    """
    body, err = _parse_error_body(content)
    code = _opt_str(err.get("code"))
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
        cls = TimeoutError
    elif status_code == 429 and "insufficient_quota" in (code, err_type):
        cls = QuotaExceededError
    elif status_code == 400 and code in _CONTENT_POLICY_CODES:
        cls = ContentPolicyError
    elif status_code >= 500:
        cls = ServerError
    else:
        cls = _STATUS_CLASSES.get(status_code, APIStatusError)
    return cls(
        message,
        status_code=status_code,
        request_id=request_id_from(headers),
        code=code,
        param=_opt_str(err.get("param")),
        type=err_type,
        body=body if body is not None else _snippet(content),
        rate_limit=RateLimitInfo.from_headers(headers),
        retryable=retryable,
    )
