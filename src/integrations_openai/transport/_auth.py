"""Auth layer: puts credentials on each attempt, and only ever for the configured origin.

It sits below the retry layer (only the buffer is further in), so it runs once per
attempt: a rotated key (a callable ``api_key``) takes effect on the next retry; it also
counts the attempts put on the wire (``CallStats``). Requests to any other origin (an absolute URL,
a redirect) get no credentials, and any ``Authorization`` they carry is removed; plain
``http://`` to a host off this machine is refused unless explicitly allowed.

The credential goes in ``Authorization: Bearer <key>`` by default; ``Credentials.header``
and ``.prefix`` name another scheme (Azure's ``api-key: <key>``). The async driver awaits
an async credential source (an Entra ID token provider), once per attempt.
"""

from __future__ import annotations

import httpx

from .._options import stats_of
from .._secret import Secret, key_problem
from ..errors import ConfigurationError
from ._security import insecure_http_refused, same_origin

__all__ = ["AsyncAuthTransport", "AuthTransport", "Credentials", "apply_credentials"]

# Every header any scheme may put a credential in: removed before each attempt, so a request
# to another origin (a redirect) never carries one.
_CREDENTIAL_HEADERS = frozenset(
    {"authorization", "api-key", "openai-organization", "openai-project"}
)


class Credentials:
    """Where the credentials come from and which origin may receive them."""

    __slots__ = (
        "allow_insecure_http",
        "api_key",
        "header",
        "organization",
        "origin",
        "prefix",
        "project",
    )

    def __init__(
        self,
        *,
        api_key: Secret,
        origin: httpx.URL,
        organization: str | None = None,
        project: str | None = None,
        allow_insecure_http: bool = False,
        header: str = "Authorization",
        prefix: str = "Bearer ",
    ) -> None:
        self.api_key = api_key
        self.header = header
        self.prefix = prefix
        self.origin = origin
        self.organization = organization
        self.project = project
        self.allow_insecure_http = allow_insecure_http

    def __repr__(self) -> str:
        return f"Credentials(api_key={self.api_key!r}, origin={str(self.origin)!r})"


def apply_credentials(
    request: httpx.Request, credentials: Credentials, *, key: str | None = None
) -> None:
    """Set (or strip) the credential headers of one attempt, in place; count the attempt.

    ``key`` is the credential already read (the async driver awaits async sources); by
    default it is read here.
    """
    if insecure_http_refused(request.url, allow_insecure_http=credentials.allow_insecure_http):
        raise ConfigurationError(
            f"refusing plain http:// to non-loopback host {request.url.host!r}; "
            "use https:// or pass allow_insecure_http=True"
        )
    headers = request.headers
    for name in _CREDENTIAL_HEADERS:
        if name in headers:  # a retry's, a caller's: every occurrence, any case
            del headers[name]
    if same_origin(request.url, credentials.origin):
        if key is None:
            key = credentials.api_key.get_secret_value()
        if problem := key_problem(key):  # a rotated (callable) key is checked on each read
            raise ConfigurationError(problem)
        request.headers[credentials.header] = f"{credentials.prefix}{key}"
        if credentials.organization:
            request.headers["OpenAI-Organization"] = credentials.organization
        if credentials.project:
            request.headers["OpenAI-Project"] = credentials.project
    stats = stats_of(request)
    if stats is not None:
        stats.attempts += 1


class AuthTransport(httpx.BaseTransport):
    """Sync driver: credentials, then the inner (network) transport."""

    def __init__(self, inner: httpx.BaseTransport, credentials: Credentials) -> None:
        self._inner = inner
        self._credentials = credentials

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Add the credentials (same origin only), then send."""
        apply_credentials(request, self._credentials)
        return self._inner.handle_request(request)

    def close(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        self._inner.close()


class AsyncAuthTransport(httpx.AsyncBaseTransport):
    """Async driver: credentials, then the inner (network) transport."""

    def __init__(self, inner: httpx.AsyncBaseTransport, credentials: Credentials) -> None:
        self._inner = inner
        self._credentials = credentials

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Add the credentials (same origin only; an async source awaited), then send."""
        credentials = self._credentials
        key = None
        if credentials.api_key.is_dynamic and same_origin(request.url, credentials.origin):
            key = await credentials.api_key.aget_secret_value()
        apply_credentials(request, credentials, key=key)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the inner stack (and with it the connection pool)."""
        await self._inner.aclose()
