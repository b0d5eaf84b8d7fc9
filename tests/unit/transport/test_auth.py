"""Auth headers per attempt, only for the configured origin."""

from __future__ import annotations

import httpx
import pytest

from integrations_openai._options import STATS_KEY, CallStats
from integrations_openai._secret import Secret
from integrations_openai.errors import ConfigurationError
from integrations_openai.transport._auth import (
    AsyncAuthTransport,
    AuthTransport,
    Credentials,
    apply_credentials,
)

ORIGIN = httpx.URL("https://api.openai.com/v1")


def _creds(key: Secret, **kwargs: object) -> Credentials:
    return Credentials(api_key=key, origin=ORIGIN, **kwargs)  # type: ignore[arg-type]


def test_sets_headers_and_counts_attempts() -> None:
    request = httpx.Request("GET", "https://api.openai.com/v1/models")
    stats = CallStats()
    request.extensions[STATS_KEY] = stats
    apply_credentials(request, _creds(Secret("sk-a-12345678"), organization="org", project="prj"))
    assert request.headers["authorization"] == "Bearer sk-a-12345678"
    assert request.headers["openai-organization"] == "org"
    assert request.headers["openai-project"] == "prj"
    assert stats.attempts == 1
    assert "sk-a" not in repr(stats) and "sk-a" not in repr(_creds(Secret("sk-a-12345678")))


def test_strips_credentials_for_foreign_origin() -> None:
    request = httpx.Request(
        "GET",
        "https://evil.example/v1",
        headers={"Authorization": "Bearer mine", "OpenAI-Project": "p"},
    )
    apply_credentials(request, _creds(Secret("sk-a-12345678")))
    assert "authorization" not in request.headers
    assert "openai-project" not in request.headers


def test_every_credential_header_a_request_carries_is_replaced() -> None:
    request = httpx.Request(
        "GET",
        "https://api.openai.com/v1/models",
        headers=[
            ("Authorization", "Bearer old"),
            ("authorization", "Bearer older"),
            ("API-KEY", "k"),
            ("X-Other", "kept"),
        ],
    )
    apply_credentials(request, _creds(Secret("sk-a-12345678")))
    assert request.headers.get_list("authorization") == ["Bearer sk-a-12345678"]
    assert "api-key" not in request.headers
    assert request.headers["x-other"] == "kept"


def test_refuses_plain_http_off_machine() -> None:
    request = httpx.Request("GET", "http://api.openai.com/v1/models")
    with pytest.raises(ConfigurationError):
        apply_credentials(request, _creds(Secret("sk-a-12345678")))
    allowed = Credentials(
        api_key=Secret("k"), origin=httpx.URL("http://api.openai.com"), allow_insecure_http=True
    )
    apply_credentials(request, allowed)
    assert request.headers["authorization"] == "Bearer k"


def test_rotated_key_is_read_per_attempt_sync() -> None:
    keys = iter(["sk-first-000000", "sk-second-00000"])
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200)

    transport = AuthTransport(httpx.MockTransport(handler), _creds(Secret(lambda: next(keys))))
    for _ in range(2):
        transport.handle_request(httpx.Request("GET", "https://api.openai.com/v1/x"))
    assert seen == ["Bearer sk-first-000000", "Bearer sk-second-00000"]
    transport.close()


async def test_async_driver() -> None:
    seen: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200)

    transport = AsyncAuthTransport(httpx.MockTransport(handler), _creds(Secret("sk-z-12345678")))
    await transport.handle_async_request(httpx.Request("GET", "https://api.openai.com/v1/x"))
    await transport.aclose()
    assert seen == ["Bearer sk-z-12345678"]


@pytest.mark.parametrize("bad", ["", "sk-rotated\n-HIDDENPART"])
def test_a_rotated_key_that_cannot_be_a_header_is_a_configuration_error(bad: str) -> None:
    sent: list[httpx.Request] = []
    creds = Credentials(api_key=Secret(lambda: bad), origin=httpx.URL("https://api.openai.com"))
    transport = AuthTransport(
        httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200)), creds
    )
    with pytest.raises(ConfigurationError) as info:
        transport.handle_request(httpx.Request("GET", "https://api.openai.com/v1/models"))
    assert "HIDDENPART" not in str(info.value) and not sent
