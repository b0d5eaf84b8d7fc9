"""Configuration as frozen value objects, and every ``DEFAULT_*`` in one place.

Why these timeouts (all seconds; none of them is ever "no timeout"):

- ``connect`` 10: a TCP + TLS handshake to a healthy endpoint takes well under a second;
  ten leaves room for slow proxies and still fails fast enough for a retry to help.
- ``read`` 600: the longest silence allowed *between bytes* of a response. Reasoning models
  can think for several minutes before the first byte of a non-streamed answer; 600 matches
  the official SDK's overall default, so a call that works there never times out here.
- ``write`` 60: the longest stall while sending a request body (large uploads keep moving).
- ``pool`` 30: waiting for a free pooled connection; longer means the pool is too small.
- ``total`` 900: the deadline of one logical call across every attempt and backoff wait. It
  holds one full-length reasoning attempt (600) plus the quick retries of failed attempts, so
  it stops a retry storm without cutting a legitimate long call short.
- ``stream_idle`` 300: for streamed calls, the longest gap between two *events* (SSE
  comments and keep-alives do not count). Reasoning streams can be quiet while the model
  thinks; five minutes without an event is a stalled stream, not a slow one.
- ``first_event`` 300: for streamed calls, the longest wait from the response headers to the
  first event. A reasoning model may think for minutes before its first token on Chat
  Completions; lower it (say 10-30) for fast models to fail over early.

A stream also obeys ``total`` to its last event, not only to its response headers.
"""

from __future__ import annotations

import enum
import math
import os
import re
from collections.abc import Callable, Mapping
from typing import Final, Literal, TypedDict

import attrs
import httpx

from ._policies import (
    DEFAULT_BREAKER_FAIL_MAX,
    DEFAULT_BREAKER_RESET_TIMEOUT,
    DEFAULT_INITIAL_BACKOFF,
    DEFAULT_MAX_BACKOFF,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
    DEFAULT_RATE_LIMIT_MAX_WAIT,
    DEFAULT_RATE_LIMIT_WINDOW,
    DEFAULT_RETRY_MULTIPLIER,
    DEFAULT_RETRY_STATUSES,
    BreakerPolicy,
    RateLimitPolicy,
    RetryPolicy,
    check_max_retries,
)
from ._pool import (
    DEFAULT_KEEPALIVE_EXPIRY,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    check_http2,
    pool_limits,
)
from ._secret import Secret, key_problem
from ._sentinels import Unset
from .errors import ConfigurationError
from .instrumentation import Listener
from .transport._security import insecure_http_refused

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_BREAKER_FAIL_MAX",
    "DEFAULT_BREAKER_POLICY",
    "DEFAULT_BREAKER_RESET_TIMEOUT",
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_ERROR_BODY_LIMIT",
    "DEFAULT_FIRST_EVENT_TIMEOUT",
    "DEFAULT_INITIAL_BACKOFF",
    "DEFAULT_KEEPALIVE_EXPIRY",
    "DEFAULT_MAX_BACKOFF",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_KEEPALIVE_CONNECTIONS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_POOL_TIMEOUT",
    "DEFAULT_RATE_LIMIT_MAX_WAIT",
    "DEFAULT_RATE_LIMIT_WINDOW",
    "DEFAULT_READ_TIMEOUT",
    "DEFAULT_RETRY_MULTIPLIER",
    "DEFAULT_RETRY_POLICY",
    "DEFAULT_RETRY_STATUSES",
    "DEFAULT_STREAM_IDLE_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOTAL_TIMEOUT",
    "DEFAULT_WRITE_TIMEOUT",
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "ENV_ORG_ID",
    "ENV_PROJECT_ID",
    "ENV_SYNC_TRANSPORT",
    "ENV_WEBHOOK_SECRET",
    "BreakerPolicy",
    "ClientArgs",
    "ClientConfig",
    "RateLimitPolicy",
    "RetryPolicy",
    "Timeout",
    "check_headers",
    "load_config",
    "pool_limits",
]

DEFAULT_BASE_URL: Final = "https://api.openai.com/v1"
DEFAULT_CONNECT_TIMEOUT: Final = 10.0
DEFAULT_READ_TIMEOUT: Final = 600.0
DEFAULT_WRITE_TIMEOUT: Final = 60.0
DEFAULT_POOL_TIMEOUT: Final = 30.0
DEFAULT_TOTAL_TIMEOUT: Final = 900.0
DEFAULT_STREAM_IDLE_TIMEOUT: Final = 300.0
DEFAULT_FIRST_EVENT_TIMEOUT: Final = 300.0

