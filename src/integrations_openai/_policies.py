"""Resilience policies as data: retry, circuit breaker, client-side rate limit.

Each policy is a frozen, slotted attrs value class validated at construction (a bad value is a
``ConfigurationError`` naming the field, never a raw attrs/TypeError). The transport layers in
``transport/`` apply them; ``config.py`` re-exports them. Every default is a named constant
here, with the reason it was chosen.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .errors import ConfigurationError

if TYPE_CHECKING:
    from .transport.storage import BreakerStorage, RateLimitStorage

__all__ = [
    "DEFAULT_BREAKER_FAIL_MAX",
    "DEFAULT_BREAKER_RESET_TIMEOUT",
    "DEFAULT_ERROR_PEEK_BYTES",
    "DEFAULT_INITIAL_BACKOFF",
    "DEFAULT_MAX_BACKOFF",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_RATE_LIMIT_KEY",
    "DEFAULT_RATE_LIMIT_MAX_WAIT",
    "DEFAULT_RATE_LIMIT_WINDOW",
    "DEFAULT_RETRY_MULTIPLIER",
    "DEFAULT_RETRY_STATUSES",
    "BreakerPolicy",
    "RateLimitPolicy",
    "RetryPolicy",
    "check_max_retries",
]

# -- retry -----------------------------------------------------------------------------------
#: Retries after the first attempt (4 attempts in all; the official SDK makes 3): enough to
#: ride out a blip, small enough not to pile onto an outage.
DEFAULT_MAX_RETRIES = 3
#: First backoff ceiling in seconds; full jitter draws the real wait from [0, ceiling].
DEFAULT_INITIAL_BACKOFF = 0.5
#: Growth factor of the exponential ceiling per retry (0.5, 1, 2, 4, 8 ...).
DEFAULT_RETRY_MULTIPLIER = 2.0
#: Cap on the backoff ceiling: a retry never waits longer than this unless the server asks.
DEFAULT_MAX_BACKOFF = 8.0
#: Longest server-requested wait (retry-after / retry-after-ms) we honour. A server asking for
#: more is telling us the call will not succeed soon: we return its answer instead of waiting.
DEFAULT_MAX_RETRY_AFTER = 60.0
#: 408 timeout, 409 conflict (lock contention), 429 rate limit, every 5xx.
DEFAULT_RETRY_STATUSES: frozenset[int] = frozenset({408, 409, 429, *range(500, 600)})
#: How much of a 429 body we read to spot ``insufficient_quota`` (real ones are ~300 bytes).
DEFAULT_ERROR_PEEK_BYTES = 64 * 1024

# -- circuit breaker -------------------------------------------------------------------------
#: Consecutive failures (5xx, network error, timeout) that open the circuit for a host:
#: more than one call's worth of retries (4 attempts), so one unlucky call cannot trip it.
DEFAULT_BREAKER_FAIL_MAX = 5
#: Seconds the circuit stays open before one probe may go through (pybreaker's default is 60;
#: OpenAI incidents that matter last minutes, and a probe every 30 s costs nothing).
DEFAULT_BREAKER_RESET_TIMEOUT = 30.0

# -- client-side rate limit ------------------------------------------------------------------
#: The budgets are "per minute": they apply to any sliding window of this many seconds.
DEFAULT_RATE_LIMIT_WINDOW = 60.0
#: Longest the limiter holds one request back; beyond it the call fails with RateLimitError
#: instead of blocking a thread for minutes (a call deadline, when set, is stricter).
DEFAULT_RATE_LIMIT_MAX_WAIT = 60.0

#: One budget per upstream host, as before storages existed; ``"{organization}:{model}"`` and
#: friends split it further (OpenAI's limits are per organization/project and model).
DEFAULT_RATE_LIMIT_KEY = "{host}"
#: The fields a rate-limit key template may use.
RATE_LIMIT_KEY_FIELDS = frozenset({"host", "organization", "project", "model"})

_MAX_RETRIES_LIMIT = 100


def _fail(field: attrs.Attribute[Any], requirement: str, value: object) -> ConfigurationError:
    return ConfigurationError(f"{field.name} must be {requirement}, got {value!r}")


def _number(minimum: float, *, strict: bool) -> Any:
    """Validator: a finite real number (not a bool) above ``minimum`` (or at it, if not strict)."""
    requirement = f"a finite number {'>' if strict else '>='} {minimum}"

    def check(_: object, field: attrs.Attribute[Any], value: object) -> None:
        ok = (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and math.isfinite(value)
            and (value > minimum if strict else value >= minimum)
        )
        if not ok:
            raise _fail(field, requirement, value)

    return check


def _integer(minimum: int, maximum: int | None = None) -> Any:
    """Validator: an int (not a bool) in ``[minimum, maximum]``."""
    requirement = f"an integer >= {minimum}" + (f" and <= {maximum}" if maximum else "")

    def check(_: object, field: attrs.Attribute[Any], value: object) -> None:
        ok = (
            isinstance(value, int)
            and not isinstance(value, bool)
            and value >= minimum
            and (maximum is None or value <= maximum)
        )
        if not ok:
            raise _fail(field, requirement, value)

    return check


def _optional(check: Any) -> Any:
    def optional(instance: object, field: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check(instance, field, value)

    return optional


def _boolean(_: object, field: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise _fail(field, "True or False", value)


def _on_storage_error(_: object, field: attrs.Attribute[Any], value: object) -> None:
    if value not in ("local", "fail"):
        raise _fail(field, '"local" or "fail"', value)


def _storage(protocol: str) -> Any:
    def check(_: object, field: attrs.Attribute[Any], value: object) -> None:
        from .transport import storage

        if value is not None and not isinstance(value, getattr(storage, protocol)):
            raise _fail(field, f"None or a {protocol} (e.g. RedisStorage)", value)

    return check


def _key(_: object, field: attrs.Attribute[Any], value: object) -> None:
    import string

    if callable(value):
        return
    if not isinstance(value, str):
        raise _fail(field, "a template string or a callable", value)
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
    except ValueError:
        raise _fail(field, "a valid template", value) from None
    if not names <= RATE_LIMIT_KEY_FIELDS:
        raise _fail(field, f"a template of {sorted(RATE_LIMIT_KEY_FIELDS)}", value)


def _to_frozenset(value: Any) -> Any:
    # Leave non-iterables alone so the validator reports them as a ConfigurationError.
    try:
        return frozenset(value)
    except TypeError:
        return value


def _statuses(_: object, field: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, frozenset) or not all(
        isinstance(s, int) and not isinstance(s, bool) and 100 <= s <= 599 for s in value
    ):
        raise _fail(field, "a frozenset of HTTP status codes (100-599)", value)


@attrs.frozen(slots=True, kw_only=True)
class RetryPolicy:
    """How failed attempts are retried (exponential backoff with full jitter).

    The wait before retry ``n`` (1-based) is drawn uniformly from
    ``[0, min(max_backoff, initial_backoff * multiplier ** (n - 1))]``, unless the server
    asked for a wait (``retry-after-ms``, ``retry-after`` seconds or HTTP date) of at most
    ``max_retry_after`` seconds, which is then used as is. ``max_retries=0`` disables retries.
    """

    max_retries: int = attrs.field(
        default=DEFAULT_MAX_RETRIES, validator=_integer(0, _MAX_RETRIES_LIMIT)
    )
    initial_backoff: float = attrs.field(
        default=DEFAULT_INITIAL_BACKOFF, validator=_number(0, strict=False)
    )
    multiplier: float = attrs.field(
        default=DEFAULT_RETRY_MULTIPLIER, validator=_number(1, strict=False)
    )
    max_backoff: float = attrs.field(
        default=DEFAULT_MAX_BACKOFF, validator=_number(0, strict=False)
    )
    max_retry_after: float = attrs.field(
        default=DEFAULT_MAX_RETRY_AFTER, validator=_number(0, strict=False)
    )
    retry_statuses: frozenset[int] = attrs.field(
        default=DEFAULT_RETRY_STATUSES, converter=_to_frozenset, validator=_statuses
    )
    error_peek_bytes: int = attrs.field(default=DEFAULT_ERROR_PEEK_BYTES, validator=_integer(0))


def check_max_retries(value: Any) -> int:
    """``value`` if ``RetryPolicy`` accepts it as ``max_retries``, else ``ConfigurationError``.

    Every other place that takes a retry count (``with_options``, a facade call's
    ``max_retries``) calls this, so one validator decides what a retry count may be.
    """
    return RetryPolicy(max_retries=value).max_retries


@attrs.frozen(slots=True, kw_only=True)
class BreakerPolicy:
    """When the per-host circuit breaker opens and how long it stays open.

    ``fail_max`` consecutive failures (a 5xx status, a network error or a timeout; never a
    4xx, 429 included: the host answered) open the circuit; after ``reset_timeout`` seconds
    one probe request is let through: success closes the circuit, failure re-opens it.
    """

    fail_max: int = attrs.field(default=DEFAULT_BREAKER_FAIL_MAX, validator=_integer(1))
    reset_timeout: float = attrs.field(
        default=DEFAULT_BREAKER_RESET_TIMEOUT, validator=_number(0, strict=True)
    )
    #: Where the circuits live: ``None`` is this process; a ``RedisStorage`` shares them.
    storage: BreakerStorage | None = attrs.field(
        default=None, validator=_storage("BreakerStorage"), eq=False
    )
    #: Storage unreachable: ``"local"`` uses this process's breaker, ``"fail"`` raises.
    on_storage_error: Literal["local", "fail"] = attrs.field(
        default="local", validator=_on_storage_error
    )


@attrs.frozen(slots=True, kw_only=True)
class RateLimitPolicy:
    """Client-side budgets per upstream host, over a sliding window of ``window`` seconds.

    ``requests_per_minute`` / ``tokens_per_minute`` (``None``: unlimited) are never exceeded
    in any window; a call's token cost is ``RequestOptions.estimated_tokens`` (0 when unset).
    With ``learn_from_headers`` the limiter also waits when the server's
    ``x-ratelimit-remaining-*`` says the next request would be refused, until its
    ``x-ratelimit-reset-*``. A wait longer than ``max_wait`` fails with ``RateLimitError``.
    ``key`` picks the budget a request draws from and ``storage`` where the budgets live
    (``RedisStorage``: shared by every process using the same Redis).
    """

    requests_per_minute: int | None = attrs.field(default=None, validator=_optional(_integer(1)))
    tokens_per_minute: int | None = attrs.field(default=None, validator=_optional(_integer(1)))
    learn_from_headers: bool = attrs.field(default=True, validator=_boolean)
    window: float = attrs.field(
        default=DEFAULT_RATE_LIMIT_WINDOW, validator=_number(0, strict=True)
    )
    max_wait: float = attrs.field(
        default=DEFAULT_RATE_LIMIT_MAX_WAIT, validator=_number(0, strict=False)
    )
    #: Which budget a request draws from: a template of ``{host}``, ``{organization}``,
    #: ``{project}``, ``{model}``, or a callable ``(KeyContext) -> str``.
    key: str | Callable[[Any], str] = attrs.field(default=DEFAULT_RATE_LIMIT_KEY, validator=_key)
    #: Where the windows live: ``None`` is this process; a ``RedisStorage`` shares them.
    storage: RateLimitStorage | None = attrs.field(
        default=None, validator=_storage("RateLimitStorage"), eq=False
    )
    #: Storage unreachable: ``"local"`` uses this process's limiter, ``"fail"`` raises.
    on_storage_error: Literal["local", "fail"] = attrs.field(
        default="local", validator=_on_storage_error
    )
