"""The failure classifier: every failure is judged here, once, for every layer.

In: an error status with its headers and the body read so far, or an exception, and the
phase it happened in. Out: a ``Failure``, the exception class the caller gets, that error's
``retryable``, how the circuit breaker counts the attempt and what the retry layer does.
The error boundary raises that class, the retry layer and the breaker act on it, streams and
downloads map mid-body failures with it, and telemetry reports the exception the boundary
raised, so no two layers can disagree about one failure.

Success costs nothing: ``breaker_outcome`` is one comparison and every other function is
reached only for an error status or an exception. Failures of foreign exceptions are
constants; only an error status whose headers or body decide allocates one.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

import attrs
import httpx

from ._body import code_str, opt_str, parse_error_body
from ._taxonomy import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ContentPolicyError,
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
)

__all__ = [
    "DEADLINE_CODE",
    "Failure",
    "Outcome",
    "Phase",
    "breaker_outcome",
    "classify_exception",
    "classify_response",
    "classify_status",
    "is_deadline_error",
    "is_insufficient_quota",
    "should_retry_hint",
]

#: ``code`` of the error raised when the call's own total deadline runs out.
DEADLINE_CODE = "deadline_exceeded"


class Phase(enum.Enum):
    """Where in a call a failure happened; it decides what may be tried again."""

    CONNECT = "connect"  # opening the connection: nothing reached the server
    HEADERS = "headers"  # inside an attempt: the response has not reached the caller
    BODY = "body"  # reading a body the caller already holds (downloads, raw streams)
    STREAM = "stream"  # reading an event stream whose events reached the caller


class Outcome(enum.Enum):
    """How one attempt counts for the circuit breaker."""

    SUCCESS = "success"  # the host answered (any status below 500)
    FAILURE = "failure"  # the host failed: 5xx, connection lost, timed out
    NEUTRAL = "neutral"  # says nothing about the host: our deadline, our bug, a full pool


@attrs.frozen(slots=True)
class Failure:
    """One failure, classified.

    ``error`` is the class the caller gets, ``retryable`` that error's ``.retryable``,
    ``breaker`` how the attempt counts, ``retry`` the word that overrides the retry
    policy's statuses (``None``: the policy decides; ``insufficient_quota`` and
    ``x-should-retry`` force it) and ``reason`` the why, for retry events and logs.
    """

    error: type[OpenAIError]
    retryable: bool
    breaker: Outcome
    retry: bool | None
    reason: str
    phase: Phase = Phase.HEADERS
    #: What went wrong, for the message of an error built from a foreign exception
    #: (empty for an error of ours, which is passed on as it is).
    kind: str = ""

    def retries_under(self, statuses: frozenset[int], status: int | None = None) -> bool:
        """Whether the retry layer tries again, given the policy's retryable statuses."""
        if self.retry is not None:
            return self.retry
        return status in statuses if status is not None else self.retryable


# ---- error statuses ----------------------------------------------------------------------

_STATUS_CLASSES: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
_CONTENT_POLICY_CODES = frozenset({"content_policy_violation", "content_filter"})
_QUOTA = "insufficient_quota"


def breaker_outcome(status: int) -> Outcome:
    """5xx is the host failing; any other status means it answered."""
    return Outcome.FAILURE if status >= 500 else Outcome.SUCCESS


def should_retry_hint(headers: Mapping[str, str]) -> bool | None:
    """The server's ``x-should-retry`` (``true``/``false``), or ``None`` when absent."""
    value = headers.get("x-should-retry")
    if value is None:
        return None
    return {"true": True, "false": False}.get(value.strip().lower())


def classify_status(
    status: int,
    headers: Mapping[str, str],
    *,
    code: str | None = None,
    err_type: str | None = None,
) -> Failure:
    """The failure of an error ``status`` whose body's ``error`` has ``code``/``err_type``.

    ``insufficient_quota`` on a 429 is a ``QuotaExceededError``: never retryable, whatever
    ``x-should-retry`` says (retrying cannot add credit). Otherwise ``x-should-retry``
    overrides the class default and the retry policy; without it the policy decides.
    """
    cls: type[OpenAIError]
    if status == 429 and _QUOTA in (code, err_type):
        return _QUOTA_FAILURE
    if status == 400 and code in _CONTENT_POLICY_CODES:
        cls = ContentPolicyError
    elif status >= 500:
        cls = ServerError
    else:
        cls = _STATUS_CLASSES.get(status, APIStatusError)
    hint = should_retry_hint(headers)
    if hint is None:
        return Failure(cls, cls.retryable, breaker_outcome(status), None, f"status={status}")
    return Failure(
        cls, hint, breaker_outcome(status), hint, f"x-should-retry={'true' if hint else 'false'}"
    )


_QUOTA_FAILURE = Failure(QuotaExceededError, False, Outcome.SUCCESS, False, _QUOTA)


def classify_response(
    status: int, headers: Mapping[str, str], body: bytes | None = None
) -> Failure:
    """The failure of an error response; ``body`` is what was read of it (maybe nothing)."""
    _, err = parse_error_body(body) if body else (None, {})
    return classify_status(
        status, headers, code=code_str(err.get("code")), err_type=opt_str(err.get("type"))
    )


def is_insufficient_quota(body: bytes | None) -> bool:
    """True when an error body is OpenAI's ``insufficient_quota`` (out of credit)."""
    if not body or _QUOTA.encode() not in body:
        return False
    return classify_response(429, {}, body).error is QuotaExceededError


# ---- exceptions ----------------------------------------------------------------------------


