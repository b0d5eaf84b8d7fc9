"""``OpenAIClient`` and ``AsyncOpenAIClient``: config, one pooled httpx client, lifecycle.

``_BaseClient`` decides (config, copies, call plans, request building); the two drivers only
build their httpx client, send and close (httpx habit H1). The client composes the resource
tree: ``client.chat.completions``... run on a requester that sees the client only through
the small sending protocol of ``_requester`` (plan, build, send), so nothing below imports
this module.

Extension points for subclasses (the Azure clients): ``_load_config`` turns the constructor
keywords into a ``ClientConfig`` (base URL and credentials are decided there),
``_copy_args`` lists the keywords ``copy`` starts from, ``_copy_state`` hands a copy the
subclass's own state before its stack is built, ``_build_stack`` assembles the transport
stack (auth included) over a network transport, and ``build_request`` may reroute a call
(its plan is already made).
"""

from __future__ import annotations

import functools
import importlib
import platform
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, Unpack

import attrs
import httpx
from integrations_openai_api._facade_runtime import CallOptions
from integrations_openai_api.resources import AsyncResources, Resources

from ._copying import config_args, merge_changes, same_pool, same_stack
from ._direct import compose_request
from ._http_client import AsyncHttpClient, Borrowed, HttpClient, WrongDriver, user_transport
from ._logs import setup_logging
from ._options import RequestOptions, apply_plan, options_of
from ._plan import CallSettings, plan_call
from ._requester import AsyncRequester, SyncRequester
from ._response_modes import ResponseMode
from ._secret import Secret
from ._sentinels import NOT_GIVEN, NotGiven, is_omitted
from ._verbs import cast, request_args
from ._version import __version__
from .config import (
    AsyncTransportName,
    ClientArgs,
    ClientConfig,
    RateLimitPolicy,
    SyncTransportName,
    Timeout,
    load_config,
)
from .errors import ConfigurationError, OpenAIError
from .health import HealthReport, LastErrors, Probe, snapshot
from .instrumentation import Hooks, Listener
from .instrumentation._genai import CallFacts
from .transport import (
    async_network_transport,
    build_async_transport,
    build_transport,
    network_transport,
)
from .transport._boundary import mapped_exceptions
from .transport._telemetry import LoggingListener

if TYPE_CHECKING:
    from .webhooks import Webhooks

__all__ = ["GENERATED_PACKAGE", "NOT_GIVEN", "AsyncOpenAIClient", "OpenAIClient"]

#: Import name of the generated low-level client (openapi-python-client output).
GENERATED_PACKAGE = "integrations_openai_api"


class _Shared:
    """A connection pool and its lifecycle, shared by a client and the copies reusing it."""

    __slots__ = ("closed", "network")

    def __init__(self, network: Any) -> None:
        self.network = network
        self.closed = False


def _user_agent() -> str:
    return (
        f"integrations-openai/{__version__} python/{platform.python_version()} "
        f"httpx/{httpx.__version__}"
    )


_Http = TypeVar("_Http", httpx.Client, httpx.AsyncClient)


