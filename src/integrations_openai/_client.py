"""``OpenAIClient`` and ``AsyncOpenAIClient``: config, one pooled httpx client, lifecycle.

``_BaseClient`` decides (config, per-call settings, request building and options); the two
drivers only build their httpx client, send and close (httpx habit H1). Resources
(``client.chat.completions``...) are attached by the facade layer; keep them lazy
(properties or ``functools.cached_property``) so ``with_options`` copies get their own.
"""

from __future__ import annotations

import functools
import importlib
import platform
import time
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, Unpack

import attrs
import httpx
from integrations_openai_api.resources import AsyncResources, Resources

from . import testing
from ._options import OPTIONS_KEY, RequestOptions, options_of
from ._policies import check_max_retries
from .config import ClientArgs, ClientConfig, Timeout, check_headers, load_config
from .errors import ConfigurationError, OpenAIError
from .instrumentation import Hooks
from .transport import build_async_transport, build_transport
from .transport.boundary import mapped_exceptions
from .transport.telemetry import LoggingListener

if TYPE_CHECKING:
    # Only for annotations: _requester imports the facade core, which refers back to us.
    from ._requester import AsyncRequester, SyncRequester
    from .webhooks import Webhooks

__all__ = ["GENERATED_PACKAGE", "NOT_GIVEN", "AsyncOpenAIClient", "OpenAIClient"]

#: Import name of the generated low-level client (openapi-python-client output).
GENERATED_PACKAGE = "integrations_openai_api"
_VERSION = "0.1.0"