#: The async client's network transport: aiohttp's pool and parser (several times less CPU
#: per request under concurrency), httpx's own, or aiohttp when it is installed.
AsyncTransportName = Literal["auto", "aiohttp", "httpx"]
ASYNC_TRANSPORTS: Final[tuple[AsyncTransportName, ...]] = ("auto", "aiohttp", "httpx")
#: The sync client's network transport: this package's HTTP/1.1 pool on the standard library
#: (less than half the CPU per request of httpx's), httpx's own (httpcore; HTTP/2), or the
#: first unless ``http2=True``.
SyncTransportName = Literal["auto", "stdlib", "httpx"]
SYNC_TRANSPORTS: Final[tuple[SyncTransportName, ...]] = ("auto", "stdlib", "httpx")
# An error body larger than this is cut before parsing: an error never needs megabytes.
DEFAULT_ERROR_BODY_LIMIT: Final = 64 * 1024

ENV_API_KEY: Final = "OPENAI_API_KEY"
ENV_BASE_URL: Final = "OPENAI_BASE_URL"
ENV_ORG_ID: Final = "OPENAI_ORG_ID"
ENV_PROJECT_ID: Final = "OPENAI_PROJECT_ID"
ENV_WEBHOOK_SECRET: Final = "OPENAI_WEBHOOK_SECRET"
#: ``sync_transport`` when the argument is not given (an operator's switch, no code change).
ENV_SYNC_TRANSPORT: Final = "INTEGRATIONS_OPENAI_SYNC_TRANSPORT"


def _positive_seconds(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"a timeout must be a number of seconds, got {value!r}")
    seconds = float(value)
    if not (seconds > 0 and math.isfinite(seconds)):
        raise ConfigurationError(
            f"a timeout must be positive and finite (there is no 'no timeout'), got {value!r}"
        )
    return seconds


class _Phase(enum.Enum):
    """A phase of ``Timeout(...)`` not given by name (``None`` is refused, not "unset")."""

    UNSET = enum.auto()


@attrs.frozen(slots=True, kw_only=True, init=False)
class Timeout:
    """Every time limit of a call, in seconds. See the module docstring for the defaults.

    ``Timeout(60.0, connect=5.0)`` reads as the SDK's (httpx's) ``Timeout``: the positional
    seconds are the connect, read, write and pool limits that are not given by name.
    """

    connect: float = attrs.field(default=DEFAULT_CONNECT_TIMEOUT, converter=_positive_seconds)
    read: float = attrs.field(default=DEFAULT_READ_TIMEOUT, converter=_positive_seconds)
    write: float = attrs.field(default=DEFAULT_WRITE_TIMEOUT, converter=_positive_seconds)
    pool: float = attrs.field(default=DEFAULT_POOL_TIMEOUT, converter=_positive_seconds)
    total: float = attrs.field(default=DEFAULT_TOTAL_TIMEOUT, converter=_positive_seconds)
    stream_idle: float = attrs.field(
        default=DEFAULT_STREAM_IDLE_TIMEOUT, converter=_positive_seconds
    )
    first_event: float = attrs.field(
        default=DEFAULT_FIRST_EVENT_TIMEOUT, converter=_positive_seconds
    )

    def __init__(
        self,
        timeout: float | _Phase = _Phase.UNSET,
        /,
        *,
        connect: float | _Phase = _Phase.UNSET,
        read: float | _Phase = _Phase.UNSET,
        write: float | _Phase = _Phase.UNSET,
        pool: float | _Phase = _Phase.UNSET,
        total: float = DEFAULT_TOTAL_TIMEOUT,
        stream_idle: float = DEFAULT_STREAM_IDLE_TIMEOUT,
        first_event: float = DEFAULT_FIRST_EVENT_TIMEOUT,
    ) -> None:
        def phase(value: float | _Phase, default: float) -> float:
            if not isinstance(value, _Phase):
                return value  # None or junk reaches the converter, which refuses it
            return default if isinstance(timeout, _Phase) else timeout

        self.__attrs_init__(
            connect=phase(connect, DEFAULT_CONNECT_TIMEOUT),
            read=phase(read, DEFAULT_READ_TIMEOUT),
            write=phase(write, DEFAULT_WRITE_TIMEOUT),
            pool=phase(pool, DEFAULT_POOL_TIMEOUT),
            total=total,
            stream_idle=stream_idle,
            first_event=first_event,
        )

    @classmethod
    def coerce(cls, value: float | Timeout | httpx.Timeout | None) -> Timeout:
        """Accept a ``Timeout``, an ``httpx.Timeout``, a number or ``None``.

        A number ``n`` is the call's total deadline; each phase is capped at ``n`` too, so
        ``timeout=20`` means "give up after 20 seconds", as users expect. ``None`` (the
        SDK's "no timeout") is the defaults, as an ``httpx.Timeout`` whose phases are all
        unset: there is always a timeout.
        """
        if value is None:
            return cls()
        if isinstance(value, Timeout):
            return value
        if isinstance(value, httpx.Timeout):
            base = cls()
            return cls(
                connect=value.connect or base.connect,
                read=value.read or base.read,
                write=value.write or base.write,
                pool=value.pool or base.pool,
            )
        total = _positive_seconds(value)
        base = cls()
        return cls(
            connect=min(base.connect, total),
            read=min(base.read, total),
            write=min(base.write, total),
            pool=min(base.pool, total),
            total=total,
            stream_idle=min(base.stream_idle, total),
            first_event=min(base.first_event, total),
        )

    def to_httpx(self, *, stream: bool = False) -> httpx.Timeout:
        """The per-phase limits for httpx.

        For a stream the byte-level read limit only cuts a socket that says nothing at all
        (the smaller of the two stream limits); the stream counts its idle and first-event
        limits between events itself, so keep-alive bytes cannot hold it open.
        """
        return httpx.Timeout(
            connect=self.connect,
            read=min(self.stream_idle, self.first_event) if stream else self.read,
            write=self.write,
            pool=self.pool,
        )


