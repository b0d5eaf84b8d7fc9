"""integrations-openai: a typed, resilient client for the OpenAI API."""

from __future__ import annotations

from ._client import AsyncOpenAIClient, OpenAIClient
from ._facade_core import RawResponse
from ._headers import RateLimitInfo
from .azure import AsyncAzureOpenAI, AsyncAzureOpenAIClient, AzureOpenAI, AzureOpenAIClient
from .config import BreakerPolicy, RateLimitPolicy, RetryPolicy, Timeout
from .errors import (
    APIStatusError,
    AuthenticationError,
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
    ResponseDecodeError,
    ServerError,
    StreamError,
    TimeoutError,
    ValidationError,
)
from .instrumentation import (
    Listener,
    OpenTelemetryListener,
    PrometheusListener,
    default_listeners,
)
from .pagination import AsyncPage, SyncPage
from .stream import (
    AssistantEventHandler,
    AsyncAssistantEventHandler,
    AsyncStream,
    ChatCompletionAccumulator,
    ResponseAccumulator,
    Stream,
)
from .structured import pydantic_function_tool
from .transport.boundary import rate_limit_of
from .transport.telemetry import LoggingListener

__all__ = [
    "APIStatusError",
    "AssistantEventHandler",
    "AsyncAssistantEventHandler",
    "AsyncAzureOpenAI",
    "AsyncAzureOpenAIClient",
    "AsyncOpenAIClient",
    "AsyncPage",
    "AsyncStream",
    "AuthenticationError",
    "AzureOpenAI",
    "AzureOpenAIClient",
    "BreakerPolicy",
    "ChatCompletionAccumulator",
    "CircuitOpenError",
    "ConfigurationError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "ContentPolicyError",
    "InvalidWebhookSignatureError",
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
    "ResponseAccumulator",
    "ResponseDecodeError",
    "RetryPolicy",
    "ServerError",
    "Stream",
    "StreamError",
    "SyncPage",
    "Timeout",
    "TimeoutError",
    "ValidationError",
    "default_listeners",
    "pydantic_function_tool",
    "rate_limit_of",
]