class _NotGiven:
    """The one "argument not given" sentinel: ``None`` can be a real value (httpx H7)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Any = _NotGiven()


@attrs.frozen(slots=True)
class _CallSettings:
    """What ``with_options`` may change per copy; everything else is shared."""

    timeout: Timeout
    max_retries: int
    headers: Mapping[str, str]


class _Shared:
    """State a client shares with its ``with_options`` copies: one pool, one lifecycle."""

    __slots__ = ("closed", "config", "hooks", "transport")

    def __init__(self, config: ClientConfig, hooks: Hooks, transport: object) -> None:
        self.config = config
        self.hooks = hooks
        self.transport = transport
        self.closed = False


def _user_agent() -> str:
    return (
        f"integrations-openai/{_VERSION} python/{platform.python_version()} "
        f"httpx/{httpx.__version__}"
    )


_Http = TypeVar("_Http", httpx.Client, httpx.AsyncClient)


class _BaseClient(Generic[_Http]):
    """Config, per-call settings, request building and options; no I/O."""

    _shared: _Shared
    _settings: _CallSettings
    _http: _Http
    _owner: bool

    def __init__(self, *, transport: Any = None, **options: Unpack[ClientArgs]) -> None:
        cfg: ClientConfig = load_config(**options)
        hooks = Hooks((LoggingListener(), *cfg.listeners))
        self._shared = _Shared(cfg, hooks, self._build_stack(cfg, hooks, transport))
        self._settings = _CallSettings(cfg.timeout, cfg.max_retries, {})
        self._owner = True
        self._http = self._make_http()

    def _build_stack(self, config: ClientConfig, hooks: Hooks, network: Any) -> Any:
        raise NotImplementedError  # pragma: no cover - each driver builds its own

    def _make_http(self) -> _Http:
        raise NotImplementedError  # pragma: no cover - each driver builds its own

    # read-only views

    @property
    def config(self) -> ClientConfig:
        """The validated configuration (shared with every ``with_options`` copy)."""
        return self._shared.config

    @property
    def base_url(self) -> str:
        """The API root, e.g. ``https://api.openai.com/v1``."""
        return self._shared.config.base_url

    @property
    def timeout(self) -> Timeout:
        """This client's (or copy's) time limits."""
        return self._settings.timeout

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt for calls made through this client (or copy)."""
        return self._settings.max_retries

    @property
    def is_closed(self) -> bool:
        """True once ``close()``/``aclose()`` released the pool."""
        return self._shared.closed

    @property
    def http(self) -> _Http:
        """The httpx client whose transport is the full stack (pool shared with copies)."""
        return self._http

    @functools.cached_property
    def webhooks(self) -> Webhooks:
        """Verify and parse webhook deliveries (``unwrap``, ``verify_signature``) with the
        client's ``webhook_secret`` (else ``OPENAI_WEBHOOK_SECRET``)."""
        from .webhooks import Webhooks  # here: most clients never receive a webhook

        return Webhooks(self._shared.config.webhook_secret)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"api_key={self._shared.config.api_key!r}, max_retries={self.max_retries})"
        )

    # copies

    def with_options(
        self,
        *,
        timeout: float | Timeout | httpx.Timeout = NOT_GIVEN,
        max_retries: int = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A lightweight copy sharing the pool, breaker and limiter, with per-call overrides.

        ``timeout`` (a number is the total deadline), ``max_retries`` and ``extra_headers``
        apply to calls made through the copy. Closing a copy does nothing; the original
        owns the connections.
        """
        settings = self._settings
        if timeout is not NOT_GIVEN:
            settings = attrs.evolve(settings, timeout=Timeout.coerce(timeout))
        if max_retries is not NOT_GIVEN:
            settings = attrs.evolve(settings, max_retries=check_max_retries(max_retries))
        if headers := check_headers("extra_headers", extra_headers):
            settings = attrs.evolve(settings, headers={**settings.headers, **headers})
        clone = object.__new__(type(self))
        clone._shared = self._shared
        clone._settings = settings
        clone._owner = False
        clone._http = clone._make_http()
        return clone

    # requests

    def _httpx_kwargs(self) -> dict[str, Any]:
        headers = {
            "User-Agent": _user_agent(),
            "Accept": "application/json",
            **self._shared.config.default_headers,
            **self._settings.headers,
        }
        return {
            "transport": self._shared.transport,
            "base_url": self._shared.config.base_url,
            "headers": headers,
            "timeout": self._settings.timeout.to_httpx(),
            "follow_redirects": self._shared.config.follow_redirects,
            # Deterministic: no proxy/netrc/cert settings picked up from the environment.
            "trust_env": False,
        }

    def _new_options(
        self, *, stream: bool = False, idempotency_key: str | None = None
    ) -> RequestOptions:
        return RequestOptions(
            call_id=uuid.uuid4().hex[:16],
            max_retries=testing.retries_for(self._settings.max_retries),
            deadline=time.monotonic() + self._settings.timeout.total,
            idempotency_key=idempotency_key,
            stream=stream,
        )

    def _check_open(self) -> None:
        if self._shared.closed:
            raise OpenAIError(f"{type(self).__name__} is closed; create a new client")

    def _prepare(self, request: httpx.Request) -> None:
        """Before every send (an httpx request hook), ours or a generated function's."""
        self._check_open()
        if options_of(request) is None:
            request.extensions[OPTIONS_KEY] = self._new_options()

    def _mark_streamed(self, request: httpx.Request) -> None:
        # A body the caller reads itself (a download) must not be buffered by the transport.
        options = options_of(request) or self._new_options()
        if not options.stream:
            request.extensions[OPTIONS_KEY] = attrs.evolve(options, stream=True)

    def build_request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        files: Any = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        stream: bool = False,
        idempotency_key: str | None = None,
    ) -> httpx.Request:
        """A request relative to ``base_url`` carrying this call's ``RequestOptions``.

        ``stream=True`` marks a streamed call: its read timeout becomes the stream idle
        timeout. The total deadline starts now.
        """
        with mapped_exceptions():
            request = self._http.build_request(
                method, path, params=params, json=json, content=content,
                files=files, data=data, headers=headers,
            )  # fmt: skip
        request.extensions[OPTIONS_KEY] = self._new_options(
            stream=stream, idempotency_key=idempotency_key
        )
        if stream:
            request.extensions["timeout"] = self._settings.timeout.to_httpx(stream=True).as_dict()
        return request

    def _generated_client(self, sync: httpx.Client, async_: httpx.AsyncClient) -> Any:
        try:
            module = importlib.import_module(f"{GENERATED_PACKAGE}.client")
        except ImportError as exc:
            raise ConfigurationError(
                f"the generated client package {GENERATED_PACKAGE!r} is not importable: {exc}"
            ) from None
        generated = module.Client(base_url=self._shared.config.base_url)
        generated.set_httpx_client(sync)
        generated.set_async_httpx_client(async_)
        return generated