DEFAULT_TIMEOUT: Final = Timeout()
DEFAULT_RETRY_POLICY: Final = RetryPolicy()
DEFAULT_BREAKER_POLICY: Final = BreakerPolicy()


# A DNS name (labels of letters, digits, "-" and "_", as docker/k8s service names use) or an
# IP literal; httpx percent-encodes anything else into the host ("api%20openai.com").
_HOST = re.compile(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")


def _check_base_url(value: str) -> str:
    if not isinstance(value, str):
        raise ConfigurationError(f"base_url must be a string, got {value!r}")
    value = value.strip()  # a trailing newline from a file or env var is harmless
    if any(char.isspace() for char in value):
        raise ConfigurationError(f"base_url must not contain whitespace, got {value!r}")
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"base_url must be an absolute http(s) URL such as {DEFAULT_BASE_URL!r}, got {value!r}"
        )
    host = url.raw_host.decode("ascii", "replace")  # IDNA (xn--) form of unicode names
    if not _HOST.fullmatch(host):
        raise ConfigurationError(f"base_url has an invalid host name: {url.host!r}")
    if url.port is not None and not 0 < url.port < 65536:
        raise ConfigurationError(f"base_url has an invalid port: {url.port}")
    if url.userinfo:
        raise ConfigurationError("base_url must not carry credentials; pass api_key instead")
    if url.query or url.fragment:
        raise ConfigurationError("base_url must not have a query string or fragment")
    return str(url).rstrip("/")


