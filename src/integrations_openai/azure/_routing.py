"""Where an Azure request goes: the deployment path and the ``api-version`` query (pure).

On the deployments URL style, the model operations live under
``/openai/deployments/{deployment}/...``: the client's ``azure_deployment`` when set, else
the call's ``model`` (on Azure a model name *is* a deployment name). Everything else
(files, batches, assistants, vector stores...) stays at ``/openai/...``. The v1 style keeps
OpenAI's paths.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote

from ._settings import AzureSettings

__all__ = ["DEPLOYMENT_PATHS", "model_of", "route"]

#: The operations Azure serves per deployment (the official SDK's list).
DEPLOYMENT_PATHS: Final = frozenset(
    {
        "/completions",
        "/chat/completions",
        "/embeddings",
        "/audio/transcriptions",
        "/audio/translations",
        "/audio/speech",
        "/images/generations",
        "/images/edits",
    }
)


def model_of(json: Any, files: Any) -> str | None:
    """The ``model`` of a JSON or multipart body (``None`` when absent or not text)."""
    if isinstance(json, Mapping):
        model = json.get("model")
        return model if isinstance(model, str) and model else None
    if isinstance(files, list):
        for name, part in files:
            if name == "model" and isinstance(part, tuple) and len(part) >= 2:
                value = part[1]
                text = value.decode() if isinstance(value, bytes) else value
                return text if isinstance(text, str) and text else None
    return None


def route(
    settings: AzureSettings,
    path: str,
    params: Mapping[str, Any] | None,
    json: Any = None,
    files: Any = None,
) -> tuple[str, dict[str, Any]]:
    """The path (relative to ``settings.base_url``) and query of one request.

    The caller's own ``api-version`` (``extra_query``) wins over the client's.
    """
    query = {**settings.query, **(params or {})}
    if settings.v1 or settings.fixed_deployment or path not in DEPLOYMENT_PATHS:
        return path, query
    deployment = settings.deployment
    if deployment is None:
        model = model_of(json, files)
        deployment = None if model is None else quote(model, safe="")
    if deployment is None:
        # No deployment to name: sent as is, the service answers with its own 404.
        return path, query
    return f"/deployments/{deployment}{path}", query
