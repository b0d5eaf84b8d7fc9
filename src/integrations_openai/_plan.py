"""The call plan: client settings, ``with_options``, per-call arguments and test mode,
resolved ONCE into the frozen ``RequestOptions`` every layer reads.

``plan_call`` is pure (the clock value and the test-mode rule are passed in), so the order
of precedence is written, and tested, in one place: a per-call value beats the client's
(or copy's) setting, and test mode caps the resulting retries last, whoever set them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

import attrs
from integrations_openai_api._facade_runtime import CallOptions

from . import testing
from ._options import RequestOptions
from ._policies import check_max_retries
from ._sentinels import is_omitted
from .config import Timeout
from .errors import ConfigurationError
from .instrumentation._genai import CallFacts
from .transport._ratelimit import estimate_tokens

__all__ = ["CallSettings", "check_token_estimate", "plan_call"]


def check_token_estimate(value: object) -> int | None:
    """``value`` as a token estimate override (``None``: estimate from the body)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"estimated_tokens must be an integer >= 0, got {value!r}")
    return value


@attrs.frozen(slots=True, kw_only=True)
class CallSettings:
    """The call defaults of one client (or ``with_options`` copy) a plan starts from.

    ``count_tokens``: the client has a token budget, so a call's tokens are estimated from
    its body unless ``estimated_tokens`` fixes the number.
    """

    timeout: Timeout
    max_retries: int
    estimated_tokens: int | None = attrs.field(default=None, converter=check_token_estimate)
    count_tokens: bool = False


def plan_call(
    settings: CallSettings,
    options: CallOptions | None = None,
    *,
    now: float,
    stream: bool = False,
    idempotency_key: str | None = None,
    body: Mapping[str, object] | None = None,
    facts: CallFacts | None = None,
    retries_for: Callable[[int], int] = testing.retries_for,
) -> RequestOptions:
    """The frozen plan of one call; bad per-call values raise ``ConfigurationError`` here.

    ``now`` is ``time.monotonic()`` when the call starts (its total deadline counts from
    it); ``facts`` (operation, model) ride along for telemetry; ``retries_for`` is test mode's rule (``testing.retries_for``), applied last.
    """
    timeout, max_retries = settings.timeout, settings.max_retries
    if options is not None:
        if not is_omitted(options.timeout):
            timeout = Timeout.coerce(options.timeout)
        if not is_omitted(options.max_retries):
            # The RetryPolicy's own validator: a per-call count obeys the client-wide rule.
            max_retries = check_max_retries(options.max_retries)
    tokens = settings.estimated_tokens
    if tokens is None and settings.count_tokens and body is not None:
        tokens = estimate_tokens(body)
    return RequestOptions(
        call_id=uuid.uuid4().hex[:16],
        max_retries=retries_for(max_retries),
        deadline=now + timeout.total,
        idempotency_key=idempotency_key,
        estimated_tokens=tokens,
        stream=stream,
        timeout=timeout.to_httpx(stream=stream),
        facts=facts,
        stream_idle=timeout.stream_idle if stream else None,
        first_event=timeout.first_event if stream else None,
    )
