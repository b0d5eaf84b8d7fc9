"""integrations-openai: a typed, resilient client for the OpenAI API."""

from __future__ import annotations

from ._client import AsyncOpenAIClient, OpenAIClient
from ._headers import RateLimitInfo
from .config import BreakerPolicy, RateLimitPolicy, RetryPolicy, Timeout
from .errors import (
    APIStatusError,
    AuthenticationError,
    CircuitOpenError,
    ConfigurationError,
    ConflictError,
    ContentPolicyError,
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
from .transport.boundary import rate_limit_of

__all__ = [
    "APIStatusError",
    "AsyncOpenAIClient",
    "AuthenticationError",
    "BreakerPolicy",
    "CircuitOpenError",
    "ConfigurationError",
    "ConflictError",
    "ContentPolicyError",
    "NetworkError",
    "NotFoundError",
    "OpenAIClient",
    "OpenAIError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimitInfo",
    "RateLimitPolicy",
    "ResponseDecodeError",
    "RetryPolicy",
    "ServerError",
    "StreamError",
    "Timeout",
    "TimeoutError",
    "ValidationError",
    "rate_limit_of",
]
