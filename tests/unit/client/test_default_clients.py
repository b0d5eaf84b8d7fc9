"""The SDK's ``Default*Client`` names: httpx clients with our defaults, usable as http_client."""

from __future__ import annotations

import ssl

import httpx
import pytest

import integrations_openai
from integrations_openai import (
    AsyncOpenAI,
    DefaultAioHttpClient,
    DefaultAsyncHttpx2Client,
    DefaultAsyncHttpxClient,
    DefaultHttpx2Client,
    DefaultHttpxClient,
    OpenAI,
)
from integrations_openai._default_clients import _ssl_context
from integrations_openai.config import DEFAULT_MAX_CONNECTIONS, DEFAULT_TIMEOUT
from integrations_openai.errors import ConfigurationError
from integrations_openai.testing.fake import FakeOpenAI


def test_sync_default_client_has_our_defaults_and_keeps_given_ones() -> None:
    with DefaultHttpxClient() as client:
        assert client.timeout == DEFAULT_TIMEOUT.to_httpx()
        assert client.follow_redirects is True
    with DefaultHttpx2Client(timeout=3.0, follow_redirects=False) as client:
        assert client.timeout == httpx.Timeout(3.0)
        assert client.follow_redirects is False
    assert DefaultHttpx2Client is DefaultHttpxClient
    assert DefaultAsyncHttpx2Client is DefaultAsyncHttpxClient


def test_a_default_client_is_the_network_under_the_stack() -> None:
    with FakeOpenAI() as fake:
        user = DefaultHttpxClient()
        with OpenAI(api_key=fake.api_key, base_url=fake.url, http_client=user) as client:
            assert client.models.retrieve("gpt-4o-mini").id == "gpt-4o-mini"
        assert user.is_closed


@pytest.mark.parametrize("factory", [DefaultAsyncHttpxClient, DefaultAioHttpClient])
async def test_async_default_clients_send_through_the_stack(factory: type) -> None:
    with FakeOpenAI() as fake:
        async with AsyncOpenAI(
            api_key=fake.api_key, base_url=fake.url, http_client=factory(), max_retries=0
        ) as client:
            completion = await client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
            )
        assert completion.choices[0].message.content == 'Fake answer to "hi"'
        assert len(fake.calls("POST /v1/chat/completions")) == 1


def test_aiohttp_client_limits_and_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    client = DefaultAioHttpClient(limits=httpx.Limits(max_connections=3))
    assert client._transport._limits.max_connections == 3  # type: ignore[attr-defined]
    assert DefaultAioHttpClient()._transport._limits.max_connections == DEFAULT_MAX_CONNECTIONS  # type: ignore[attr-defined]
    monkeypatch.setattr(integrations_openai.transport._aiohttp, "aiohttp_installed", lambda: False)
    with pytest.raises(ConfigurationError, match="aiohttp"):
        DefaultAioHttpClient()


def test_verify_becomes_an_ssl_context() -> None:
    given = ssl.create_default_context()
    assert _ssl_context(given) is given
    assert _ssl_context(True) is ssl.create_default_context
    unverified = _ssl_context(False)
    assert callable(unverified)
    context = unverified()
    assert context.verify_mode == ssl.CERT_NONE and not context.check_hostname
    bundle = _ssl_context(ssl.get_default_verify_paths().cafile or "/nonexistent.pem")
    assert callable(bundle)