class _HttpClient(httpx.Client):
    """An ``httpx.Client`` that tells the stack which sends are streamed.

    Every ``send(..., stream=True)`` (ours, a facade download, a raw ``http.stream()``) is
    marked before the stack sees it, so the buffer layer never reads such a body in full.
    """

    def __init__(self, *, on_stream: Callable[[httpx.Request], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._on_stream = on_stream

    def send(
        self, request: httpx.Request, *, stream: bool = False, **kwargs: Any
    ) -> httpx.Response:
        if stream:
            self._on_stream(request)
        return super().send(request, stream=stream, **kwargs)


class _AsyncHttpClient(httpx.AsyncClient):
    """The async twin of ``_HttpClient``."""

    def __init__(self, *, on_stream: Callable[[httpx.Request], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._on_stream = on_stream

    async def send(
        self, request: httpx.Request, *, stream: bool = False, **kwargs: Any
    ) -> httpx.Response:
        if stream:
            self._on_stream(request)
        return await super().send(request, stream=stream, **kwargs)


class _WrongDriver(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Bottom of the generated client's *other* driver: refuses, so nothing bypasses the stack."""

    def __init__(self, owner: str) -> None:
        other = "AsyncOpenAIClient" if owner == "OpenAIClient" else "OpenAIClient"
        self._message = f"this generated client belongs to {owner}; use {other} for that driver"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(self._message)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(self._message)


class OpenAIClient(_BaseClient[httpx.Client], Resources):
    """The synchronous client; thread-safe, one connection pool per instance.

    Configuration comes from the arguments (see ``config.load_config``), else from
    ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``OPENAI_ORG_ID`` and ``OPENAI_PROJECT_ID``.
    A missing key or a malformed base URL raises ``ConfigurationError`` here, not a 401
    later. ``transport`` replaces only the bottom network transport (tests). Use it as a
    context manager or call ``close()``.
    """

    def _build_stack(self, config: ClientConfig, hooks: Hooks, network: Any) -> Any:
        return build_transport(config, hooks, network=network)

    @functools.cached_property
    def _requester(self) -> SyncRequester:
        """Runs the generated resources (``client.chat.completions``...) on this client."""
        from ._requester import SyncRequester  # here, not at import time: a cycle

        return SyncRequester(self)

    def _make_http(self) -> httpx.Client:
        return _HttpClient(
            on_stream=self._mark_streamed,
            event_hooks={"request": [self._prepare]},
            **self._httpx_kwargs(),
        )

    @functools.cached_property
    def api(self) -> Any:
        """The generated low-level client bound to this stack (use its sync functions)."""
        wrong = httpx.AsyncClient(transport=_WrongDriver(type(self).__name__))
        return self._generated_client(self._http, wrong)

    def send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """Send through the stack; error statuses and failures raise ``OpenAIError``."""
        self._check_open()
        with mapped_exceptions():
            return self._http.send(request, stream=stream)

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Build and send one non-streamed request (arguments as ``build_request``)."""
        return self.send(self.build_request(method, path, **kwargs))

    def close(self) -> None:
        """Release every pooled connection. Idempotent; a no-op on ``with_options`` copies."""
        if self._owner and not self._shared.closed:
            self._shared.closed = True
            with mapped_exceptions():
                self._http.close()

    def __enter__(self) -> Self:
        self._check_open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncOpenAIClient(_BaseClient[httpx.AsyncClient], AsyncResources):
    """The asyncio client; one connection pool per instance. See ``OpenAIClient``."""

    def _build_stack(self, config: ClientConfig, hooks: Hooks, network: Any) -> Any:
        return build_async_transport(config, hooks, network=network)

    @functools.cached_property
    def _requester(self) -> AsyncRequester:
        """Runs the generated resources (``client.chat.completions``...) on this client."""
        from ._requester import AsyncRequester  # here, not at import time: a cycle

        return AsyncRequester(self)

    def _make_http(self) -> httpx.AsyncClient:
        return _AsyncHttpClient(
            on_stream=self._mark_streamed,
            event_hooks={"request": [self._aprepare]},
            **self._httpx_kwargs(),
        )

    async def _aprepare(self, request: httpx.Request) -> None:
        self._prepare(request)

    @functools.cached_property
    def api(self) -> Any:
        """The generated low-level client bound to this stack (use its ``asyncio`` functions)."""
        wrong = httpx.Client(transport=_WrongDriver(type(self).__name__))
        return self._generated_client(wrong, self._http)

    async def send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """Send through the stack; error statuses and failures raise ``OpenAIError``."""
        self._check_open()
        with mapped_exceptions():
            return await self._http.send(request, stream=stream)

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Build and send one non-streamed request (arguments as ``build_request``)."""
        return await self.send(self.build_request(method, path, **kwargs))

    async def aclose(self) -> None:
        """Release every pooled connection. Idempotent; a no-op on ``with_options`` copies."""
        if self._owner and not self._shared.closed:
            self._shared.closed = True
            with mapped_exceptions():
                await self._http.aclose()

    async def __aenter__(self) -> Self:
        self._check_open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
