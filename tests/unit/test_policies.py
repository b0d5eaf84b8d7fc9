"""Policy value classes: defaults, validation at the boundary (ConfigurationError, never attrs')."""

from __future__ import annotations

import math

import attrs
import pytest

from integrations_openai._policies import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_STATUSES,
    BreakerPolicy,
    RateLimitPolicy,
    RetryPolicy,
)
from integrations_openai.errors import ConfigurationError


def test_defaults_are_the_documented_ones() -> None:
    retry = RetryPolicy()
    assert retry.max_retries == DEFAULT_MAX_RETRIES == 3
    assert {408, 409, 429, 500, 503, 599} <= retry.retry_statuses == DEFAULT_RETRY_STATUSES
    assert 400 not in retry.retry_statuses and 404 not in retry.retry_statuses
    assert BreakerPolicy().fail_max == 5
    limit = RateLimitPolicy()
    assert limit.requests_per_minute is None and limit.tokens_per_minute is None
    assert limit.learn_from_headers is True and limit.window == 60.0


def test_policies_are_frozen_and_slotted() -> None:
    policy = RetryPolicy()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        policy.max_retries = 5  # type: ignore[misc]
    assert not hasattr(policy, "__dict__")
    assert attrs.evolve(policy, max_retries=0).max_retries == 0


def test_statuses_accept_any_iterable() -> None:
    assert RetryPolicy(retry_statuses=[503]).retry_statuses == frozenset({503})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("factory", "field", "value"),
    [
        (RetryPolicy, "max_retries", -1),
        (RetryPolicy, "max_retries", 101),
        (RetryPolicy, "max_retries", True),
        (RetryPolicy, "max_retries", 2.0),
        (RetryPolicy, "initial_backoff", -0.1),
        (RetryPolicy, "initial_backoff", math.nan),
        (RetryPolicy, "initial_backoff", "1"),
        (RetryPolicy, "multiplier", 0.5),
        (RetryPolicy, "max_backoff", math.inf),
        (RetryPolicy, "max_retry_after", -1),
        (RetryPolicy, "retry_statuses", 503),
        (RetryPolicy, "retry_statuses", frozenset({99})),
        (RetryPolicy, "retry_statuses", frozenset({"503"})),
        (RetryPolicy, "error_peek_bytes", -1),
        (BreakerPolicy, "fail_max", 0),
        (BreakerPolicy, "reset_timeout", 0),
        (RateLimitPolicy, "requests_per_minute", 0),
        (RateLimitPolicy, "tokens_per_minute", 1.5),
        (RateLimitPolicy, "learn_from_headers", 1),
        (RateLimitPolicy, "window", 0),
        (RateLimitPolicy, "max_wait", -1),
    ],
)
def test_bad_values_are_configuration_errors(factory: type, field: str, value: object) -> None:
    with pytest.raises(ConfigurationError, match=field):
        factory(**{field: value})
