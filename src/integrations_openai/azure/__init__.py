"""Azure OpenAI: the same clients, routed to an Azure resource.

::

    from integrations_openai import AzureOpenAIClient

    client = AzureOpenAIClient(
        azure_endpoint="https://my-resource.openai.azure.com",
        api_version="2024-10-21",          # or "v1" for the v1 API paths
        azure_ad_token_provider=EntraTokenProvider(),  # or api_key=...
    )
    client.chat.completions.create(model="my-gpt-4o-deployment", messages=[...])

``AzureOpenAI``/``AsyncAzureOpenAI`` are the official SDK's names for the same classes.
"""

from __future__ import annotations

from ._client import AsyncAzureOpenAIClient, AzureOpenAIClient
from ._identity import (
    DEFAULT_REFRESH_MARGIN,
    DEFAULT_SCOPE,
    AsyncEntraTokenProvider,
    EntraTokenProvider,
    needs_refresh,
)
from ._routing import DEPLOYMENT_PATHS, model_of, route
from ._settings import (
    ENV_AD_TOKEN,
    ENV_API_KEY,
    ENV_API_VERSION,
    ENV_ENDPOINT,
    V1_VERSIONS,
    AzureSettings,
    resolve_settings,
)

#: The official SDK's names.
AzureOpenAI = AzureOpenAIClient
AsyncAzureOpenAI = AsyncAzureOpenAIClient

__all__ = [
    "DEFAULT_REFRESH_MARGIN",
    "DEFAULT_SCOPE",
    "DEPLOYMENT_PATHS",
    "ENV_AD_TOKEN",
    "ENV_API_KEY",
    "ENV_API_VERSION",
    "ENV_ENDPOINT",
    "V1_VERSIONS",
    "AsyncAzureOpenAI",
    "AsyncAzureOpenAIClient",
    "AsyncEntraTokenProvider",
    "AzureOpenAI",
    "AzureOpenAIClient",
    "AzureSettings",
    "EntraTokenProvider",
    "model_of",
    "needs_refresh",
    "resolve_settings",
    "route",
]
