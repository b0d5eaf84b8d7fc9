"""Config from arguments and environment, validated at construction."""

from __future__ import annotations

import math

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integrations_openai import config as cfg
from integrations_openai.config import (
    DEFAULT_BASE_URL,
    BreakerPolicy,
    RateLimitPolicy,
    RetryPolicy,
    Timeout,
    load_config,
)
from integrations_openai.errors import ConfigurationError

KEY = "sk-test-CONFIGKEY123456"


def test_defaults_are_explicit_and_finite() -> None:
    timeout = Timeout()
    for value in (timeout.connect, timeout.read, timeout.write, timeout.pool, timeout.total):
        assert 0 < value < math.inf
    # Long reasoning calls: one full read window fits inside the total deadline.
    assert timeout.read >= 600
    assert timeout.total > timeout.read
    assert timeout.stream_idle <= timeout.read


def test_timeout_to_httpx_stream_uses_idle_timeout() -> None:
    timeout = Timeout(read=100, stream_idle=7)
    assert timeout.to_httpx().read == 100
    assert timeout.to_httpx(stream=True).read == 7
    assert timeout.to_httpx(stream=True).connect == timeout.connect


@pytest.mark.parametrize("bad", [0, -1, math.inf, math.nan, None, "10", True])
def test_timeout_rejects_no_timeout_and_junk(bad: object) -> None:
    with pytest.raises(ConfigurationError):
        Timeout(read=bad)  # type: ignore[arg-type]


@given(st.floats(min_value=0.001, max_value=10_000))
def test_number_is_total_deadline_and_caps_phases(total: float) -> None:
    timeout = Timeout.coerce(total)
    assert timeout.total == total
    for phase in (timeout.connect, timeout.read, timeout.write, timeout.pool, timeout.stream_idle):
        assert 0 < phase <= total


def test_positional_seconds_fill_the_phases_not_named_like_the_sdks_timeout() -> None:
    timeout = Timeout(60.0, connect=5.0)
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (5.0, 60.0, 60.0, 60.0)
    assert (timeout.total, timeout.stream_idle) == (cfg.DEFAULT_TOTAL_TIMEOUT, 300.0)
    assert Timeout(read=3) == Timeout(read=3.0, connect=cfg.DEFAULT_CONNECT_TIMEOUT)
    with pytest.raises(ConfigurationError):
        Timeout(None)  # type: ignore[arg-type]


def test_coerce_httpx_timeout_keeps_unset_phases_at_defaults() -> None:
    timeout = Timeout.coerce(httpx.Timeout(5.0, read=None))
    assert (timeout.connect, timeout.read) == (5.0, cfg.DEFAULT_READ_TIMEOUT)
    assert Timeout.coerce(timeout) is timeout


def test_arguments_win_over_environment() -> None:
    env = {
        "OPENAI_API_KEY": "sk-env-000000000",
        "OPENAI_BASE_URL": "https://env.example.com/v1/",
        "OPENAI_ORG_ID": "org-env",
        "OPENAI_PROJECT_ID": "proj-env",
    }
    from_env = load_config(environ=env)
    assert from_env.api_key.get_secret_value() == "sk-env-000000000"
    assert from_env.base_url == "https://env.example.com/v1"
    assert (from_env.organization, from_env.project) == ("org-env", "proj-env")
    explicit = load_config(
        api_key=KEY, base_url="https://x.example/v1", organization="o", project="p", environ=env
    )
    assert explicit.api_key.get_secret_value() == KEY
    assert (explicit.base_url, explicit.organization, explicit.project) == (
        "https://x.example/v1",
        "o",
        "p",
    )


def test_defaults_without_environment() -> None:
    config = load_config(api_key=KEY, environ={})
    assert config.base_url == DEFAULT_BASE_URL
    assert config.max_retries == 3
    assert config.breaker == BreakerPolicy()
    assert config.rate_limit is None
    assert config.allow_insecure_http is False
    assert config.url.host == "api.openai.com"


@pytest.mark.parametrize("env", [{}, {"OPENAI_API_KEY": ""}, {"OPENAI_API_KEY": "   "}])
def test_missing_key_is_configuration_error(env: dict[str, str]) -> None:
    with pytest.raises(ConfigurationError, match="OPENAI_API_KEY"):
        load_config(environ=env)


def test_empty_callable_free_secret() -> None:
    from integrations_openai._secret import Secret

    with pytest.raises(ConfigurationError, match="empty"):
        load_config(api_key=Secret(""), environ={})


