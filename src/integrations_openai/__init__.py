"""integrations-openai: a typed, resilient client for the OpenAI API."""

from __future__ import annotations

from ._headers import RateLimitInfo
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

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "CircuitOpenError",
    "ConfigurationError",
    "ConflictError",
    "ContentPolicyError",
    "NetworkError",
    "NotFoundError",
    "OpenAIError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimitInfo",
    "ResponseDecodeError",
    "ServerError",
    "StreamError",
    "TimeoutError",
    "ValidationError",
]