class _BaseClient(Generic[_Http]):
    """Config, copies, call plans and request building; no I/O."""

    _is_async: bool = False
    _config: ClientConfig
    _settings: CallSettings
    _shared: _Shared
    _owner: bool
    _released: bool
    _hooks: Hooks
    _transport: Any
    _http: _Http

    def __init__(
        self,
        *,
        transport: Any = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        **options: Unpack[ClientArgs],
    ) -> None:
        setup_logging()
        config = self._load_config(**{k: v for k, v in options.items() if not is_omitted(v)})
        if transport is not None and http_client is not None:
            raise ConfigurationError("pass transport or http_client, not both")
        if http_client is not None and (
            set(options) & {"limits", "max_connections", "max_keepalive_connections", "http2"}
        ):
            raise ConfigurationError(
                "the pool settings (limits, max_connections, max_keepalive_connections, "
                "http2) belong to the http_client you pass: configure them there"
            )
        network = transport
        if http_client is not None:
            network = user_transport(
                http_client, is_async=self._is_async, owner=type(self).__name__
            )
        self._setup(config, _Shared(network or self._network(config)), owner=True)

    # -- extension points ------------------------------------------------------------------

    def _load_config(self, **options: Any) -> ClientConfig:
        """The validated config for these constructor keywords (subclasses add their own)."""
        return load_config(**options)

    def _copy_args(self) -> dict[str, Any]:
        """The constructor keywords that rebuild this client's config (``copy`` starts here)."""
        return config_args(self._config)

    def _copy_state(self, clone: Self) -> None:
        """Give a new copy the subclass state it needs before its stack is built (none here)."""

    def _build_stack(self, config: ClientConfig, hooks: Hooks, network: Any) -> Any:
        raise NotImplementedError  # pragma: no cover - each driver builds its own

    def _network(self, config: ClientConfig) -> Any:
        raise NotImplementedError  # pragma: no cover - each driver builds its own

    def _make_http(self) -> _Http:
        raise NotImplementedError  # pragma: no cover - each driver builds its own

    # -- assembly --------------------------------------------------------------------------

    def _setup(
        self,
        config: ClientConfig,
        shared: _Shared,
        *,
        owner: bool,
        stack: tuple[Hooks, Any] | None = None,
        estimated_tokens: int | None = None,
    ) -> None:
        self._config = config
        self._shared = shared
        self._owner = owner
        self._released = False  # a copy's own close(): it stops, the pool stays open
        if stack is None:
            hooks = Hooks((LoggingListener(), LastErrors(), *config.listeners))
            network = shared.network if owner else Borrowed(shared.network)
            stack = (hooks, self._build_stack(config, hooks, network))
        self._hooks, self._transport = stack
        budget = config.rate_limit
        self._settings = CallSettings(
            timeout=config.timeout,
            max_retries=config.max_retries,
            estimated_tokens=estimated_tokens,
            count_tokens=budget is not None and budget.tokens_per_minute is not None,
        )
        self._http = self._make_http()

    # -- read-only views -------------------------------------------------------------------

    @property
    def config(self) -> ClientConfig:
        """The validated configuration of this client (or copy)."""
        return self._config

    @property
    def base_url(self) -> httpx.URL:
        """The API root as the SDK gives it: an ``httpx.URL`` ending in ``/``
        (``https://api.openai.com/v1/``)."""
        return httpx.URL(self._config.base_url.rstrip("/") + "/")

    @property
    def api_key(self) -> Any:
        """The API key as a ``Secret`` (its repr and str are masked)."""
        return self._config.api_key

    @property
    def organization(self) -> str | None:
        """The ``OpenAI-Organization`` sent with every request, if any."""
        return self._config.organization

    @property
    def project(self) -> str | None:
        """The ``OpenAI-Project`` sent with every request, if any."""
        return self._config.project

    @property
    def webhook_secret(self) -> Any:
        """The webhook secret as a ``Secret`` (masked, as ``api_key``), or ``None``."""
        return self._config.webhook_secret

    @property
    def websocket_base_url(self) -> str | None:
        """Where realtime WebSocket sessions connect, as given (``None``: not set)."""
        return self._config.websocket_base_url

    @property
    def user_agent(self) -> str:
        """The ``User-Agent`` every call sends (the SDK's attribute; our name and versions)."""
        return _user_agent()

    @property
    def default_headers(self) -> dict[str, str]:
        """The headers every call sends besides auth: ``Accept``, ``Content-Type`` (of a JSON
        body), ``User-Agent``, ``OpenAI-Organization``, ``OpenAI-Project`` and the caller's
        own (the SDK's attribute, credentials left out)."""
        headers = {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
        }
        if self.organization:
            headers["OpenAI-Organization"] = self.organization
        if self.project:
            headers["OpenAI-Project"] = self.project
        return {**headers, **self._config.default_headers}

    @property
    def default_query(self) -> dict[str, object]:
        """The query parameters every call sends."""
        return dict(self._config.default_query)

    @property
    def timeout(self) -> float | Timeout | httpx.Timeout:
        """The ``timeout`` this client (or copy) was given, as the SDK reports it: the
        number, ``Timeout`` or ``httpx.Timeout`` passed, else the default ``Timeout``.

        What every call applies (a number made into phases and a total deadline) is
        ``client.config.timeout``.
        """
        given = self._config.timeout_given
        return self._settings.timeout if given is None else given

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt for calls made through this client (or copy)."""
        return self._settings.max_retries

    def is_closed(self) -> bool:
        """True once ``close()`` released the pool, or was called on this copy (a method, as
        in the official SDK)."""
        return self._shared.closed or self._released

    @property
    def with_raw_response(self) -> Any:
        """The SDK's client-level view: ``client.with_raw_response.chat.completions.create``
        is ``client.chat.completions.with_raw_response.create``."""
        return ResponseMode(self, "with_raw_response")

    @property
    def with_streaming_response(self) -> Any:
        """The same for ``with_streaming_response``."""
        return ResponseMode(self, "with_streaming_response")

    @property
    def http(self) -> _Http:
        """The httpx client whose transport is the full stack (pool shared with copies)."""
        return self._http

    @functools.cached_property
    def webhooks(self) -> Webhooks:
        """Verify and parse webhook deliveries (``unwrap``, ``verify_signature``) with the
        client's ``webhook_secret`` (else ``OPENAI_WEBHOOK_SECRET``)."""
        from .webhooks import Webhooks  # here: most clients never receive a webhook

        return Webhooks(self._config.webhook_secret)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._config.base_url!r}, "
            f"api_key={self._config.api_key!r}, max_retries={self.max_retries})"
        )

    # -- copies ----------------------------------------------------------------------------

    def copy(
        self,
        *,
        api_key: Any = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        retry: Any = None,
        circuit_breaker: Any = None,
        rate_limit: RateLimitPolicy | NotGiven | None = NOT_GIVEN,
        allow_insecure_http: bool | None = None,
        follow_redirects: bool | None = None,
        listeners: tuple[Listener, ...] | list[Listener] | None = None,
        ca_bundle: str | None = None,
        max_connections: int | None = None,
        max_keepalive_connections: int | None = None,
        keepalive_expiry: float | None = None,
        limits: httpx.Limits | None = None,
        http2: bool | None = None,
        async_transport: AsyncTransportName | None = None,
        sync_transport: SyncTransportName | None = None,
        webhook_secret: str | Secret | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        estimated_tokens: int | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A new client with the same options but those given (``with_options`` too).

        Every constructor option may be changed (``None``/``NOT_GIVEN`` keeps the current
        one). ``default_headers``/``default_query`` merge into the current ones,
        ``set_default_headers``/``set_default_query`` replace them; ``extra_headers`` is a
        synonym of ``default_headers``. ``estimated_tokens`` fixes the token cost the
        client-side budget books per call (``None``: estimated from each body).

        The copy shares the connection pool unless it changes the pool itself
        (``http_client``, limits, ``ca_bundle``, ``http2``, ``async_transport``, ``sync_transport``), and shares
        the breaker and limiter state too unless it changes what they are built from (key,
        base URL, policies...). Closing a copy that shares the pool closes that copy only: the
        original owns the connections (a copy of a closed client fails on its first call).
        """
        changes = {
            "api_key": api_key,
            "organization": organization,
            "project": project,
            "base_url": None if base_url is None else str(base_url),
            "timeout": timeout,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "set_default_headers": set_default_headers,
            "default_query": default_query,
            "set_default_query": set_default_query,
            "extra_headers": extra_headers,
            "retry": retry,
            "circuit_breaker": circuit_breaker,
            "rate_limit": rate_limit,
            "allow_insecure_http": allow_insecure_http,
            "follow_redirects": follow_redirects,
            "listeners": listeners,
            "ca_bundle": ca_bundle,
            "max_connections": max_connections,
            "max_keepalive_connections": max_keepalive_connections,
            "keepalive_expiry": keepalive_expiry,
            "limits": limits,
            "http2": http2,
            "async_transport": async_transport,
            "sync_transport": sync_transport,
            "webhook_secret": webhook_secret,
            "websocket_base_url": websocket_base_url,
        }
        args = merge_changes(self._copy_args(), changes)
        config = self._load_config(**args)
        tokens = self._settings.estimated_tokens
        if not isinstance(estimated_tokens, NotGiven) and not is_omitted(estimated_tokens):
            tokens = estimated_tokens
        clone = object.__new__(type(self))
        self._copy_state(clone)
        if http_client is None and same_pool(config, self._config):
            shared = same_stack(config, self._config)
            stack = (self._hooks, self._transport) if shared else None
            clone._setup(config, self._shared, owner=False, stack=stack, estimated_tokens=tokens)
        else:
            network = self._network(config)
            if http_client is not None:
                network = user_transport(
                    http_client, is_async=self._is_async, owner=type(self).__name__
                )
            clone._setup(config, _Shared(network), owner=True, estimated_tokens=tokens)
        return clone

    #: The official SDK's name for ``copy``: ``client.with_options(timeout=5).models.list()``.
    with_options = copy

    # -- calls -----------------------------------------------------------------------------

    def plan(
        self,
        options: CallOptions | None = None,
        *,
        stream: bool = False,
        idempotency_key: str | None = None,
        body: Mapping[str, object] | None = None,
        facts: CallFacts | None = None,
    ) -> RequestOptions:
        """The frozen call plan of one call made now through this client (or copy)."""
        return plan_call(
            self._settings,
            options,
            now=time.monotonic(),
            stream=stream,
            idempotency_key=idempotency_key,
            body=body,
            facts=facts,
        )

    def _httpx_kwargs(self) -> dict[str, Any]:
        headers = {
            "User-Agent": _user_agent(),
            "Accept": "application/json",
            **self._config.default_headers,
        }
        return {
            "transport": self._transport,
            "base_url": self._config.base_url,
            "headers": headers,
            "params": dict(self._config.default_query),
            "timeout": self._settings.timeout.to_httpx(),
            "follow_redirects": self._config.follow_redirects,
            # Deterministic: no proxy/netrc/cert settings picked up from the environment.
            "trust_env": False,
        }

    def _check_open(self) -> None:
        if self._shared.closed or self._released:
            raise OpenAIError(f"{type(self).__name__} is closed; create a new client")

    def _before_send(self, request: httpx.Request, stream: bool) -> None:
        """Before every send through ``http``: ours, a generated function's, a raw one."""
        self._check_open()
        options = options_of(request)
        if options is None:
            # A request built by httpx itself (``client.http.get``): it keeps its own
            # per-phase timeout, and gets this client's retries and total deadline.
            options = attrs.evolve(self.plan(), timeout=None)
            if not stream:
                apply_plan(request, options)
        if stream and not options.stream:
            # A body the caller reads itself (a raw ``http.stream()``) must not be buffered.
            apply_plan(request, attrs.evolve(options, stream=True, timeout=None))

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
        plan: RequestOptions | None = None,
    ) -> httpx.Request:
        """A request relative to ``base_url`` carrying its call plan.

        Without ``plan`` one is made now: ``stream=True`` marks a streamed call (its read
        timeout becomes the stream idle timeout), and the total deadline starts now.
        """
        if plan is None:
            body = json if isinstance(json, Mapping) else None  # the token budget's estimate
            plan = self.plan(stream=stream, idempotency_key=idempotency_key, body=body)
        with mapped_exceptions():
            request = None
            if files is None and data is None and content is None:
                request = compose_request(
                    self._http, method, path, params=params, body=json, headers=headers
                )
            if request is None:
                request = self._http.build_request(
                    method, path, params=params, json=json, content=content,
                    files=files, data=data, headers=headers,
                )  # fmt: skip
        apply_plan(request, plan)
        return request

    def _generated_client(self, sync: httpx.Client, async_: httpx.AsyncClient) -> Any:
        try:
            module = importlib.import_module(f"{GENERATED_PACKAGE}.client")
        except ImportError as exc:
            raise ConfigurationError(
                f"the generated client package {GENERATED_PACKAGE!r} is not importable: {exc}"
            ) from None
        generated = module.Client(base_url=self._config.base_url)
        generated.set_httpx_client(sync)
        generated.set_async_httpx_client(async_)
        return generated