@pytest.mark.parametrize(
    "url",
    [
        "api.openai.com/v1",
        "ftp://api.openai.com",
        "https://",
        "https://user:pw@api.openai.com/v1",
        "https://api.openai.com/v1?x=1",
        "https://api.openai.com/v1#frag",
        "http://[::1",
        "http://api.openai.com/v1",  # plain http off-machine
        "localhost:8080/v1",  # no scheme (parses as scheme "localhost")
        "//api.openai.com/v1",
        "https:/api.openai.com/v1",
        "ftp://api.openai.com/v1",
        "file:///etc/passwd",
        "https://api openai.com/v1",  # httpx would quietly make that "api%20openai.com"
        "https://api.openai.com/v 1",
        "https://api.openai.com\t/v1",
        "https://a%20b.com/v1",
        "https://a..b.com/v1",
        "https://api.openai.com:99999/v1",
        "https://api.openai.com:0/v1",
        "https://api.openai.com:port/v1",
        "   ",
    ],
)
def test_malformed_or_unsafe_base_url(url: str) -> None:
    with pytest.raises(ConfigurationError, match=r"base_url|http://"):
        load_config(api_key=KEY, base_url=url, environ={})


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (" https://api.openai.com/v1/\n", "https://api.openai.com/v1"),
        ("HTTPS://API.OPENAI.COM/v1", "https://api.openai.com/v1"),
        ("https://bücher.example/v1", "https://xn--bcher-kva.example/v1"),
        ("https://[::1]:8443/v1", "https://[::1]:8443/v1"),
        (
            "https://gateway_svc.internal:8443/openai/v1",
            "https://gateway_svc.internal:8443/openai/v1",
        ),
    ],
)
def test_well_formed_base_url_is_normalised(url: str, expected: str) -> None:
    assert load_config(api_key=KEY, base_url=url, environ={}).base_url == expected


def test_base_url_from_environment_is_validated_too() -> None:
    with pytest.raises(ConfigurationError, match="whitespace"):
        load_config(environ={"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": "https://a b/v1"})


def test_plain_http_allowed_for_loopback_or_when_explicit() -> None:
    assert load_config(api_key=KEY, base_url="http://127.0.0.1:8080/v1", environ={})
    assert load_config(api_key=KEY, base_url="http://localhost/v1", environ={})
    allowed = load_config(
        api_key=KEY, base_url="http://proxy.internal/v1", allow_insecure_http=True, environ={}
    )
    assert allowed.base_url == "http://proxy.internal/v1"


def test_policy_knobs() -> None:
    config = load_config(
        api_key=KEY,
        max_retries=5,
        retry=RetryPolicy(max_backoff=1.0),
        circuit_breaker=False,
        rate_limit=RateLimitPolicy(requests_per_minute=10),
        environ={},
    )
    assert config.retry == RetryPolicy(max_retries=5, max_backoff=1.0)
    assert config.breaker is None
    assert config.rate_limit == RateLimitPolicy(requests_per_minute=10)
    custom = BreakerPolicy(fail_max=2)
    assert load_config(api_key=KEY, circuit_breaker=custom, environ={}).breaker is custom


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"max_retries": True},
        {"max_retries": "3"},
        {"retry": {"max_retries": 1}},
        {"circuit_breaker": "yes"},
        {"rate_limit": 10},
        {"listeners": [object()]},
    ],
)
def test_bad_knobs_are_configuration_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        load_config(api_key=KEY, environ={}, **kwargs)  # type: ignore[arg-type]


def test_config_repr_hides_key() -> None:
    config = load_config(api_key=KEY, environ={})
    assert KEY not in repr(config)


@pytest.mark.parametrize(
    "key",
    ["sk-abc\ndef-HIDDENPART", "sk-abc def-HIDDENPART", "sk-abcé-HIDDENPART", "sk-\x00-HIDDENPART"],
)
def test_a_key_that_cannot_be_a_header_fails_at_construction(key: str) -> None:
    with pytest.raises(ConfigurationError, match="API key contains") as info:
        load_config(api_key=key, environ={})
    assert "HIDDENPART" not in str(info.value) + repr(info.value)


def test_outer_whitespace_around_the_key_is_harmless() -> None:
    config = load_config(api_key=f"  {KEY}\n", environ={})
    assert config.api_key.get_secret_value() == KEY


@pytest.mark.parametrize("field", ["organization", "project"])
@pytest.mark.parametrize("bad", ["org\n1", "orgé", 42])
def test_org_and_project_must_be_header_safe(field: str, bad: object) -> None:
    with pytest.raises(ConfigurationError, match=field):
        load_config(api_key=KEY, environ={}, **{field: bad})  # type: ignore[arg-type]
    config = load_config(api_key=KEY, environ={}, **{field: " org-1 "})  # type: ignore[arg-type]
    assert getattr(config, field) == "org-1"


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.builds(
            lambda scheme, rest: f"{scheme}{rest}",
            st.sampled_from(["https://", "http://", "http://127.0.0.1", "ftp://", "https:", ""]),
            st.text(),
        ),
    )
)
def test_any_base_url_is_accepted_or_a_configuration_error(text: str) -> None:
    try:
        config = load_config(api_key=KEY, base_url=text, environ={})
    except ConfigurationError:
        return
    url = httpx.URL(config.base_url)
    assert url.scheme in ("http", "https") and url.host
    assert not any(char.isspace() for char in config.base_url)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_key_is_accepted_as_header_safe_or_a_configuration_error(key: str) -> None:
    try:
        config = load_config(api_key=key, environ={})
    except ConfigurationError as exc:
        assert len(key.strip()) < 8 or key.strip() not in str(exc)  # never quoted
        return
    value = config.api_key.get_secret_value()
    assert value and all(33 <= ord(char) <= 126 for char in value)
