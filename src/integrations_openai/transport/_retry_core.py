"""Retry decisions, I/O-free: pure functions plus one per-call state object.

``RetryTransport`` and ``AsyncRetryTransport`` (``retry.py``) are thin loops over
``RetryCall``; every decision (retry or not, how long to wait, which headers each attempt
carries, when the deadline is exhausted) is made here, once, for both drivers.
"""

from __future__ import annotations

import email.utils
import itertools
import logging
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC

import attrs
import httpx

from .._headers import MAX_NUMBER_CHARS, non_negative_number
from .._options import options_of
from .._policies import RetryPolicy
from ..errors import TimeoutError
from ..errors._failure import classify_exception, classify_response, is_insufficient_quota
from ..instrumentation import Hooks, RetryScheduled
from ._buffer import replay
from ._deadline import cap_timeouts, deadline_error, remaining

__all__ = [
    "IDEMPOTENCY_HEADER",
    "RETRY_COUNT_HEADER",
    "RetryCall",
    "Step",
    "Verdict",
    "backoff_delay",
    "full_jitter",
    "is_insufficient_quota",
    "parse_retry_after",
    "replay_response",
    "retryable_exception",
    "should_retry",
]

logger = logging.getLogger("integrations_openai.retry")

IDEMPOTENCY_HEADER = "Idempotency-Key"
#: Retries made before this attempt (0 on the first), like the official SDK's
#: ``x-stainless-retry-count``; named without the vendor prefix since we are not that SDK.
RETRY_COUNT_HEADER = "x-retry-count"
# RFC 9110 safe methods repeat harmlessly; every other method carries an Idempotency-Key.
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

Jitter = Callable[[float], float]


@attrs.frozen(slots=True)
class Verdict:
    """Whether a failed attempt may be retried, and why (the reason goes into events/logs)."""

    retry: bool
    reason: str


