"""integrations-openai: a typed, resilient client for the OpenAI API."""

from __future__ import annotations

from integrations_openai_api._facade_runtime import BinaryContent

from ._client import AsyncOpenAIClient, OpenAIClient
from ._headers import RateLimitInfo
from ._response import AsyncStreamedResponse, RawResponse, StreamedResponse
from .azure import AsyncAzureOpenAI, AsyncAzureOpenAIClient, AzureOpenAI, AzureOpenAIClient
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
from .instrumentation import (
    Listener,
    OpenTelemetryListener,
    PrometheusListener,
    default_listeners,
)
from .pagination import AsyncPage, AsyncPaginator, PageInfo, SyncPage
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
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AssistantEventHandler",
    "AsyncAssistantEventHandler",
    "AsyncAzureOpenAI",
    "AsyncAzureOpenAIClient",
    "AsyncOpenAIClient",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncStream",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "AzureOpenAI",
    "AzureOpenAIClient",
    "BadRequestError",
    "BinaryContent",
    "BreakerPolicy",
    "ChatCompletionAccumulator",
    "CircuitOpenError",
    "ConfigurationError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "ContentPolicyError",
    "InternalServerError",
    "InvalidWebhookSignatureError",
    "LengthFinishReasonError",
    "Listener",
    "LoggingListener",
    "NetworkError",
    "NotFoundError",
    "OpenAIClient",
    "OpenAIError",
    "OpenTelemetryListener",
    "PageInfo",
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
    "StreamCutError",
    "StreamError",
    "StreamedResponse",
    "SyncPage",
    "Timeout",
    "TimeoutError",
    "UnprocessableEntityError",
    "ValidationError",
    "default_listeners",
    "pydantic_function_tool",
    "rate_limit_of",
]
