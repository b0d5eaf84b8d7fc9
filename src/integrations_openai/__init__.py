"""integrations-openai: a typed, resilient client for the OpenAI API."""

from __future__ import annotations

from ._client import AsyncOpenAIClient, OpenAIClient
from ._facade_core import RawResponse
from ._headers import RateLimitInfo
from .config import BreakerPolicy, RateLimitPolicy, RetryPolicy, Timeout
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CircuitOpenError,
    ConfigurationError,
    ConflictError,
    ContentFilterFinishReasonError,
    ContentPolicyError,
    InternalServerError,
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
    StreamError,
    TimeoutError,
    UnprocessableEntityError,
    ValidationError,
)
from .instrumentation import (
    Listener,
    OpenTelemetryListener,
    PrometheusListener,
    default_listeners,
)
from .pagination import AsyncPage, SyncPage
from .stream import AsyncStream, ChatCompletionAccumulator, ResponseAccumulator, Stream
from .transport.boundary import rate_limit_of
from .transport.telemetry import LoggingListener

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOpenAIClient",
    "AsyncPage",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BreakerPolicy",
    "ChatCompletionAccumulator",
    "CircuitOpenError",
    "ConfigurationError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "ContentPolicyError",
    "InternalServerError",
    "LengthFinishReasonError",
    "Listener",
    "LoggingListener",
    "NetworkError",
    "NotFoundError",
    "OpenAIClient",
    "OpenAIError",
    "OpenTelemetryListener",
    "PermissionDeniedError",
    "PrometheusListener",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimitInfo",
    "RateLimitPolicy",
    "RawResponse",
    "RequestTimeoutError",
    "ResponseAccumulator",
    "ResponseDecodeError",
    "RetryPolicy",
    "ServerError",
    "Stream",
    "StreamError",
    "SyncPage",
    "Timeout",
    "TimeoutError",
    "UnprocessableEntityError",
    "ValidationError",
    "default_listeners",
    "rate_limit_of",
]
