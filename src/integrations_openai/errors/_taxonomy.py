"""The exception classes: our tree, with the official SDK's names placed inside it.

Each class answers two questions at once: what the caller can do next (our names) and
which ``except openai.X`` clause would catch the same failure (the SDK's names), so code
written against the SDK keeps catching exactly what it caught before.
"""

from __future__ import annotations

import builtins
import contextlib
from typing import Any, ClassVar

import httpx

from .._headers import RateLimitInfo, request_id_from
from .._redact import redact_text

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "AuthenticationError",
    "BadRequestError",
    "CircuitOpenError",
    "ConfigurationError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "ContentPolicyError",
    "InvalidWebhookSignatureError",
    "LengthFinishReasonError",
    "NetworkError",
    "NotFoundError",
    "OpenAIError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "ServerError",
    "StreamCutError",
    "StreamError",
    "TimeoutError",
    "UnprocessableEntityError",
    "ValidationError",
]


def _rebuild(
    cls: type[OpenAIError] | str, args: tuple[Any, ...], state: dict[str, Any]
) -> OpenAIError:
    """Unpickle an error: its class (or the name it is exported under), args and fields."""
    kind: type[OpenAIError] = globals()[cls] if isinstance(cls, str) else cls
    err = kind.__new__(kind, *args)
    err.args = args
    err.__dict__.update(state)
    return err


def _request_of(response: httpx.Response) -> httpx.Request | None:
    with contextlib.suppress(RuntimeError):  # a response built without a request
        return response.request
    return None


class OpenAIError(Exception):
    """Root of every exception raised by integrations-openai.

    Besides our own ``retryable`` and ``rate_limit`` it carries the attributes of the
    official SDK's ``APIError``/``APIStatusError``: ``message``, ``request``, ``response``
    (the ``httpx.Response``, body capped), ``body`` (the ``error`` object of the JSON body,
    else the decoded body or its text), ``code``, ``param``, ``type``, ``request_id``
    and ``status_code``; each is ``None`` when the failure did not produce it.

    ``str(err)`` and ``message`` read as the SDK's (``"Error code: 404 - No such model"``,
    ``"Connection error."``); ``detail`` is our own account of what went wrong: the
    server's message for an error status, the underlying failure for a connection error
    (the same text as ``message`` when there is nothing more to say).
    """

    retryable: ClassVar[bool] = False
    #: Set on classes that print under an SDK name: the name they are exported under.
    _home_name_: ClassVar[str]

    def __init__(
        self,
        message: str,
        request: httpx.Request | None = None,
        *,
        status_code: int | None = None,
        request_id: str | None = None,
        code: str | None = None,
        param: str | None = None,
        type: str | None = None,
        body: object = None,
        rate_limit: RateLimitInfo | None = None,
        retryable: bool | None = None,
        response: httpx.Response | None = None,
        detail: str | None = None,
    ) -> None:
        self.message = redact_text(message)
        self.detail = self.message if detail is None else redact_text(detail)
        super().__init__(self.message)
        if response is not None:
            status_code = response.status_code if status_code is None else status_code
            request_id = request_id_from(response.headers) if request_id is None else request_id
            request = _request_of(response) if request is None else request
        self.status_code = status_code
        self.request_id = request_id
        self.code = code
        self.param = param
        self.type = type
        self.body = body
        self.rate_limit = rate_limit
        self.request = request
        self.response = response
        if retryable is not None:
            # Instance override of the class default (e.g. x-should-retry).
            self.retryable = retryable  # type: ignore[misc]

    def __str__(self) -> str:
        # The SDK's text, so log lines and printed errors read the same after the switch;
        # the status, code and request id stay attributes. ``repr`` is the builtin one,
        # ``Name('message')``, as the SDK's.
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt without calling ``__init__`` (subclasses take keyword-only fields), and
        # by the name the class is exported under (see ``_print_as``), so errors cross
        # process boundaries (multiprocessing, task queues) whole.
        cls = type(self)
        return (_rebuild, (cls.__dict__.get("_home_name_", cls), self.args, dict(self.__dict__)))


