"""Azure OpenAI: URLs, query and headers exactly as Azure expects, over a real socket.

The fault server on 127.0.0.1 plays the Azure resource; every test reads back the path,
the query string and the headers the client really sent.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import traceback
from collections import namedtuple
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

import integrations_openai
from integrations_openai import (
    AsyncAzureOpenAI,
    AsyncAzureOpenAIClient,
    AzureOpenAI,
    AzureOpenAIClient,
    errors,
)
from integrations_openai.azure import (
    DEPLOYMENT_PATHS,
    AsyncEntraTokenProvider,
    EntraTokenProvider,
    model_of,
    needs_refresh,
    resolve_settings,
)
from integrations_openai.errors import ConfigurationError
from integrations_openai.testing import set_testing
from integrations_openai.transport._auth import apply_credentials
from tests.support.faultserver import FaultServer, RecordedRequest, error_reply, json_reply

KEY = "azkey-LEAKCHECK-0123456789abcdef"
VERSION = "2024-10-21"
CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {"role": "assistant", "content": "hi", "refusal": None},
            "logprobs": None,
        }
    ],
}
MESSAGES = [{"role": "user", "content": "Hi"}]
AccessToken = namedtuple("AccessToken", ["token", "expires_on"])


@pytest.fixture(autouse=True)
def _no_azure_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "AZURE_OPENAI_API_KEY",
        "AZURE_OPENAI_AD_TOKEN",
        "AZURE_OPENAI_ENDPOINT",
        "OPENAI_API_VERSION",
    ):
        monkeypatch.delenv(name, raising=False)


def _client(server: FaultServer, cls: Any = AzureOpenAIClient, **kwargs: Any) -> Any:
    kwargs.setdefault("api_version", VERSION)
    if "azure_ad_token" not in kwargs and "azure_ad_token_provider" not in kwargs:
        kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("max_retries", 0)
    return cls(azure_endpoint=server.url, **kwargs)


def _query(request: RecordedRequest) -> dict[str, list[str]]:
    return parse_qs(request.query)


async def _call(client: Any, method: Any, *args: Any, **kwargs: Any) -> Any:
    result = method(*args, **kwargs)
    return await result if isinstance(client, AsyncAzureOpenAIClient) else result


async def _close(client: Any) -> None:
    if isinstance(client, AsyncAzureOpenAIClient):
        await client.aclose()
    else:
        client.close()


@pytest.fixture(params=[AzureOpenAIClient, AsyncAzureOpenAIClient], ids=["sync", "async"])
def cls(request: pytest.FixtureRequest) -> Any:
    return request.param


async def test_model_names_the_deployment_with_api_key(cls: Any, fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply(CHAT))
    client = _client(fault_server, cls)
    reply = await _call(
        client, client.chat.completions.create, model="my gpt/4o", messages=MESSAGES
    )
    await _close(client)
    assert reply.choices[0].message.content == "hi"
    [sent] = fault_server.requests
    assert sent.method == "POST"
    assert sent.path == "/openai/deployments/my%20gpt%2F4o/chat/completions"
    assert _query(sent) == {"api-version": [VERSION]}
    assert sent.headers["api-key"] == KEY
    assert "authorization" not in sent.headers
    assert sent.json()["model"] == "my gpt/4o"  # the body is untouched


async def test_pinned_deployment_and_non_deployment_paths(
    cls: Any, fault_server: FaultServer
) -> None:
    embedding = {"object": "list", "model": "m", "data": [], "usage": {"prompt_tokens": 1, "total_tokens": 1}}  # fmt: skip
    fault_server.enqueue(
        json_reply(embedding),
        json_reply({"object": "list", "data": [], "has_more": False}),
    )
    client = _client(fault_server, cls, azure_deployment="pinned")
    await _call(client, client.embeddings.create, model="other", input="x", encoding_format="float")
    page = client.files.list()
    if isinstance(client, AsyncAzureOpenAIClient):
        assert [f async for f in page] == []
    else:
        assert list(page) == []
    await _close(client)
    first, second = fault_server.requests
    assert first.path == "/openai/deployments/pinned/embeddings"
    assert second.path == "/openai/files"  # files are not per deployment
    assert _query(first)["api-version"] == [VERSION] == _query(second)["api-version"]


async def test_multipart_model_routes_audio(cls: Any, fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply({"text": "hello"}))
    client = _client(fault_server, cls)
    result = await _call(
        client,
        client.audio.transcriptions.create,
        model="whisper-dep",
        file=("a.wav", b"RIFF....", "audio/wav"),
    )
    await _close(client)
    assert result.text == "hello"
    assert fault_server.requests[0].path == "/openai/deployments/whisper-dep/audio/transcriptions"


@pytest.mark.parametrize(
    ("version", "query"), [("v1", {}), ("preview", {"api-version": ["preview"]})]
)
async def test_v1_api_paths(cls: Any, fault_server: FaultServer, version: str, query: Any) -> None:
    fault_server.enqueue(json_reply(CHAT), json_reply({"object": "list", "data": []}))
    client = _client(fault_server, cls, api_version=version)
    await _call(client, client.chat.completions.create, model="dep", messages=MESSAGES)
    await _call(client, client.models.with_raw_response.list)
    await _close(client)
    chat, models = fault_server.requests
    assert chat.path == "/openai/v1/chat/completions" and models.path == "/openai/v1/models"
    assert _query(chat) == query == _query(models)
    assert chat.json()["model"] == "dep"


async def test_token_provider_called_per_attempt(fault_server: FaultServer) -> None:
    calls: list[int] = []

    def provider() -> str:
        calls.append(1)
        return f"entra-token-{len(calls)}"

    fault_server.enqueue(
        error_reply(429, "slow down", headers={"retry-after-ms": "1"}), json_reply(CHAT)
    )
    client = _client(fault_server, azure_ad_token_provider=provider, max_retries=1)
    with set_testing(attempts=2, cap=True):
        client.chat.completions.create(model="dep", messages=MESSAGES)
    client.close()
    first, second = fault_server.requests
    assert first.headers["authorization"] == "Bearer entra-token-1"
    assert second.headers["authorization"] == "Bearer entra-token-2"  # refreshed on the retry
    assert "api-key" not in first.headers and len(calls) == 2


async def test_async_token_provider_awaited(fault_server: FaultServer) -> None:
    async def provider() -> str:
        return "async-entra-token"

    fault_server.enqueue(json_reply(CHAT))
    client = _client(fault_server, AsyncAzureOpenAIClient, azure_ad_token_provider=provider)
    await client.chat.completions.create(model="dep", messages=MESSAGES)
    await client.aclose()
    assert fault_server.requests[0].headers["authorization"] == "Bearer async-entra-token"


async def test_static_token_and_bad_provider_results(fault_server: FaultServer) -> None:
    fault_server.default = json_reply(CHAT)
    client = _client(fault_server, azure_ad_token="static-token")
    client.chat.completions.create(model="dep", messages=MESSAGES)
    assert fault_server.requests[0].headers["authorization"] == "Bearer static-token"
    client.close()

    async def provider() -> str:
        return "x"

    with pytest.raises(ConfigurationError, match="AsyncAzureOpenAIClient"):
        _client(fault_server, azure_ad_token_provider=provider)
    returns_none = _client(fault_server, azure_ad_token_provider=lambda: None)
    with pytest.raises(ConfigurationError, match="returned NoneType"):
        returns_none.chat.completions.create(model="dep", messages=MESSAGES)
    returns_none.close()


async def test_rate_limit_headers_and_retry(cls: Any, fault_server: FaultServer) -> None:
    limits = {"x-ratelimit-remaining-requests": "9", "x-ratelimit-limit-requests": "10",
              "x-ratelimit-remaining-tokens": "990", "x-request-id": "azreq-1"}  # fmt: skip
    fault_server.enqueue(error_reply(503), json_reply(CHAT, headers=limits))
    client = _client(fault_server, cls).with_options(max_retries=1)
    with set_testing(attempts=2, cap=True):
        raw = await _call(
            client, client.chat.completions.with_raw_response.create, model="d", messages=MESSAGES
        )
    await _close(client)
    assert raw.rate_limit.remaining_requests == 9 and raw.rate_limit.limit_requests == 10
    assert raw.request_id == "azreq-1"
    # the copy kept Azure's route on both attempts
    assert [r.path for r in fault_server.requests] == ["/openai/deployments/d/chat/completions"] * 2


async def test_api_key_never_leaks(
    cls: Any, fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    def echo(request: RecordedRequest) -> Any:
        return error_reply(401, f"bad key {request.headers.get('api-key')}", code="invalid_api_key")

    fault_server.handler = echo
    client = _client(fault_server, cls)
    texts = [
        repr(client),
        str(client),
        repr(client.config),
        repr(client.with_options(max_retries=0)),
    ]
    with pytest.raises(errors.AuthenticationError) as info:
        await _call(client, client.chat.completions.create, model="d", messages=MESSAGES)
    await _close(client)
    assert fault_server.requests[0].headers["api-key"] == KEY  # it was sent
    texts += [str(info.value), repr(info.value), repr(info.value.body)]
    texts.append("".join(traceback.format_exception(info.value)))
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.__dict__) for record in caplog.records]
    assert caplog.records
    assert not [t for t in texts if KEY in t or KEY[8:] in t]


def test_api_key_stripped_for_another_origin() -> None:
    settings = resolve_settings(
        api_version=VERSION, azure_endpoint="https://res.openai.azure.com", api_key=KEY
    )
    client = AzureOpenAIClient(
        api_version=VERSION, azure_endpoint="https://res.openai.azure.com", api_key=KEY
    )
    from integrations_openai.azure._client import _credentials

    credentials = _credentials(client.config, settings)
    client.close()
    same = httpx.Request("GET", "https://res.openai.azure.com/openai/files")
    apply_credentials(same, credentials)
    assert same.headers["api-key"] == KEY
    other = httpx.Request("GET", "https://elsewhere.example/x", headers={"api-key": KEY})
    apply_credentials(other, credentials)  # a redirect target: no credential
    assert "api-key" not in other.headers and "authorization" not in other.headers


def test_environment_and_precedence() -> None:
    env = {
        "AZURE_OPENAI_ENDPOINT": "https://res.openai.azure.com/",
        "OPENAI_API_VERSION": "2025-01-01",
        "AZURE_OPENAI_API_KEY": "env-key",
        "OPENAI_API_KEY": "sk-never-used-here",
    }
    settings = resolve_settings(environ=env)
    assert settings.base_url == "https://res.openai.azure.com/openai"
    assert settings.api_version == "2025-01-01" and settings.header == "api-key"
    assert settings.credential.get_secret_value() == "env-key"
    with_token = resolve_settings(environ={**env, "AZURE_OPENAI_AD_TOKEN": "tok"})
    assert with_token.header == "Authorization" and with_token.prefix == "Bearer "
    explicit = resolve_settings(environ={**env, "AZURE_OPENAI_AD_TOKEN": "tok"}, api_key="k")
    assert explicit.header == "api-key"  # an explicit credential wins over the environment
    client = AzureOpenAIClient(environ=env)
    assert (
        client.base_url == "https://res.openai.azure.com/openai/"
        and client.api_version == "2025-01-01"
    )
    client.close()
    given = resolve_settings(
        api_version="v1", base_url="https://gw.example/openai/deployments/x", api_key="k"
    )
    assert given.fixed_deployment and given.base_url == "https://gw.example/openai/deployments/x"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"azure_endpoint": "https://r", "api_key": "k"}, "OPENAI_API_VERSION"),
        ({"api_version": VERSION, "api_key": "k"}, "AZURE_OPENAI_ENDPOINT"),
        ({"api_version": VERSION, "azure_endpoint": "https://r"}, "AZURE_OPENAI_API_KEY"),
        ({"api_version": VERSION, "azure_endpoint": "https://r", "base_url": "https://r", "api_key": "k"}, "mutually exclusive"),
        ({"api_version": VERSION, "azure_endpoint": "https://r", "api_key": "k", "azure_ad_token": "t"}, "only one"),
        ({"api_version": VERSION, "azure_endpoint": "https://r", "azure_ad_token_provider": "t"}, "callable"),
        ({"api_version": VERSION, "azure_endpoint": "https://r", "api_key": 5}, "not int"),
        ({"api_version": VERSION, "azure_endpoint": "https://r", "azure_ad_token": " "}, "azure_ad_token"),
        ({"api_version": 2024, "azure_endpoint": "https://r", "api_key": "k"}, "api_version must be"),
        ({"api_version": "v1", "azure_endpoint": "https://r", "api_key": "k", "azure_deployment": "d"}, "model="),
        ({"api_version": VERSION, "azure_endpoint": "not a url", "api_key": "k"}, "base_url"),
    ],
)  # fmt: skip
def test_bad_settings_are_configuration_errors(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as info:
        AzureOpenAIClient(environ={}, **kwargs)
    assert "LEAKCHECK" not in str(info.value)


def test_model_of_and_deployment_paths() -> None:
    assert model_of({"model": "a"}, None) == "a"
    assert model_of({"model": 3}, None) is None
    assert model_of(None, [("file", ("a", b"x", None)), ("model", (None, b"w", None))]) == "w"
    assert model_of(None, [("model", "bad")]) is None
    assert model_of(None, None) is None
    assert "/chat/completions" in DEPLOYMENT_PATHS and "/files" not in DEPLOYMENT_PATHS


def test_names_and_exports() -> None:
    assert AzureOpenAI is AzureOpenAIClient and AsyncAzureOpenAI is AsyncAzureOpenAIClient
    assert issubclass(AzureOpenAIClient, integrations_openai.OpenAIClient)
    import integrations_openai.azure as module

    public = {n for n, v in vars(module).items() if not n.startswith("_") and n != "annotations"}
    public = {n for n in public if not isinstance(getattr(module, n), type(module))}
    assert public == set(module.__all__) and len(module.__all__) == len(set(module.__all__))


def test_azure_identity_never_imported_at_import_time() -> None:
    code = (
        "import sys, integrations_openai, integrations_openai.azure\n"
        "print(any(m == 'azure' or m.startswith('azure.') for m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "False"


class FakeCredential:
    def __init__(self, lifetime: float, clock: list[float]) -> None:
        self.lifetime = lifetime
        self.clock = clock
        self.scopes: list[str] = []

    def get_token(self, scope: str) -> AccessToken:
        self.scopes.append(scope)
        return AccessToken(f"tok-{len(self.scopes)}", self.clock[0] + self.lifetime)


class AsyncFakeCredential(FakeCredential):
    async def get_token(self, scope: str) -> AccessToken:  # type: ignore[override]
        return FakeCredential.get_token(self, scope)


def test_entra_provider_refreshes_before_expiry() -> None:
    now = [1000.0]
    credential = FakeCredential(3600.0, now)
    provider = EntraTokenProvider(credential, refresh_margin=300, clock=lambda: now[0])
    assert provider() == "tok-1"
    now[0] += 3299  # 301 s before expiry: still fresh
    assert provider() == "tok-1"
    now[0] += 1  # inside the margin: refreshed before it expires
    assert provider() == "tok-2"
    assert credential.scopes == ["https://cognitiveservices.azure.com/.default"] * 2
    assert "tok" not in repr(provider)


async def test_async_entra_provider_refreshes_and_feeds_the_client(
    fault_server: FaultServer,
) -> None:
    now = [0.0]
    credential = AsyncFakeCredential(100.0, now)
    provider = AsyncEntraTokenProvider(
        credential, scope="s", refresh_margin=10, clock=lambda: now[0]
    )
    fault_server.default = json_reply(CHAT)
    client = _client(fault_server, AsyncAzureOpenAIClient, azure_ad_token_provider=provider)
    await client.chat.completions.create(model="d", messages=MESSAGES)
    await client.chat.completions.create(model="d", messages=MESSAGES)
    now[0] = 95.0
    await client.chat.completions.create(model="d", messages=MESSAGES)
    await client.aclose()
    tokens = [r.headers["authorization"] for r in fault_server.requests]
    assert tokens == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]
    assert "tok" not in repr(provider)


async def test_entra_provider_problems() -> None:
    with pytest.raises(ConfigurationError, match="azure-identity"):
        EntraTokenProvider()()
    with pytest.raises(ConfigurationError, match="azure-identity"):
        await AsyncEntraTokenProvider()()

    class Broken:
        def get_token(self, scope: str) -> object:
            return object()

    with pytest.raises(ConfigurationError, match="access token"):
        EntraTokenProvider(Broken())()
    with pytest.raises(ConfigurationError, match="refresh_margin"):
        EntraTokenProvider(Broken(), refresh_margin=-1)
    with pytest.raises(ConfigurationError, match="scope"):
        EntraTokenProvider(Broken(), scope="")
    assert (
        needs_refresh(None, 0, 0) and not needs_refresh(100, 0, 10) and needs_refresh(100, 90, 10)
    )


async def test_secret_sources_sync_and_async() -> None:
    from integrations_openai._secret import Secret

    async def source() -> str:
        return "tok"

    with pytest.raises(ConfigurationError, match="async"):
        Secret(source).get_secret_value()
    assert await Secret(source).aget_secret_value() == "tok"
    assert await Secret("plain").aget_secret_value() == "plain"
    assert await Secret(lambda: "sync").aget_secret_value() == "sync"