def parse_retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds the server asked us to wait, or ``None``.

    Reads ``retry-after-ms`` (OpenAI's, milliseconds), then ``retry-after`` as seconds or as
    an HTTP date (IMF-fixdate, RFC 850 or asctime; ``now`` is ``time.time()``). A date in the
    past means "now" (0); unreadable or negative values are ignored.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None:
        value = non_negative_number(millis)
        if value is not None:
            return value / 1000.0
    text = headers.get("retry-after")
    if text is None:
        return None
    seconds = non_negative_number(text)
    if seconds is not None:
        return seconds
    if len(text) > MAX_NUMBER_CHARS:  # an HTTP date is 29 characters
        return None
    try:
        when = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # asctime dates carry no zone; HTTP dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def full_jitter(value: float) -> float:
    """backoff's full jitter: a wait drawn uniformly from ``[0, value]``.

    backoff is imported on first use because its package import loads asyncio, which a
    sync-only process would otherwise pay for at start-up without ever retrying.
    """
    import backoff

    return float(backoff.full_jitter(value))


def backoff_delay(retry: int, policy: RetryPolicy, jitter: Jitter = full_jitter) -> float:
    """Wait before retry number ``retry`` (1-based): backoff's ``expo`` ceiling, jittered.

    The ceiling is ``min(max_backoff, initial_backoff * multiplier ** (retry - 1))``; with
    the default full jitter the result is uniform in ``[0, ceiling]``.
    """
    import backoff  # see full_jitter: deferred to the first retry

    waits = backoff.expo(
        base=policy.multiplier, factor=policy.initial_backoff, max_value=policy.max_backoff
    )
    next(waits)  # backoff's generators yield once before the first value (its send protocol)
    try:
        ceiling = float(next(itertools.islice(waits, retry - 1, None)))
    except OverflowError:  # multiplier ** n beyond float range: the cap applies
        ceiling = policy.max_backoff
    ceiling = min(ceiling, policy.max_backoff)
    return min(max(float(jitter(ceiling)), 0.0), ceiling)


def retryable_exception(exc: BaseException) -> str | None:
    """The retry reason for an attempt that raised ``exc`` before any response, else ``None``.

    The failure classifier decides: connection failures and timeouts are retried (httpx's
    or, once mapped, ours); an open circuit, the call's own deadline, a client-side refusal
    and programming errors are not.
    """
    failure = classify_exception(exc)
    return failure.reason if failure.retry else None


def should_retry(
    status: int, headers: Mapping[str, str], policy: RetryPolicy, body: bytes | None = None
) -> Verdict:
    """Whether a response with ``status`` may be retried (the attempt budget aside).

    The failure classifier's word first (``insufficient_quota`` never is, ``x-should-retry``
    forces either way), then the policy's statuses.
    """
    if status < 400:
        return Verdict(False, f"status={status}")
    failure = classify_response(status, headers, body)
    return Verdict(failure.retries_under(policy.retry_statuses, status), failure.reason)


def replay_response(response: httpx.Response, raw: bytes) -> tuple[httpx.Response, bytes | None]:
    """A fresh, unread copy of ``response`` whose body is ``raw``, and that body decoded.

    The retry layer reads a 429 body to look for ``insufficient_quota``; when it then hands
    the response on, the caller must still be able to read it.
    """

    try:
        body: bytes | None = replay(response, raw).read()  # decodes gzip/br like the caller
    except httpx.DecodingError:
        body = None
    return replay(response, raw), body


@attrs.frozen(slots=True)
class Step:
    """What a driver does after an attempt's response.

    ``peek`` > 0: read at most that many body bytes and ask again; ``final``: hand the
    response to the caller; else close it and raise ``error`` if set, or sleep ``wait``.
    """

    final: bool = False
    wait: float = 0.0
    peek: int = 0
    error: TimeoutError | None = None


_FINAL = Step(final=True)


def _event_url(url: httpx.URL) -> str:
    # Events never carry query strings (they may hold ids or, worse, credentials).
    return str(url.copy_with(query=None, fragment=None))


def _replayable(request: httpx.Request) -> bool:
    # httpx wraps one-shot iterator bodies in (Async)IteratorByteStream; bytes, forms, JSON
    # and multipart uploads (seekable files) can be sent again.
    return not type(request.stream).__name__.endswith("IteratorByteStream")


class RetryCall:
    """The retry state of one logical call: attempts made, its idempotency key, its deadline.

    Drivers call ``next_request`` before each attempt, then ``on_error`` or ``on_response``.
    ``now`` is ``time.monotonic()``; ``wall()`` (``time.time``) only reads HTTP dates.
    """

    __slots__ = (
        "_call_id",
        "_deadline",
        "_headers",
        "_hooks",
        "_jitter",
        "_last",
        "_policy",
        "_request",
        "_wall",
        "max_retries",
        "retries",
    )

    def __init__(
        self,
        request: httpx.Request,
        policy: RetryPolicy,
        hooks: Hooks,
        *,
        wall: Callable[[], float],
        jitter: Jitter = full_jitter,
    ) -> None:
        options = options_of(request)
        self._request = request
        self._policy = policy
        self._hooks = hooks
        self._wall = wall
        self._jitter = jitter
        self._deadline = options.deadline if options else None
        self._call_id = options.call_id if options else ""
        override = options.max_retries if options else None
        self.max_retries = policy.max_retries if override is None else max(0, override)
        if not _replayable(request):
            self.max_retries = 0
        self.retries = 0
        self._last = "no attempt"
        headers = request.headers.copy()
        if request.method.upper() not in _SAFE_METHODS and IDEMPOTENCY_HEADER not in headers:
            key = options.idempotency_key if options else None
            headers[IDEMPOTENCY_HEADER] = key or f"io-retry-{uuid.uuid4()}"
        self._headers = headers

    def next_request(self, now: float) -> httpx.Request:
        """The request for the next attempt; raises ``TimeoutError`` past the deadline."""
        left = remaining(self._deadline, now)
        if left is not None and left <= 0:
            raise deadline_error(f"{self.retries} retries made; last: {self._last}")
        headers = self._headers.copy()
        headers[RETRY_COUNT_HEADER] = str(self.retries)
        request = self._request
        extensions = request.extensions if left is None else cap_timeouts(request.extensions, left)
        return httpx.Request(
            request.method,
            request.url,
            headers=headers,
            stream=request.stream,
            extensions=extensions,
        )

    def on_error(self, exc: Exception, now: float) -> float:
        """After an attempt raised ``exc``: the wait before retrying, or raise (``exc`` itself
        when it is final, ``TimeoutError`` when the deadline leaves no room to retry)."""
        reason = retryable_exception(exc)
        self._last = type(exc).__name__
        if reason is None or self.retries >= self.max_retries:
            raise exc
        step = self._schedule(reason, None, None, now)
        if step.error is not None:
            raise step.error from exc
        return step.wait

    def on_response(
        self,
        response: httpx.Response,
        now: float,
        *,
        body: bytes | None = None,
        peeked: bool = False,
    ) -> Step:
        """After an attempt returned ``response`` (headers only, body unread unless peeked)."""
        status, headers = response.status_code, response.headers
        if status < 400:  # the success path: no classification, nothing allocated
            return _FINAL
        verdict = should_retry(status, headers, self._policy, body)
        if not verdict.retry:
            if status >= 400:
                logger.debug("not retrying: %s", verdict.reason)
            return _FINAL
        self._last = f"status={status}"
        if self.retries >= self.max_retries:
            logger.debug("not retrying %s: %d retries made", verdict.reason, self.retries)
            return _FINAL
        server_wait = parse_retry_after(headers, self._wall())
        if server_wait is not None and server_wait > self._policy.max_retry_after:
            # The server says "not soon": its answer (with its rate-limit info) beats waiting.
            logger.debug("not retrying: retry-after %.3fs exceeds the ceiling", server_wait)
            return _FINAL
        if status == 429 and not peeked and self._policy.error_peek_bytes > 0:
            return Step(peek=self._policy.error_peek_bytes)
        return self._schedule(verdict.reason, status, server_wait, now)

    def _schedule(
        self, reason: str, status: int | None, server_wait: float | None, now: float
    ) -> Step:
        retry = self.retries + 1
        wait = (
            server_wait
            if server_wait is not None
            else backoff_delay(retry, self._policy, self._jitter)
        )
        left = remaining(self._deadline, now)
        if left is not None and wait >= left:
            return Step(
                error=deadline_error(
                    f"{self.retries} retries made, the next wait ({wait:.3f}s) ends past it; "
                    f"last: {self._last}"
                )
            )
        self._hooks.emit(
            RetryScheduled(
                method=self._request.method,
                url=_event_url(self._request.url),
                call_id=self._call_id,
                attempt=retry,
                wait=wait,
                reason=reason,
                status_code=status,
            )
        )
        self.retries = retry
        return Step(wait=wait)
