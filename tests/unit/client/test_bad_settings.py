"""Bad settings fail at the boundary: a ConfigurationError naming the argument, never the key.

Each case runs with both ``OpenAIClient`` and ``AsyncOpenAIClient`` (the ``driver`` fixture).
"""

from __future__ import annotations

import inspect
import typing
from pathlib import Path
from typing import Any

import pytest

from integrations_openai import _requester
from integrations_openai._client import AsyncOpenAIClient, OpenAIClient
from integrations_openai._policies import RetryPolicy
from integrations_openai.errors import ConfigurationError
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer

BAD_CONSTRUCTOR_ARGUMENTS = [
    ("default_headers", {"X-Count": 1}),
    ("default_headers", ["X-A: b"]),
    ("default_headers", {"X-A": "v\r\nX-Injected: 1"}),
    ("default_headers", {"X-A": "v\nw"}),
    ("default_headers", {"X-A": "nul\x00"}),
    ("default_headers", {"X-A": "caf\u00e9"}),
    ("default_headers", {"bad name": "v"}),
    ("default_headers", {7: "v"}),
    ("api_key", 5),
    ("api_key", b"sk-bytes-0123456789"),
    ("ca_bundle", "/missing/ca-bundle.pem"),
    ("ca_bundle", 42),
    ("environ", ["OPENAI_API_KEY=sk-x"]),
    ("follow_redirects", "no"),
    ("allow_insecure_http", "yes"),
    ("max_retries", 101),
    ("max_retries", -1),
    ("max_retries", True),
    ("listeners", 5),
]


def _raises_naming(argument: str) -> Any:
    return pytest.raises(ConfigurationError, match=argument)


@pytest.mark.parametrize(("argument", "value"), BAD_CONSTRUCTOR_ARGUMENTS)
def test_a_bad_setting_is_a_configuration_error_at_construction(
    driver: Driver, argument: str, value: object
) -> None:
    with _raises_naming(argument) as caught:
        driver.client(**{argument: value})
    assert TEST_KEY not in str(caught.value)


def test_a_header_value_carrying_the_key_is_refused_without_quoting_it(driver: Driver) -> None:
    # A header that smuggles a second line in: refused, and the value never echoed back.
    headers = {"Authorization": f"Bearer {TEST_KEY}\r\nX-Injected: 1"}
    with _raises_naming("default_headers") as caught:
        driver.client(default_headers=headers)
    assert TEST_KEY not in str(caught.value)
    assert TEST_KEY not in repr(caught.value)


def test_a_ca_bundle_without_certificates_is_refused(driver: Driver, tmp_path: Path) -> None:
    bundle = tmp_path / "not-a-bundle.pem"
    bundle.write_text("this is not a certificate\n")
    with _raises_naming("ca_bundle"):
        driver.client(ca_bundle=str(bundle))


def test_good_default_headers_still_go_out(driver: Driver) -> None:
    client = driver.client(default_headers={"X-Team": "search\tv2"})
    assert client.config.default_headers == {"X-Team": "search\tv2"}


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("extra_headers", {"X-Count": 1}),
        ("extra_headers", ["X-A: b"]),
        ("extra_headers", {"X-A": "v\r\nX-Injected: 1"}),
        ("max_retries", 101),
        ("max_retries", -1),
        ("max_retries", "3"),
        ("timeout", "soon"),
    ],
)
async def test_with_options_refuses_bad_settings(
    driver: Driver, argument: str, value: object
) -> None:
    client = driver.client()
    with _raises_naming(argument):
        client.with_options(**{argument: value})
    await driver.close(client)


def _message(action: Any) -> str:
    with pytest.raises(ConfigurationError) as caught:
        action()
    return str(caught.value)


@pytest.mark.parametrize("retries", [101, -1, True, 2.0])
async def test_every_retry_count_is_judged_by_the_retry_policy_validator(
    driver: Driver, fault_server: FaultServer, retries: object
) -> None:
    # One rule, one message: the policy, the constructor, with_options and a facade call.
    expected = _message(lambda: RetryPolicy(max_retries=retries))
    assert _message(lambda: driver.client(max_retries=retries)) == expected
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    assert _message(lambda: client.with_options(max_retries=retries)) == expected
    with pytest.raises(ConfigurationError) as caught:
        result = client.models.retrieve("gpt-4o", max_retries=retries)  # type: ignore[arg-type]
        if inspect.isawaitable(result):
            await result
    assert str(caught.value) == expected
    assert fault_server.requests == []  # refused before anything was sent
    await driver.close(client)


def test_the_largest_accepted_retry_count_passes_everywhere(driver: Driver) -> None:
    client = driver.client(max_retries=100)
    assert client.with_options(max_retries=100).max_retries == 100


@pytest.mark.parametrize(
    ("cls", "requester"),
    [(OpenAIClient, _requester.SyncRequester), (AsyncOpenAIClient, _requester.AsyncRequester)],
)
def test_the_requester_is_typed_as_its_driver(cls: type[Any], requester: type[Any]) -> None:
    hints = typing.get_type_hints(cls.__dict__["_requester"].func, localns=vars(_requester))
    assert hints["return"] is requester
    assert isinstance(cls(api_key=TEST_KEY)._requester, requester)
