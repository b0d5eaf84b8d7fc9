"""The package as a client (``openai.api_key = ...; openai.models.list()``) and OPENAI_LOG."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator

import pytest

import integrations_openai
from integrations_openai import ConfigurationError, _module_client
from integrations_openai._logs import setup_logging
from integrations_openai.transport._telemetry import LOGGER_NAME
from tests.support.drivers import TEST_KEY
from tests.support.faultserver import FaultServer, json_reply

MODEL = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}


@pytest.fixture
def module_state() -> Iterator[None]:
    saved = dict(_module_client._values)
    yield
    for _, client in _module_client._built:
        client.close()
    _module_client._built.clear()
    _module_client._values.update(saved)


def test_settings_build_the_default_client_lazily(
    module_state: None, fault_server: FaultServer
) -> None:
    fault_server.default = json_reply(MODEL)
    openai = integrations_openai
    assert openai.api_key is None and not _module_client._built
    openai.api_key = TEST_KEY
    openai.base_url = fault_server.url + "/v1"
    openai.max_retries = 0
    openai.default_headers = {"X-App": "demo"}
    assert not _module_client._built  # nothing built until a resource is used
    model = openai.models.retrieve("gpt-4o")
    assert model.id == "gpt-4o"
    first = _module_client.default_client()
    assert first.max_retries == 0
    assert openai.models.retrieve("gpt-4o").id == "gpt-4o"
    assert _module_client.default_client() is first  # same settings, same client
    openai.organization = "org-9"
    openai.chat  # noqa: B018 - any resource rebuilds after a setting changed
    assert _module_client.default_client() is not first
    requests = fault_server.requests
    assert requests[0].headers["authorization"] == f"Bearer {TEST_KEY}"
    assert requests[0].headers["x-app"] == "demo"


def test_a_resource_is_reachable_before_the_key_is_set(
    module_state: None, fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As the SDK's proxies: `hasattr(openai, "chat")` holds and a method fetched early works
    # once the key is set; a call made without one raises the client's own error.
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    fault_server.default = json_reply(MODEL)
    openai = integrations_openai
    assert hasattr(openai, "chat") and not _module_client._built
    retrieve = openai.models.retrieve
    assert isinstance(retrieve, _module_client.PendingResource)
    assert "pending openai.models.retrieve" in repr(retrieve)
    with pytest.raises(ConfigurationError, match="no API key"):
        retrieve("gpt-4o")
    with pytest.raises(AttributeError):
        _ = retrieve.__deepcopy__
    openai.api_key = TEST_KEY
    openai.base_url = fault_server.url + "/v1"
    openai.max_retries = 0
    assert retrieve("gpt-4o").id == "gpt-4o"
    assert not isinstance(openai.models.retrieve, _module_client.PendingResource)


def test_unknown_attributes_still_raise(module_state: None) -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        integrations_openai.no_such_thing  # type: ignore[attr-defined]  # noqa: B018
    assert "chat" in _module_client.resource_names()


def test_webhooks_is_reachable_as_a_package_attribute_without_a_client() -> None:
    code = (
        "import integrations_openai as o, integrations_openai._module_client as m\n"
        "print(o.webhooks.unwrap is not None, o.webhooks.__name__, bool(m._built))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "integrations_openai.webhooks", "False"]


def test_importing_builds_no_client() -> None:
    code = (
        "import integrations_openai as o, integrations_openai._module_client as m\n"
        "assert not m._built and o.api_key is None\n"
        "print(type(o).__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ClientModule"


@pytest.fixture
def our_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger(LOGGER_NAME)
    level = logger.level
    yield logger
    logger.setLevel(level)


@pytest.mark.parametrize(("value", "level"), [("debug", 10), ("INFO", 20), (" warning ", 30)])
def test_openai_log_sets_our_logger_level(
    our_logger: logging.Logger, value: str, level: int
) -> None:
    assert setup_logging({"OPENAI_LOG": value}) == level
    assert our_logger.level == level


@pytest.mark.parametrize("env", [{}, {"OPENAI_LOG": "loud"}])
def test_openai_log_unset_or_unknown_changes_nothing(
    our_logger: logging.Logger, env: dict[str, str]
) -> None:
    our_logger.setLevel(logging.ERROR)
    assert setup_logging(env) is None
    assert our_logger.level == logging.ERROR


def test_openai_log_debug_logs_calls_without_the_key(
    our_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fault_server: FaultServer,
) -> None:
    fault_server.default = json_reply(MODEL)
    monkeypatch.setenv("OPENAI_LOG", "debug")
    client = integrations_openai.OpenAI(api_key=TEST_KEY, base_url=fault_server.url + "/v1")
    assert our_logger.level == logging.DEBUG
    with caplog.at_level(logging.DEBUG, logger=LOGGER_NAME):
        client.models.retrieve("gpt-4o")
    client.close()
    ours = [r for r in caplog.records if r.name.startswith(LOGGER_NAME)]
    assert any("request end GET" in r.getMessage() for r in ours)
    assert all(TEST_KEY not in r.getMessage() for r in caplog.records)