class OpenAIClient(_BaseClient[httpx.Client], Resources):
    """The synchronous client; thread-safe, one connection pool per instance.

    Configuration comes from the arguments (see ``config.load_config``), else from
    ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``OPENAI_ORG_ID`` and ``OPENAI_PROJECT_ID``.
    A missing key or a malformed base URL raises ``ConfigurationError`` here, not a 401
    later. ``http_client`` is your own ``httpx.Client`` (proxies, mTLS, limits): it becomes
    the network under our resilience stack. ``transport`` replaces only the bottom network
    transport (tests). Use it as a context manager or call ``close()``.
    """

    def _build_stack(self, config: ClientConfig, hooks: Hooks, network: Any) -> Any:
        return build_transport(config, hooks, network=network)

    def _network(self, config: ClientConfig) -> Any:
        return network_transport(config)

    @functools.cached_property
    def _requester(self) -> SyncRequester:
        """Runs the generated resources (``client.chat.completions``...) on this client."""
        return SyncRequester(self)

    def _make_http(self) -> httpx.Client:
        return HttpClient(before_send=self._before_send, **self._httpx_kwargs())

    @functools.cached_property
    def api(self) -> Any:
        """The generated low-level client bound to this stack (use its sync functions)."""
        wrong = httpx.AsyncClient(transport=WrongDriver(type(self).__name__))
        return self._generated_client(self._http, wrong)

    def send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """Send through the stack; error statuses and failures raise ``OpenAIError``."""
        self._check_open()
        with mapped_exceptions():
            return self._http.send(request, stream=stream)

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Build and send one non-streamed request (arguments as ``build_request``)."""
        return self.send(self.build_request(method, path, **kwargs))

    # -- the SDK's verbs for endpoints the facade does not cover --------------------------

    def _verb(self, method: str, path: str, cast_to: Any, **sdk: Any) -> Any:
        call = request_args(**sdk)
        client = self.with_options(**call.copy_options) if call.copy_options else self
        return cast(cast_to, client.request(method, path, **call.kwargs))

    def get(
        self,
        path: str,
        *,
        cast_to: Any = object,
        options: Any = None,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        """``GET path`` through the stack, the response cast to ``cast_to`` (the SDK's verb:
        ``httpx.Response``, a model class, ``str``, ``bytes``, or parsed JSON)."""
        return self._verb("GET", path, cast_to, options=options, stream=stream)

    def post(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: Any = None,
        options: Any = None,
        files: Any = None,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        """``POST path`` with a JSON ``body`` (or multipart with ``files``); see ``get``."""
        return self._verb(
            "POST", path, cast_to, body=body, options=options, files=files, stream=stream
        )

    def put(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: Any = None,
        options: Any = None,
        files: Any = None,
    ) -> Any:
        """``PUT path``; see ``post``."""
        return self._verb("PUT", path, cast_to, body=body, options=options, files=files)

    def patch(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: Any = None,
        options: Any = None,
        files: Any = None,
    ) -> Any:
        """``PATCH path``; see ``post``."""
        return self._verb("PATCH", path, cast_to, body=body, options=options, files=files)

    def delete(
        self, path: str, *, cast_to: Any = object, body: Any = None, options: Any = None
    ) -> Any:
        """``DELETE path``; see ``get``."""
        return self._verb("DELETE", path, cast_to, body=body, options=options)

    def health(self, *, probe: bool = False, probe_timeout: float = 5.0) -> HealthReport:
        """Breaker states, limiter budgets, the last error per host; with ``probe``, a live
        ``GET /models`` with its own ``probe_timeout`` and no retry."""
        result: Probe | None = None
        if probe:
            try:
                response = self.copy(timeout=probe_timeout, max_retries=0).request("GET", "/models")
                result = Probe(True, response.status_code)
            except Exception as exc:  # the report says what failed; it never raises
                result = Probe(False, getattr(exc, "status_code", None), type(exc).__name__)
        return snapshot(self._transport, self._hooks, probe=result)

    def close(self) -> None:
        """Release every pooled connection. Idempotent. A copy sharing the pool only closes
        itself: the original owns the connections and goes on."""
        self._released = True
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
    """The asyncio client; one connection pool per instance. See ``OpenAIClient``.

    ``http_client`` is an ``httpx.AsyncClient``. Close it with ``await client.close()``
    (or ``aclose()``), or use ``async with``.
    """

    _is_async = True

    def _build_stack(self, config: ClientConfig, hooks: Hooks, network: Any) -> Any:
        return build_async_transport(config, hooks, network=network)

    def _network(self, config: ClientConfig) -> Any:
        return async_network_transport(config)

    @functools.cached_property
    def _requester(self) -> AsyncRequester:
        """Runs the generated resources (``client.chat.completions``...) on this client."""
        return AsyncRequester(self)

    def _make_http(self) -> httpx.AsyncClient:
        return AsyncHttpClient(before_send=self._before_send, **self._httpx_kwargs())

    @functools.cached_property
    def api(self) -> Any:
        """The generated low-level client bound to this stack (use its ``asyncio`` functions)."""
        wrong = httpx.Client(transport=WrongDriver(type(self).__name__))
        return self._generated_client(wrong, self._http)

    async def send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """Send through the stack; error statuses and failures raise ``OpenAIError``."""
        self._check_open()
        with mapped_exceptions():
            return await self._http.send(request, stream=stream)

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Build and send one non-streamed request (arguments as ``build_request``)."""
        return await self.send(self.build_request(method, path, **kwargs))

    # -- the SDK's verbs for endpoints the facade does not cover --------------------------

    async def _verb(self, method: str, path: str, cast_to: Any, **sdk: Any) -> Any:
        call = request_args(**sdk)
        client = self.with_options(**call.copy_options) if call.copy_options else self
        return cast(cast_to, await client.request(method, path, **call.kwargs))

    async def get(
        self,
        path: str,
        *,
        cast_to: Any = object,
        options: Any = None,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        """``GET path`` through the stack, the response cast to ``cast_to`` (``await``; the SDK's verb:
        ``httpx.Response``, a model class, ``str``, ``bytes``, or parsed JSON)."""
        return await self._verb("GET", path, cast_to, options=options, stream=stream)

    async def post(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: Any = None,
        options: Any = None,
        files: Any = None,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        """``POST path`` with a JSON ``body`` (or multipart with ``files``); see ``get``."""
        return await self._verb(
            "POST", path, cast_to, body=body, options=options, files=files, stream=stream
        )

    async def put(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: Any = None,
        options: Any = None,
        files: Any = None,
    ) -> Any:
        """``PUT path``; see ``post``."""
        return await self._verb("PUT", path, cast_to, body=body, options=options, files=files)

    async def patch(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: Any = None,
        options: Any = None,
        files: Any = None,
    ) -> Any:
        """``PATCH path``; see ``post``."""
        return await self._verb("PATCH", path, cast_to, body=body, options=options, files=files)

    async def delete(
        self, path: str, *, cast_to: Any = object, body: Any = None, options: Any = None
    ) -> Any:
        """``DELETE path``; see ``get``."""
        return await self._verb("DELETE", path, cast_to, body=body, options=options)

    async def health(self, *, probe: bool = False, probe_timeout: float = 5.0) -> HealthReport:
        """See ``OpenAIClient.health`` (``await client.health()``)."""
        result: Probe | None = None
        if probe:
            try:
                copy = self.copy(timeout=probe_timeout, max_retries=0)
                response = await copy.request("GET", "/models")
                result = Probe(True, response.status_code)
            except Exception as exc:  # the report says what failed; it never raises
                result = Probe(False, getattr(exc, "status_code", None), type(exc).__name__)
        return snapshot(self._transport, self._hooks, probe=result)

    async def close(self) -> None:
        """Release every pooled connection (``await client.close()``, as in the SDK).

        Idempotent. A copy sharing the pool only closes itself: the original owns the
        connections and goes on.
        """
        self._released = True
        if self._owner and not self._shared.closed:
            self._shared.closed = True
            with mapped_exceptions():
                await self._http.aclose()

    async def aclose(self) -> None:
        """The same as ``close()`` (httpx's name)."""
        await self.close()

    async def __aenter__(self) -> Self:
        self._check_open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
