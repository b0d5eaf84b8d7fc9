"""Azure OpenAI settings, resolved once from arguments and environment (pure, no I/O).

Two URL styles:

* **deployments** (an ``api_version`` date such as ``2024-10-21``): the base URL is
  ``{endpoint}/openai``, model calls go to ``/openai/deployments/{deployment}/...`` and every
  request carries ``?api-version=``;
* **v1** (``api_version="v1"``, or ``"preview"`` for preview features): the base URL is
  ``{endpoint}/openai/v1``, paths are the OpenAI ones and the deployment is the ``model``;
  only ``preview`` adds ``?api-version=preview``.

The credential is one of an ``api_key`` (sent as ``api-key``), a static Entra ID
``azure_ad_token`` or an ``azure_ad_token_provider`` called for every attempt (both sent as
``Authorization: Bearer``).
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from typing import Final
from urllib.parse import quote

import attrs

from .._secret import Secret
from ..errors import ConfigurationError

__all__ = [
    "ENV_AD_TOKEN",
    "ENV_API_KEY",
    "ENV_API_VERSION",
    "ENV_ENDPOINT",
    "V1_VERSIONS",
    "AzureSettings",
    "resolve_settings",
]

ENV_API_KEY: Final = "AZURE_OPENAI_API_KEY"
ENV_AD_TOKEN: Final = "AZURE_OPENAI_AD_TOKEN"
ENV_API_VERSION: Final = "OPENAI_API_VERSION"
ENV_ENDPOINT: Final = "AZURE_OPENAI_ENDPOINT"
#: ``api_version`` values that select the v1 API paths instead of deployments.
V1_VERSIONS: Final = frozenset({"v1", "preview"})

TokenProvider = Callable[[], str] | Callable[[], Awaitable[str]]


@attrs.frozen(slots=True, kw_only=True)
class AzureSettings:
    """What the Azure client needs beyond a ``ClientConfig``: routing and the auth scheme."""

    base_url: str
    api_version: str
    deployment: str | None
    credential: Secret
    header: str  # "api-key" or "Authorization"
    prefix: str  # "" or "Bearer "

    @property
    def v1(self) -> bool:
        """True for the v1 API paths (``{endpoint}/openai/v1/...``)."""
        return self.api_version in V1_VERSIONS

    @property
    def fixed_deployment(self) -> bool:
        """True when ``base_url`` already names a deployment: paths are left alone (SDK)."""
        return "/deployments/" in self.base_url

    @property
    def query(self) -> dict[str, str]:
        """The query every request carries (``api-version``), empty for GA v1."""
        return {} if self.api_version == "v1" else {"api-version": self.api_version}


def _env(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name, "").strip()
    return value or None


def _text(name: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    return value.strip() or None


def _credential(
    api_key: object, ad_token: object, provider: object, environ: Mapping[str, str]
) -> tuple[Secret, str, str]:
    given = [n for n, v in (("api_key", api_key), ("azure_ad_token", ad_token),
                            ("azure_ad_token_provider", provider)) if v is not None]  # fmt: skip
    if len(given) > 1:
        raise ConfigurationError(
            f"pass only one of api_key, azure_ad_token, azure_ad_token_provider (got {', '.join(given)})"
        )
    if provider is not None:
        if not callable(provider):
            raise ConfigurationError(
                f"azure_ad_token_provider must be a callable returning a token, not {type(provider).__name__}"
            )
        return Secret(provider), "Authorization", "Bearer "
    if api_key is None and ad_token is None:
        # Only an unspecified credential consults the environment; a token wins over a key.
        ad_token = _env(environ, ENV_AD_TOKEN)
        if ad_token is None:
            api_key = _env(environ, ENV_API_KEY)
    if ad_token is not None:
        if not isinstance(ad_token, str) or not ad_token.strip():
            raise ConfigurationError("azure_ad_token must be a non-empty string")
        return Secret(ad_token.strip()), "Authorization", "Bearer "
    if api_key is None:
        raise ConfigurationError(
            "no Azure credential: pass api_key, azure_ad_token or azure_ad_token_provider, "
            f"or set {ENV_API_KEY} or {ENV_AD_TOKEN}"
        )
    if isinstance(api_key, Secret):
        return api_key, "api-key", ""
    if isinstance(api_key, str) and api_key.strip():
        return Secret(api_key.strip()), "api-key", ""
    if callable(api_key):
        return Secret(api_key), "api-key", ""
    # The type only: whatever was passed may be (part of) a credential.
    raise ConfigurationError(
        f"api_key must be a non-empty string, a Secret or a callable, not {type(api_key).__name__}"
    )


def resolve_settings(
    *,
    api_version: str | None = None,
    azure_endpoint: str | None = None,
    azure_deployment: str | None = None,
    base_url: str | None = None,
    api_key: str | Secret | Callable[[], str] | None = None,
    azure_ad_token: str | None = None,
    azure_ad_token_provider: TokenProvider | None = None,
    environ: Mapping[str, str] | None = None,
) -> AzureSettings:
    """Merge arguments over ``AZURE_OPENAI_*``/``OPENAI_API_VERSION``; ``ConfigurationError``
    names what is missing or contradictory (never a credential's value)."""
    env = os.environ if environ is None else environ
    version = _text("api_version", api_version) or _env(env, ENV_API_VERSION)
    if version is None:
        raise ConfigurationError(
            f"no Azure API version: pass api_version=... (a date such as '2024-10-21', or 'v1') "
            f"or set {ENV_API_VERSION}"
        )
    deployment = _text("azure_deployment", azure_deployment)
    url = _text("base_url", base_url)
    endpoint = _text("azure_endpoint", azure_endpoint)
    if url is not None and endpoint is not None:
        raise ConfigurationError("base_url and azure_endpoint are mutually exclusive")
    if url is None:
        endpoint = endpoint or _env(env, ENV_ENDPOINT)
        if endpoint is None:
            raise ConfigurationError(
                f"no Azure endpoint: pass azure_endpoint=... or base_url=..., or set {ENV_ENDPOINT}"
            )
        url = endpoint.rstrip("/") + ("/openai/v1" if version in V1_VERSIONS else "/openai")
    if deployment is not None and version in V1_VERSIONS:
        raise ConfigurationError(
            "azure_deployment has no effect with the v1 API: pass the deployment as model=..."
        )
    credential, header, prefix = _credential(api_key, azure_ad_token, azure_ad_token_provider, env)
    return AzureSettings(
        base_url=url,
        api_version=version,
        deployment=None if deployment is None else quote(deployment, safe=""),
        credential=credential,
        header=header,
        prefix=prefix,
    )
