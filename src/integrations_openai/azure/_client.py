"""``AzureOpenAIClient`` and ``AsyncAzureOpenAIClient``: the OpenAI clients, routed to Azure.

Each is its OpenAI twin with three overrides, nothing else: the transport stack gets Azure's
auth scheme (``_build_stack``), every request is routed (``build_request``: deployment path,
``api-version``), and ``copy``/``with_options`` copies keep the Azure settings
(``_copy_state``). Retries, breaker,
rate limits (Azure sends the same ``x-ratelimit-*`` headers), telemetry and every resource
are the same code.
"""

from __future__ import annotations

import inspect
from typing import Any, Self

import httpx

from .._client import AsyncOpenAIClient, OpenAIClient
from ..config import ClientConfig
from ..errors import ConfigurationError
from ..instrumentation import Hooks
from ..transport import build_async_transport, build_transport, credentials_for
from ..transport._auth import Credentials
from ._routing import route
from ._settings import AzureSettings, TokenProvider, resolve_settings

__all__ = ["AsyncAzureOpenAIClient", "AzureOpenAIClient"]

_AZURE_KEYS = (
    "api_version",
    "azure_endpoint",
    "azure_deployment",
    "base_url",
    "api_key",
    "azure_ad_token",
    "azure_ad_token_provider",
)


def _split(options: dict[str, Any]) -> tuple[AzureSettings, dict[str, Any]]:
    """The Azure settings and the remaining ``OpenAIClient`` options."""
    azure = {k: options.pop(k) for k in _AZURE_KEYS if k in options}
    settings = resolve_settings(**azure, environ=options.get("environ"))
    options.update(api_key=settings.credential, base_url=settings.base_url)
    return settings, options


def _credentials(config: ClientConfig, settings: AzureSettings) -> Credentials:
    credentials = credentials_for(config)
    credentials.header = settings.header
    credentials.prefix = settings.prefix
    return credentials


class AzureOpenAIClient(OpenAIClient):
    """The synchronous client for Azure OpenAI (the official SDK's ``AzureOpenAI``).

    ``azure_endpoint`` (else ``AZURE_OPENAI_ENDPOINT``) or a full ``base_url``;
    ``api_version`` (else ``OPENAI_API_VERSION``): a date for deployment URLs, ``"v1"`` for
    the v1 API; ``azure_deployment`` pins every model call to one deployment (else the
    call's ``model`` names it). One credential: ``api_key`` (else ``AZURE_OPENAI_API_KEY``),
    ``azure_ad_token`` (else ``AZURE_OPENAI_AD_TOKEN``) or ``azure_ad_token_provider``
    (called for every attempt; see ``EntraTokenProvider``). Every other option is
    ``OpenAIClient``'s.
    """

    _azure: AzureSettings

    def __init__(
        self,
        *,
        api_version: str | None = None,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        api_key: Any = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: TokenProvider | None = None,
        transport: Any = None,
        **options: Any,
    ) -> None:
        self._azure, rest = _split(
            {
                "api_version": api_version,
                "azure_endpoint": azure_endpoint,
                "azure_deployment": azure_deployment,
                "api_key": api_key,
                "azure_ad_token": azure_ad_token,
                "azure_ad_token_provider": azure_ad_token_provider,
                **options,
            }
        )
        if inspect.iscoroutinefunction(azure_ad_token_provider):
            raise ConfigurationError(
                "azure_ad_token_provider is async: use AsyncAzureOpenAIClient for it"
            )
        super().__init__(transport=transport, **rest)

    @property
    def api_version(self) -> str:
        """The Azure API version every request names (``"v1"``: the v1 API)."""
        return self._azure.api_version

    def _build_stack(self, config: ClientConfig, hooks: Hooks, network: Any) -> Any:
        return build_transport(
            config, hooks, network=network, credentials=_credentials(config, self._azure)
        )

    def build_request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json: Any = None,
        files: Any = None,
        **kwargs: Any,
    ) -> httpx.Request:
        """``OpenAIClient.build_request`` on Azure's route (deployment, ``api-version``)."""
        path, query = route(self._azure, path, params, json, files)
        return super().build_request(method, path, params=query, json=json, files=files, **kwargs)

    def _copy_state(self, clone: Self) -> None:
        """``copy``/``with_options`` copies keep the Azure settings (before their stack is built)."""
        clone._azure = self._azure


class AsyncAzureOpenAIClient(AsyncOpenAIClient):
    """The asyncio client for Azure OpenAI; see ``AzureOpenAIClient``. The token provider
    may be a coroutine function (awaited for every attempt)."""

    _azure: AzureSettings

    def __init__(
        self,
        *,
        api_version: str | None = None,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        api_key: Any = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: TokenProvider | None = None,
        transport: Any = None,
        **options: Any,
    ) -> None:
        self._azure, rest = _split(
            {
                "api_version": api_version,
                "azure_endpoint": azure_endpoint,
                "azure_deployment": azure_deployment,
                "api_key": api_key,
                "azure_ad_token": azure_ad_token,
                "azure_ad_token_provider": azure_ad_token_provider,
                **options,
            }
        )
        super().__init__(transport=transport, **rest)

    @property
    def api_version(self) -> str:
        """See ``AzureOpenAIClient.api_version``."""
        return self._azure.api_version

    def _build_stack(self, config: ClientConfig, hooks: Hooks, network: Any) -> Any:
        return build_async_transport(
            config, hooks, network=network, credentials=_credentials(config, self._azure)
        )

    def build_request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json: Any = None,
        files: Any = None,
        **kwargs: Any,
    ) -> httpx.Request:
        """See ``AzureOpenAIClient.build_request``."""
        path, query = route(self._azure, path, params, json, files)
        return super().build_request(method, path, params=query, json=json, files=files, **kwargs)

    def _copy_state(self, clone: Self) -> None:
        """See ``AzureOpenAIClient._copy_state``."""
        clone._azure = self._azure