class ConfigurationError(OpenAIError, ValueError):
    """Invalid client configuration (missing key, malformed base URL, bad option)."""


class APIError(OpenAIError):
    """A call to the API failed (the SDK's ``APIError``): status, connection or bad body."""


# ---- the server answered with an error status --------------------------------------------


class APIStatusError(APIError):
    """The server answered with an error status; see ``status_code`` and ``body``.

    As in the SDK, ``response`` and ``status_code`` are always set: an error raised without
    a response (the client-side rate limit) carries an empty one with the class's status.
    """

    #: The status an instance built without one reports (see ``RateLimitError``).
    default_status: ClassVar[int] = 500
    response: httpx.Response
    status_code: int

    def __init__(
        self,
        message: str,
        request: httpx.Request | None = None,
        *,
        response: httpx.Response | None = None,
        status_code: int | None = None,
        **fields: Any,
    ) -> None:
        if response is None:
            status = self.default_status if status_code is None else status_code
            response = httpx.Response(status, request=request)
        super().__init__(message, request, response=response, status_code=status_code, **fields)


class ValidationError(APIStatusError):
    """400/422: the server rejected the request as invalid; fix ``param``."""

    default_status = 400


class BadRequestError(ValidationError):
    """400: the request is malformed or refers to something invalid (the SDK's name)."""


class UnprocessableEntityError(ValidationError):
    """422: the request is well-formed but cannot be processed (the SDK's name)."""

    default_status = 422


class ContentPolicyError(BadRequestError):
    """400: the input or output was refused by OpenAI's content policy."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""

    default_status = 401


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this resource (organization, project, model or region)."""

    default_status = 403


class NotFoundError(APIStatusError):
    """404: the resource or model does not exist (or is not visible to this key)."""

    default_status = 404


class ConflictError(APIStatusError):
    """409: the resource is being modified concurrently; safe to retry."""

    default_status = 409

    retryable = True


class RateLimitError(APIStatusError):
    """429: too many requests or tokens; retried after the server's ``retry-after``."""

    default_status = 429

    retryable = True


class QuotaExceededError(RateLimitError):
    """429 ``insufficient_quota``: the account is out of credit. Retrying cannot help.

    A ``RateLimitError`` like every 429 (as the SDK raises it), but never retried.
    """

    retryable = False


class ServerError(APIStatusError):
    """5xx, or an error page that is not OpenAI's JSON (real 502s are HTML).

    Also importable as ``InternalServerError``, the SDK's name.
    """

    retryable = True


# ---- the answer was a success status that does not parse ----------------------------------


class APIResponseValidationError(APIError):
    """The response does not match what the API promises (the SDK's name)."""


class ResponseDecodeError(APIResponseValidationError):
    """A success status with a body that is not valid JSON or not the declared shape."""


# ---- no usable answer: connection, timeout, breaker, stream --------------------------------


class APIConnectionError(APIError):
    """The request did not get a response (the SDK's name): network, timeout, breaker.

    Built without a message, it reads as the SDK's (``"Connection error."``,
    ``"Request timed out."``) and ``detail`` says what happened.
    """

    _default_message: ClassVar[str] = "Connection error."

    def __init__(self, message: str | httpx.Request | None = None, **kwargs: Any) -> None:
        # The SDK's signature is ``APIConnectionError(request=...)``; tests written for it
        # build errors that way (or pass the request first, as ``APITimeoutError`` takes it).
        if isinstance(message, httpx.Request):
            kwargs.setdefault("request", message)
            message = None
        super().__init__(type(self)._default_message if message is None else message, **kwargs)


class NetworkError(APIConnectionError):
    """The connection failed: refused, reset, TLS failure, or the body was cut short."""

    retryable = True