@attrs.frozen(slots=True, kw_only=True)
class ClientConfig:
    """The validated, effective configuration of one client (build it with ``load_config``)."""

    api_key: Secret
    base_url: str = DEFAULT_BASE_URL
    organization: str | None = None
    project: str | None = None
    timeout: Timeout = DEFAULT_TIMEOUT
    #: ``timeout`` as the caller gave it (``None``: not given), which ``client.timeout``
    #: reports as the SDK does; ``timeout`` is what every call applies.
    timeout_given: float | Timeout | httpx.Timeout | None = attrs.field(default=None, eq=False)
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    breaker: BreakerPolicy | None = attrs.field(factory=BreakerPolicy)
    rate_limit: RateLimitPolicy | None = None
    allow_insecure_http: bool = False
    follow_redirects: bool = True
    default_headers: Mapping[str, str] = attrs.field(factory=dict)
    default_query: Mapping[str, object] = attrs.field(factory=dict)
    listeners: tuple[Listener, ...] = ()
    limits: httpx.Limits = attrs.field(
        factory=lambda: httpx.Limits(
            max_connections=DEFAULT_MAX_CONNECTIONS,
            max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
            keepalive_expiry=DEFAULT_KEEPALIVE_EXPIRY,
        )
    )
    ca_bundle: str | None = None
    http2: bool = False
    error_body_limit: int = DEFAULT_ERROR_BODY_LIMIT
    webhook_secret: Secret | None = None
    async_transport: AsyncTransportName = "auto"
    sync_transport: SyncTransportName = "auto"
    #: Where realtime WebSocket sessions connect (``None``: derived from ``base_url`` when
    #: one is opened), kept as given, as the SDK's ``client.websocket_base_url``.
    websocket_base_url: str | None = None

    @property
    def url(self) -> httpx.URL:
        """``base_url`` as an ``httpx.URL``."""
        return httpx.URL(self.base_url)

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt (``retry.max_retries``)."""
        return self.retry.max_retries


def _retry_policy(retry: RetryPolicy | None, max_retries: int | None) -> RetryPolicy:
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise ConfigurationError(f"retry must be a RetryPolicy, got {retry!r}")
    policy = retry or DEFAULT_RETRY_POLICY
    if max_retries is None:
        return policy
    return attrs.evolve(policy, max_retries=check_max_retries(max_retries))


def _breaker_policy(value: bool | BreakerPolicy) -> BreakerPolicy | None:
    if isinstance(value, BreakerPolicy):
        return value
    if isinstance(value, bool):
        return DEFAULT_BREAKER_POLICY if value else None
    raise ConfigurationError(
        f"circuit_breaker must be True, False or a BreakerPolicy, got {value!r}"
    )


def _header_value(name: str, value: object) -> str | None:
    # Sent as a header on every request: a bad value must fail here, not inside h11.
    if value is None:
        return None
    if not isinstance(value, str) or not all(32 <= ord(c) <= 126 for c in value.strip()):
        raise ConfigurationError(f"{name} must be printable ASCII text, got {value!r}")
    return value.strip() or None


# RFC 9110 token characters: what a header *name* may be made of.
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def check_headers(argument: str, headers: object) -> dict[str, str]:
    """``headers`` as a plain dict of valid header names to printable ASCII values.

    A CR/LF in a value would inject a header (or split the request); any other bad entry
    would fail deep inside httpx/h11 as a raw ``TypeError``. Values are never quoted in the
    error: a header may well carry a credential.
    """
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise ConfigurationError(
            f"{argument} must be a mapping of header names to strings, not {type(headers).__name__}"
        )
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise ConfigurationError(f"{argument} has a header name that is not a valid token")
        if not isinstance(value, str):
            raise ConfigurationError(
                f"{argument}[{name!r}] must be a string, not {type(value).__name__}"
            )
        if not all(32 <= ord(char) <= 126 or char == "\t" for char in value):
            raise ConfigurationError(
                f"{argument}[{name!r}] must be printable ASCII text "
                "(no CR/LF or other control characters)"
            )
        checked[name] = value
    return checked


def _check_flag(argument: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ConfigurationError(f"{argument} must be True or False, not {type(value).__name__}")
    return value


def _check_ca_bundle(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | os.PathLike):
        raise ConfigurationError(
            f"ca_bundle must be the path of a PEM file, not {type(value).__name__}"
        )
    path = os.fspath(value)
    if not isinstance(path, str) or not os.path.isfile(path):
        raise ConfigurationError(f"ca_bundle {value!r} is not an existing file")
    return path


def _check_query(value: object) -> dict[str, object]:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(k, str) and k for k in value):
        raise ConfigurationError("default_query must be a mapping of parameter names to values")
    return dict(value)


def _api_key_source(key: object) -> Secret:
    if isinstance(key, Secret):
        return key
    if isinstance(key, str):
        return Secret(key.strip())
    if callable(key):
        return Secret(key)
    # The type only: whatever was passed may still be (part of) a credential.
    raise ConfigurationError(
        f"api_key must be a string, a Secret or a callable returning one, not {type(key).__name__}"
    )


def _webhook_secret(value: object, env: Mapping[str, str]) -> Secret | None:
    """The secret ``client.webhooks`` verifies with: the argument, else the environment."""
    if value is None:
        value = _env(env, ENV_WEBHOOK_SECRET)
    if value is None or isinstance(value, Secret):
        return value
    if not isinstance(value, str):
        raise ConfigurationError(
            f"webhook_secret must be a string or a Secret, not {type(value).__name__}"
        )
    return Secret(value.strip()) if value.strip() else None


def _websocket_base_url(value: object) -> str | None:
    if value is None or isinstance(value, str | httpx.URL):
        return None if value is None else str(value)
    raise ConfigurationError(
        f"websocket_base_url must be a string or an httpx.URL, not {type(value).__name__}"
    )


def _env(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name, "").strip()
    return value or None


class ClientArgs(TypedDict, total=False):
    """The keyword arguments ``OpenAIClient``/``AsyncOpenAIClient`` accept (see ``load_config``)."""

    api_key: str | Secret | Callable[[], str] | None
    base_url: str | None
    organization: str | None
    project: str | None
    # NotGiven: the official SDK's "use the default", as half-migrated code passes it.
    timeout: float | Timeout | httpx.Timeout | Unset | None
    max_retries: int | Unset | None
    retry: RetryPolicy | None
    circuit_breaker: bool | BreakerPolicy
    rate_limit: RateLimitPolicy | None
    allow_insecure_http: bool
    follow_redirects: bool
    default_headers: Mapping[str, str] | None
    default_query: Mapping[str, object] | None
    listeners: tuple[Listener, ...] | list[Listener]
    ca_bundle: str | None
    max_connections: int | None
    max_keepalive_connections: int | None
    keepalive_expiry: float | None
    limits: httpx.Limits | None
    http2: bool
    environ: Mapping[str, str] | None
    webhook_secret: str | Secret | None
    async_transport: AsyncTransportName
    sync_transport: SyncTransportName | None
    websocket_base_url: str | httpx.URL | None


def _check_sync_transport(
    value: object, env: Mapping[str, str], *, http2: bool = False
) -> SyncTransportName:
    source = "sync_transport"
    if value is None and (from_env := _env(env, ENV_SYNC_TRANSPORT)) is not None:
        value, source = from_env.lower(), ENV_SYNC_TRANSPORT
    if value is None:
        return "auto"
    if value not in SYNC_TRANSPORTS:
        raise ConfigurationError(
            f"{source} must be one of {', '.join(map(repr, SYNC_TRANSPORTS))}, got {value!r}"
        )
    if http2 and value == "stdlib":
        # "auto" picks httpx's own transport when HTTP/2 is asked for.
        raise ConfigurationError(
            "the stdlib transport speaks HTTP/1.1 only: http2=True needs "
            "sync_transport='httpx' or 'auto'"
        )
    return value


def _check_async_transport(value: object, *, http2: bool = False) -> AsyncTransportName:
    if value not in ASYNC_TRANSPORTS:
        raise ConfigurationError(
            f"async_transport must be one of {', '.join(map(repr, ASYNC_TRANSPORTS))}"
        )
    if http2 and value == "aiohttp":
        # "auto" picks httpx's own transport when HTTP/2 is asked for.
        raise ConfigurationError(
            "aiohttp speaks HTTP/1.1 only: http2=True needs async_transport='httpx' or 'auto'"
        )
    return value


def load_config(
    *,
    api_key: str | Secret | Callable[[], str] | None = None,
    base_url: str | None = None,
    organization: str | None = None,
    project: str | None = None,
    timeout: float | Timeout | httpx.Timeout | None = DEFAULT_TIMEOUT,
    max_retries: int | None = None,
    retry: RetryPolicy | None = None,
    circuit_breaker: bool | BreakerPolicy = True,
    rate_limit: RateLimitPolicy | None = None,
    allow_insecure_http: bool = False,
    follow_redirects: bool = True,
    default_headers: Mapping[str, str] | None = None,
    default_query: Mapping[str, object] | None = None,
    listeners: tuple[Listener, ...] | list[Listener] = (),
    ca_bundle: str | None = None,
    max_connections: int | None = None,
    max_keepalive_connections: int | None = None,
    keepalive_expiry: float | None = None,
    limits: httpx.Limits | None = None,
    http2: bool = False,
    environ: Mapping[str, str] | None = None,
    webhook_secret: str | Secret | None = None,
    async_transport: AsyncTransportName = "auto",
    sync_transport: SyncTransportName | None = None,
    websocket_base_url: str | httpx.URL | None = None,
) -> ClientConfig:
    """Merge arguments over the environment and validate; raise ``ConfigurationError`` early.

    Arguments win over ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``OPENAI_ORG_ID`` and
    ``OPENAI_PROJECT_ID``; an empty environment variable counts as unset.
    ``max_retries`` overrides ``retry.max_retries``; ``circuit_breaker`` is ``True`` (default
    policy), ``False`` (no breaker) or a ``BreakerPolicy``; ``rate_limit`` is off by default.
    The pool takes ``max_connections`` (default 100), ``max_keepalive_connections`` (default:
    as many as ``max_connections``) and ``keepalive_expiry`` (seconds), or a whole
    ``httpx.Limits`` as ``limits``; ``http2=True`` needs the ``h2`` package.
    ``webhook_secret`` (else ``OPENAI_WEBHOOK_SECRET``) is what ``client.webhooks`` checks with.
    ``async_transport`` picks the async client's network transport: ``"aiohttp"``,
    ``"httpx"``, or ``"auto"`` (aiohttp when it is installed, else httpx's own).
    ``sync_transport`` picks the sync client's: ``"stdlib"`` (this package's HTTP/1.1 pool),
    ``"httpx"`` (httpcore), or ``"auto"`` (stdlib unless ``http2=True``); when not given,
    ``INTEGRATIONS_OPENAI_SYNC_TRANSPORT`` may set it.
    ``websocket_base_url`` is kept for realtime WebSocket sessions (``None``: none set).
    """
    if environ is not None and not isinstance(environ, Mapping):
        raise ConfigurationError(
            f"environ must be a mapping (like os.environ), not {type(environ).__name__}"
        )
    env = os.environ if environ is None else environ
    key = api_key if api_key is not None else _env(env, ENV_API_KEY)
    if key is None or (isinstance(key, str) and not key.strip()):
        raise ConfigurationError(
            f"no API key: pass api_key=... or set the {ENV_API_KEY} environment variable"
        )
    secret = _api_key_source(key)
    if not secret:
        raise ConfigurationError("the API key is empty")
    if not secret.is_dynamic and (problem := key_problem(secret.get_secret_value())):
        raise ConfigurationError(problem)
    url = _check_base_url(base_url or _env(env, ENV_BASE_URL) or DEFAULT_BASE_URL)
    allow_insecure_http = _check_flag("allow_insecure_http", allow_insecure_http)
    if insecure_http_refused(httpx.URL(url), allow_insecure_http=allow_insecure_http):
        raise ConfigurationError(
            "refusing plain http:// to a non-loopback host (the key would travel in clear "
            "text); use https:// or pass allow_insecure_http=True"
        )
    retry_policy = _retry_policy(retry, max_retries)
    breaker = _breaker_policy(circuit_breaker)
    if rate_limit is not None and not isinstance(rate_limit, RateLimitPolicy):
        raise ConfigurationError(
            f"rate_limit must be a RateLimitPolicy or None, got {rate_limit!r}"
        )
    if not isinstance(listeners, tuple | list):
        raise ConfigurationError(
            f"listeners must be a tuple or list of Listener, not {type(listeners).__name__}"
        )
    for listener in listeners:
        if not isinstance(listener, Listener):
            raise ConfigurationError(f"{listener!r} is not a Listener (needs on_event(event))")
    return ClientConfig(
        api_key=secret,
        base_url=url,
        organization=_header_value("organization", organization or _env(env, ENV_ORG_ID)),
        project=_header_value("project", project or _env(env, ENV_PROJECT_ID)),
        timeout=Timeout.coerce(timeout),
        timeout_given=None if timeout is DEFAULT_TIMEOUT else timeout,
        retry=retry_policy,
        breaker=breaker,
        rate_limit=rate_limit,
        allow_insecure_http=allow_insecure_http,
        follow_redirects=_check_flag("follow_redirects", follow_redirects),
        default_headers=check_headers("default_headers", default_headers),
        default_query=_check_query(default_query),
        listeners=tuple(listeners),
        ca_bundle=_check_ca_bundle(ca_bundle),
        limits=pool_limits(
            limits,
            max_connections=max_connections,
            max_keepalive_connections=max_keepalive_connections,
            keepalive_expiry=keepalive_expiry,
        ),
        http2=check_http2(http2),
        webhook_secret=_webhook_secret(webhook_secret, env),
        async_transport=_check_async_transport(async_transport, http2=http2),
        sync_transport=_check_sync_transport(sync_transport, env, http2=http2),
        websocket_base_url=_websocket_base_url(websocket_base_url),
    )
