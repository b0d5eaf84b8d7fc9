"""The official SDK's top-level names resolve on our package after the import swap."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest

import integrations_openai
from integrations_openai import _module_client

# SDK features this client does not offer (other providers, websocket sessions, the computer
# toolset, OAuth) and typing aliases of the SDK's own internals.
NOT_OFFERED = frozenset(
    {
        "AsyncBedrockOpenAI",
        "AsyncComputerDriver",
        "AsyncComputerToolset",
        "BedrockOpenAI",
        "ComputerDriver",
        "ComputerToolset",
        "DataResidency",
        "NoneType",
        "OAuthError",
        "ProxiesTypes",
        "ReconnectingEvent",
        "ReconnectingOverrides",
        "RequestOptions",
        "Transport",
        "WebSocketConnectionClosedError",
        "WebSocketQueueFullError",
        "__title__",
    }
)


def test_every_sdk_export_resolves_but_the_features_we_do_not_offer() -> None:
    missing = {name for name in openai.__all__ if not hasattr(integrations_openai, name)}
    assert missing == NOT_OFFERED


def test_aliases_are_our_classes_and_values() -> None:
    ours = integrations_openai
    assert ours.Client is ours.OpenAI and ours.AsyncClient is ours.AsyncOpenAI
    assert ours.not_given is ours.NOT_GIVEN
    assert ours.__version__ == ours.VERSION
    assert ours.DEFAULT_MAX_RETRIES == 3  # ours, not the SDK's 2 (DESIGN: max_retries=3)
    assert isinstance(ours.DEFAULT_CONNECTION_LIMITS, httpx.Limits)
    assert ours.Timeout() == ours.DEFAULT_TIMEOUT
    assert ours.HttpxBinaryResponseContent is ours.BinaryContent
    assert ours.APIResponse is ours.StreamedResponse
    assert ours.AsyncAPIResponse is ours.AsyncStreamedResponse


def test_stream_names_are_our_stream_classes_and_satisfy_the_declared_views() -> None:
    from integrations_openai_api._facade_runtime import AsyncEventStream, EventStream

    from integrations_openai import _legacy_response, stream

    assert integrations_openai.Stream is stream.Stream
    assert integrations_openai.AsyncStream is stream.AsyncStream
    response = httpx.Response(200, content=b"data: [DONE]\n\n")
    events = stream.Stream(response)
    assert isinstance(events, EventStream) and not isinstance(events, AsyncEventStream)
    assert events.response is response and list(events) == []
    assert _legacy_response.LegacyAPIResponse is integrations_openai.RawResponse
    assert _legacy_response.HttpxBinaryResponseContent is integrations_openai.BinaryContent


def test_base_model_is_the_base_of_every_result() -> None:
    from integrations_openai.types.chat import ChatCompletion

    assert issubclass(ChatCompletion, integrations_openai.BaseModel)


def test_file_from_path_reads_name_and_bytes(tmp_path: Path) -> None:
    path = tmp_path / "train.jsonl"
    path.write_bytes(b'{"a": 1}\n')
    assert integrations_openai.file_from_path(path) == ("train.jsonl", b'{"a": 1}\n')
    assert integrations_openai.file_from_path(str(path))[0] == "train.jsonl"
    with pytest.raises(FileNotFoundError):
        integrations_openai.file_from_path(tmp_path / "absent")


def test_types_and_its_subpackages_load_on_attribute_access() -> None:
    code = (
        "import integrations_openai as openai\n"
        "print(openai.types.beta.threads.runs.__name__, openai.types.chat.ChatCompletion.__name__)\n"
        "try:\n"
        "    openai.types.beta.nothing_here\n"
        "except AttributeError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0].split() == [
        "integrations_openai.types.beta.threads.runs",
        "ChatCompletion",  # the SDK's name (the class is generated as another)
    ]
    assert out[1] == "module 'integrations_openai.types.beta' has no attribute 'nothing_here'"


@pytest.fixture
def module_state() -> object:
    saved = dict(_module_client._values)
    yield
    for _, client in _module_client._built:
        client.close()
    _module_client._built.clear()
    _module_client._values.update(saved)


def test_package_level_webhooks_use_the_package_level_secret(
    module_state: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from integrations_openai.webhooks import secret_key, sign

    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    ours = integrations_openai
    secret = "whsec_" + base64.b64encode(b"package-level-secret-0123456789").decode()
    ours.webhook_secret = secret  # no API key needed: a signature check makes no call
    payload = json.dumps(
        {
            "id": "evt_1",
            "type": "batch.completed",
            "created_at": 1,
            "object": "event",
            "data": {"id": "batch_1"},
        }
    )
    now = int(time.time())  # the delivery's timestamp must be recent; no timing asserted
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(now),
        "webhook-signature": sign(secret_key(secret), "msg_1", now, payload),
    }
    ours.webhooks.verify_signature(payload, headers)
    assert ours.webhooks.unwrap(payload, headers).type == "batch.completed"
    with pytest.raises(ours.InvalidWebhookSignatureError):
        ours.webhooks.unwrap(payload, {**headers, "webhook-signature": "v1,AAAA"})
    ours.webhook_secret = None
    with pytest.raises(ours.ConfigurationError):
        ours.webhooks.unwrap(payload, headers)