class TimeoutError(APIConnectionError, builtins.TimeoutError):
    """A connect/read/write/pool timeout, the call's total deadline, or a stalled stream.

    Also importable as ``APITimeoutError`` (the SDK's name); it subclasses the builtin
    ``TimeoutError`` so generic handlers keep working.
    """

    retryable = True
    _default_message: ClassVar[str] = "Request timed out."


class RequestTimeoutError(TimeoutError, APIStatusError):
    """408: the server timed out waiting for the request (retried like a timeout)."""

    default_status = 408


class CircuitOpenError(APIConnectionError):
    """The circuit breaker for this host is open: the request was not sent.

    ``retry_at`` is the ``time.time()`` at which the breaker lets one probe through,
    ``retry_after`` the seconds until then when the error was raised.
    """

    def __init__(
        self, message: str, *, host: str, retry_at: float, retry_after: float, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.host = host
        self.retry_at = retry_at
        self.retry_after = retry_after


class StreamError(APIError):
    """The event stream was malformed, cut off, or carried an error event."""


class StreamCutError(StreamError, APIConnectionError):
    """The connection broke in the middle of an event stream (never replayed).

    A ``StreamError``, and an ``APIConnectionError`` as the SDK reports it.
    """


# ---- webhooks ---------------------------------------------------------------------------------


class InvalidWebhookSignatureError(OpenAIError, ValueError):
    """A webhook delivery failed verification (bad or missing signature headers, no
    matching signature, a timestamp outside the tolerance): do not trust its payload."""


# ---- raised by the structured-output helpers -----------------------------------------------


class LengthFinishReasonError(OpenAIError):
    """``.parse``/``.stream`` with a response format: the answer hit the token limit
    (``finish_reason: "length"``), so it is not complete JSON. ``completion`` is the
    ``ChatCompletion`` that came (the snapshot, without usage, when streamed)."""

    def __init__(
        self, *, completion: Any = None, usage: Any = None, message: str | None = None
    ) -> None:
        if usage is None:  # the SDK passes only the completion, whose usage is reported
            usage = (
                completion.get("usage")
                if isinstance(completion, dict)
                else getattr(completion, "usage", None)
            )
        # The SDK's wording: scripts match on it and log it.
        text = message or "Could not parse response content as the length limit was reached"
        if message is None and usage:
            text += f" - {usage}"
        super().__init__(text)
        self.completion = completion


class ContentFilterFinishReasonError(OpenAIError):
    """``.parse``/``.stream`` with a response format: the content filter stopped the answer
    (``finish_reason: "content_filter"``)."""

    def __init__(self, *, completion: Any = None, message: str | None = None) -> None:
        super().__init__(
            message
            or "Could not parse response content as the request was rejected by the content filter"
        )
        self.completion = completion


# ---- the names raised errors print under ----------------------------------------------------

# A program switched from the SDK prints ``type(err).__name__``, ``repr(err)`` and
# tracebacks; these classes print the name the SDK's class for the same failure has. Our
# names still import and catch exactly as before: ``except NetworkError`` catches a refused
# connection (printed ``APIConnectionError``) but not a timeout or an open breaker, which
# the SDK's ``APIConnectionError`` (our base class of that name) also catches.
_SDK_PRINTED_NAMES: dict[type[OpenAIError], str] = {
    NetworkError: "APIConnectionError",
    TimeoutError: "APITimeoutError",
    ServerError: "InternalServerError",
}


def _print_as(cls: type[OpenAIError], name: str) -> None:
    # The exported name stays reachable for pickling: the printed one may name another
    # class (``APIConnectionError``) or an alias.
    cls._home_name_ = cls.__name__
    cls.__name__ = cls.__qualname__ = name


for _cls, _name in _SDK_PRINTED_NAMES.items():
    _print_as(_cls, _name)
del _cls, _name
