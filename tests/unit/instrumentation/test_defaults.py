"""Backend selection by installed extras, the missing-extra error, URL helpers, import cost."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
from prometheus_client import CollectorRegistry

from integrations_openai.errors import ConfigurationError
from integrations_openai.instrumentation import Listener, _defaults
from integrations_openai.instrumentation._defaults import default_listeners
from integrations_openai.instrumentation._otel import OpenTelemetryListener
from integrations_openai.instrumentation._prometheus import PrometheusListener
from integrations_openai.instrumentation._urls import host_of, safe_url, split_host


def test_default_listeners_pick_every_installed_backend() -> None:
    listeners = default_listeners()
    assert [type(x) for x in listeners] == [OpenTelemetryListener, PrometheusListener]
    assert all(isinstance(x, Listener) for x in listeners)


def test_default_listeners_skip_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        if name.startswith("opentelemetry"):
            return None
        if name == "prometheus_client":
            raise ValueError("half-installed")
        return real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(_defaults.importlib.util, "find_spec", find_spec)
    assert default_listeners() == []


def test_missing_extras_are_configuration_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)
    monkeypatch.setitem(sys.modules, "prometheus_client", None)
    with pytest.raises(ConfigurationError, match=r"integrations-openai\[otel\]"):
        OpenTelemetryListener()
    with pytest.raises(ConfigurationError, match=r"integrations-openai\[prometheus\]"):
        PrometheusListener(CollectorRegistry())


def test_listeners_plug_into_the_client() -> None:
    from integrations_openai import OpenAIClient

    client = OpenAIClient(
        api_key="sk-test-x",
        listeners=[OpenTelemetryListener(), PrometheusListener(CollectorRegistry())],
    )
    client.close()


def test_package_import_does_not_load_the_backends() -> None:
    code = (
        "import sys, integrations_openai, integrations_openai.instrumentation;"
        "import integrations_openai.instrumentation._otel, integrations_openai.instrumentation._prometheus;"
        "bad = [m for m in sys.modules if m.startswith(('opentelemetry', 'prometheus_client'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.openai.com/v1/models", "https://api.openai.com/v1/models"),
        ("https://u:p@h.test:8443/x?q=1#f", "https://h.test:8443/x"),
        ("http://[::1]:9000/v1/x?key=sk-abcdefghijk", "http://[::1]:9000/v1/x"),
        ("http://h:bad/x?y=1", "http://h:bad/x"),
        ("/v1/sk-abcdefghijklmnop", "/v1/sk-***"),
    ],
)
def test_safe_url(url: str, expected: str) -> None:
    assert safe_url(url) == expected


def test_host_helpers() -> None:
    assert host_of("https://API.openai.com/v1") == "api.openai.com"
    assert host_of("http://[::1]:8080/x") == "[::1]:8080"
    assert host_of("http://h:bad/x") == ""
    assert split_host("[::1]:8080") == {"server.address": "::1", "server.port": 8080}
    assert split_host("h:bad") == {"server.address": "h:bad"}
    assert split_host("") == {"server.address": ""}


def test_public_names() -> None:
    from integrations_openai import instrumentation

    assert instrumentation.OpenTelemetryListener is OpenTelemetryListener
    assert instrumentation.PrometheusListener is PrometheusListener
    assert instrumentation.default_listeners is default_listeners
    assert {"OpenTelemetryListener", "PrometheusListener", "default_listeners"} <= set(
        instrumentation.__all__
    )
