"""The one exception taxonomy of integrations-openai.

Every failure a caller can see is an ``OpenAIError``; no raw httpx, JSON, KeyError or
attrs exception crosses the public boundary. Classes are grouped by the caller's next move;
the official SDK's names (marked *) sit in the same tree, so ``except openai.X`` clauses
catch what the SDK would raise for the same failure. ``NetworkError``, ``TimeoutError`` and
``ServerError`` print under the SDK's name for the same failure (``APIConnectionError``,
``APITimeoutError``, ``InternalServerError``) in ``type(err).__name__``, reprs and
tracebacks; they still catch exactly what they did::

    OpenAIError                          root; .retryable .status_code .request_id .code .param
    │                                    .type .body .message .detail .request .response
    │                                    .rate_limit; str(err) is .message, as the SDK's
    ├── ConfigurationError               bad arguments or environment (also a ValueError)
    ├── APIError*                        a call to the API failed
    │   ├── APIStatusError*              the server answered with an error status
    │   │   ├── ValidationError          400 / 422: fix the request
    │   │   │   ├── BadRequestError*     400
    │   │   │   │   └── ContentPolicyError  400 refused by the content policy
    │   │   │   └── UnprocessableEntityError*  422
    │   │   ├── AuthenticationError*     401: bad or missing key
    │   │   ├── PermissionDeniedError*   403: key lacks access (org, project, region)
    │   │   ├── NotFoundError*           404
    │   │   ├── ConflictError*           409 (retryable)
    │   │   ├── RateLimitError*          429 rate limited (retryable, honours retry-after)
    │   │   │   └── QuotaExceededError   429 insufficient_quota: billing, never retried
    │   │   ├── ServerError              5xx and HTML/garbled error pages (retryable)
    │   │   │                            = InternalServerError*
    │   │   └── RequestTimeoutError      408 (also a TimeoutError)
    │   ├── APIResponseValidationError*  the response is not what the API promises
    │   │   └── ResponseDecodeError      a success status whose body does not parse
    │   ├── APIConnectionError*          no response: connection, timeout, breaker
    │   │   ├── NetworkError             refused, reset, TLS, truncated body (retryable)
    │   │   ├── TimeoutError             connect/read/write/pool timeout, deadline, stream
    │   │   │                            idle = APITimeoutError* (also builtins.TimeoutError)
    │   │   └── CircuitOpenError         the breaker for this host is open: not sent
    │   └── StreamError                  broken SSE or an error event inside a stream
    │       └── StreamCutError           the connection broke mid-stream (also an
    │                                    APIConnectionError, as the SDK reports it)
    ├── InvalidWebhookSignatureError*    a webhook delivery failed verification: reject it
    │                                    (also a ValueError, as the SDK's)
    ├── LengthFinishReasonError*         structured output cut at the token limit
    └── ContentFilterFinishReasonError*  structured output stopped by the content filter
"""

from __future__ import annotations

from ._classify import error_from_response
from ._taxonomy import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    CircuitOpenError,
    ConfigurationError,
    ConflictError,
    ContentFilterFinishReasonError,
    ContentPolicyError,
    InvalidWebhookSignatureError,
    LengthFinishReasonError,
    NetworkError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    RequestTimeoutError,
    ResponseDecodeError,
    ServerError,
    StreamCutError,
    StreamError,
    TimeoutError,
    UnprocessableEntityError,
    ValidationError,
)

# The official SDK's names for classes of ours: the same class, not a look-alike.
APITimeoutError = TimeoutError
InternalServerError = ServerError

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CircuitOpenError",
    "ConfigurationError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "ContentPolicyError",
    "InternalServerError",
    "InvalidWebhookSignatureError",
    "LengthFinishReasonError",
    "NetworkError",
    "NotFoundError",
    "OpenAIError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "ServerError",
    "StreamCutError",
    "StreamError",
    "TimeoutError",
    "UnprocessableEntityError",
    "ValidationError",
    "error_from_response",
]

# Reprs and tracebacks name the public module, not the private one a class lives in.
for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith(__name__ + "."):
        _obj.__module__ = __name__
del _name, _obj