def _foreign(
    error: type[OpenAIError], retryable: bool, breaker: Outcome, kind: str, phase: Phase
) -> Failure:
    return Failure(error, retryable, breaker, retryable, error.__name__, phase, kind)


_F, _N = Outcome.FAILURE, Outcome.NEUTRAL
_C, _H = Phase.CONNECT, Phase.HEADERS

# Most specific first. A full local pool says nothing about the host (neutral); a request
# we could not even form (bad URL, local protocol error) is neither retried nor counted.
_EXCEPTIONS: tuple[tuple[type[BaseException], Failure], ...] = (
    (httpx.PoolTimeout, _foreign(TimeoutError, True, _N, "pool (no free connection) timeout", _C)),
    (httpx.ConnectTimeout, _foreign(TimeoutError, True, _F, "connect timeout", _C)),
    (httpx.ReadTimeout, _foreign(TimeoutError, True, _F, "read timeout", _H)),
    (httpx.WriteTimeout, _foreign(TimeoutError, True, _F, "write timeout", _H)),
    (httpx.TimeoutException, _foreign(TimeoutError, True, _F, "request timeout", _H)),
    (httpx.UnsupportedProtocol, _foreign(ConfigurationError, False, _N, "bad request URL", _C)),
    (httpx.InvalidURL, _foreign(ConfigurationError, False, _N, "bad request URL", _C)),
    (httpx.TooManyRedirects, _foreign(NetworkError, False, _N, "request failed", _H)),
    (httpx.LocalProtocolError, _foreign(NetworkError, False, _N, "request failed", _H)),
    (httpx.ConnectError, _foreign(NetworkError, True, _F, "network error", _C)),
    (
        httpx.DecodingError,
        _foreign(ResponseDecodeError, False, _N, "response body could not be decoded", _H),
    ),
    (httpx.StreamError, _foreign(StreamError, False, _N, "response stream misuse", _H)),
    (
        httpx.RemoteProtocolError,
        _foreign(NetworkError, True, _F, "connection closed mid-response", _H),
    ),
    (httpx.HTTPError, _foreign(NetworkError, True, _F, "network error", _H)),
    (OSError, _foreign(NetworkError, True, _F, "network error", _H)),
    # json.JSONDecodeError and friends from parsing a body.
    (ValueError, _foreign(ResponseDecodeError, False, _N, "response body is not valid", _H)),
)
_UNEXPECTED = _foreign(OpenAIError, False, _N, "unexpected error", _H)

# After bytes reached the caller nothing is replayed (events would be duplicated).
_STREAM: tuple[tuple[type[BaseException], Failure], ...] = (
    (httpx.TimeoutException, _foreign(TimeoutError, False, _N, "the event stream stalled", _H)),
    (
        httpx.RemoteProtocolError,
        _foreign(StreamCutError, False, _N, "the event stream was cut off", _H),
    ),
    (
        httpx.TransportError,
        _foreign(NetworkError, False, _N, "network error while streaming", _H),
    ),
    (OSError, _foreign(NetworkError, False, _N, "network error while streaming", _H)),
    (httpx.HTTPError, _foreign(StreamError, False, _N, "the event stream failed", _H)),
    (httpx.StreamError, _foreign(StreamError, False, _N, "the event stream failed", _H)),
)
# The sink's own OSError (a full disk) is not the network's: it passes unchanged.
_BODY: tuple[tuple[type[BaseException], Failure], ...] = (
    (httpx.TimeoutException, _foreign(TimeoutError, False, _N, "stalled", _H)),
    (httpx.TransportError, _foreign(NetworkError, False, _N, "failed", _H)),
)
_PHASE_TABLES = {
    Phase.STREAM: tuple((t, attrs.evolve(f, phase=Phase.STREAM)) for t, f in _STREAM),
    Phase.BODY: tuple((t, attrs.evolve(f, phase=Phase.BODY)) for t, f in _BODY),
}


def is_deadline_error(exc: BaseException) -> bool:
    """True for the error of the call's own total deadline (not the upstream's fault)."""
    return isinstance(exc, OpenAIError) and exc.code == DEADLINE_CODE


def _ours(exc: OpenAIError, phase: Phase) -> Failure:
    # ``retryable`` stays the error's own (a new call may well succeed); ``retry`` is this
    # call's: its deadline is spent, an open circuit refuses, a client-side limit refused.
    # Only a lost connection or a timeout inside the attempt is the host's doing: it is
    # retried and counted against the host.
    if exc.code == DEADLINE_CODE:
        return Failure(type(exc), exc.retryable, _N, False, "deadline", phase)
    host = isinstance(exc, NetworkError | TimeoutError) and exc.retryable
    host = host and phase in (Phase.CONNECT, Phase.HEADERS)
    return Failure(type(exc), exc.retryable, _F if host else _N, host, type(exc).__name__, phase)


def classify_exception(exc: BaseException, phase: Phase = Phase.HEADERS) -> Failure:
    """The failure ``exc`` stands for, raised in ``phase`` (ours keep their class).

    For an error of ours wrapping a foreign one (``__cause__``) in a body or stream phase,
    the cause decides, so a stream reports "cut off" the same over any transport stack.
    """
    if isinstance(exc, OpenAIError):
        cause = exc.__cause__
        if phase in _PHASE_TABLES and cause is not None and not isinstance(cause, OpenAIError):
            exc = cause
        else:
            return _ours(exc, phase)
    for table in (_PHASE_TABLES.get(phase, ()), _EXCEPTIONS):
        for kind, failure in table:
            if isinstance(exc, kind):
                return failure
    return _UNEXPECTED
