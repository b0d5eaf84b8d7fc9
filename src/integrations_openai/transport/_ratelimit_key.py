"""Which budget a request draws from: ``RateLimitPolicy.key`` applied to one request."""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = ["KeyContext", "budget_key"]


class KeyContext:
    """What a key template or callable may use: ``host``, ``organization``, ``project``,
    ``model`` (read from the JSON body only when asked) and the ``request`` itself."""

    __slots__ = ("_model", "_model_read", "host", "organization", "project", "request")

    def __init__(
        self, request: httpx.Request, organization: str | None, project: str | None
    ) -> None:
        self.request = request
        self.host = request.url.netloc.decode("ascii")
        # The auth layer sits below the limiter, so the client's own ids come from config;
        # a per-call header wins.
        self.organization = request.headers.get("openai-organization") or organization or ""
        self.project = request.headers.get("openai-project") or project or ""
        self._model = ""
        self._model_read = False

    @property
    def model(self) -> str:
        """The body's ``model`` field ("" for a body that is not a JSON object with one)."""
        if not self._model_read:
            self._model_read = True
            self._model = _model_of(self.request)
        return self._model


def _model_of(request: httpx.Request) -> str:
    if "json" not in request.headers.get("content-type", ""):
        return ""
    try:
        body = json.loads(_body_bytes(request))
    except ValueError:
        return ""
    model = body.get("model") if isinstance(body, dict) else None
    return model if isinstance(model, str) else ""


def _body_bytes(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:
        # The retry layer's attempt copies carry the body as an in-memory ByteStream, which
        # iterates the same bytes every time; any other stream is left unread ("" model).
        if isinstance(request.stream, httpx.ByteStream):
            return b"".join(request.stream)
        return b""


def budget_key(
    key: Any, request: httpx.Request, organization: str | None, project: str | None
) -> str:
    """The budget key of ``request`` under the policy's ``key`` (template or callable)."""
    context = KeyContext(request, organization, project)
    if callable(key):
        return str(key(context))
    if key == "{host}":  # the default: skip the formatter
        return context.host
    fields = {
        "host": context.host,
        "organization": context.organization,
        "project": context.project,
    }
    if "{model}" in key:
        fields["model"] = context.model
    return str(key.format(**fields))
