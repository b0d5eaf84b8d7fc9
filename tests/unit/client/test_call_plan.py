"""One call plan: client settings -> with_options -> per-call arguments -> test mode, resolved
once (``_plan.plan_call``) and read by every layer. The socket tests fail on the old code,
where a per-call ``max_retries`` skipped test mode."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest
from integrations_openai_api._facade_runtime import CallOptions

from integrations_openai import NOT_GIVEN, OpenAIClient, Timeout
from integrations_openai._options import apply_plan, options_of
from integrations_openai._plan import CallSettings, plan_call
from integrations_openai.errors import ConfigurationError, ServerError
from integrations_openai.testing import retries_for, set_testing
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer, error_reply

SRC = Path(__file__).resolve().parents[3] / "src" / "integrations_openai"
SETTINGS = CallSettings(timeout=Timeout.coerce(30), max_retries=3)
NOW = {"retry-after-ms": "0"}


def same(n: int) -> int:
    return n


def test_client_settings_apply_when_the_call_sets_nothing() -> None:
    plan = plan_call(SETTINGS, CallOptions(), now=100.0, retries_for=same)
    assert (plan.max_retries, plan.deadline, plan.stream) == (3, 130.0, False)
    assert plan.timeout is not None and plan.timeout.read == 30
    assert plan.estimated_tokens is None


def test_a_per_call_value_beats_the_client() -> None:
    options = CallOptions(timeout=Timeout(read=5, total=7), max_retries=0)
    plan = plan_call(SETTINGS, options, now=0.0, retries_for=same)
    assert (plan.max_retries, plan.deadline) == (0, 7.0)
    assert plan.timeout is not None and plan.timeout.read == 5


def test_a_stream_reads_with_the_idle_timeout() -> None:
    settings = CallSettings(timeout=Timeout(read=600, stream_idle=45), max_retries=1)
    plan = plan_call(settings, None, now=0.0, stream=True, retries_for=same)
    assert plan.stream and plan.timeout is not None and plan.timeout.read == 45


@pytest.mark.parametrize("per_call", [NOT_GIVEN, 0, 5, 100])
def test_test_mode_is_applied_last_whoever_set_the_retries(per_call: Any) -> None:
    with set_testing(attempts=1):
        plan = plan_call(SETTINGS, CallOptions(max_retries=per_call), now=0.0)
    assert plan.max_retries == 0
    with set_testing(attempts=3, cap=True):
        capped = plan_call(SETTINGS, CallOptions(max_retries=per_call), now=0.0)
    expected = 3 if per_call is NOT_GIVEN else per_call
    assert capped.max_retries == min(2, expected)
    assert plan_call(SETTINGS, CallOptions(max_retries=per_call), now=0.0).max_retries == (
        retries_for(expected)
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (CallOptions(max_retries=-1), "max_retries"),
        (CallOptions(timeout=0), "timeout"),
        (CallOptions(timeout="soon"), "timeout"),
    ],
)
def test_bad_per_call_values_fail_in_the_plan(options: CallOptions, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        plan_call(SETTINGS, options, now=0.0)


def test_apply_plan_writes_options_and_timeout_once() -> None:
    request = httpx.Request("GET", "https://api.test/v1/models")
    plan = plan_call(SETTINGS, CallOptions(timeout=9), now=0.0)
    apply_plan(request, plan)
    assert options_of(request) is plan
    assert request.extensions["timeout"]["read"] == 9


def test_the_facade_request_carries_the_plan_of_its_copy() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"object": "list", "data": []})

    client = OpenAIClient(api_key=TEST_KEY, transport=httpx.MockTransport(handler))
    client.with_options(timeout=12, max_retries=2).models.list().first_page  # noqa: B018
    client.models.list(timeout=4, max_retries=1).first_page  # noqa: B018
    first, second = (options_of(r) for r in seen)
    assert first is not None and first.timeout is not None
    assert second is not None and second.timeout is not None
    # (the wire timeout itself is then capped by what is left of the total deadline)
    assert (first.max_retries, first.timeout.read) == (2, 12)
    assert (second.max_retries, second.timeout.read) == (1, 4)
    client.close()


async def test_per_call_max_retries_obeys_test_mode_on_a_list_call(
    driver: Driver, fault_server: FaultServer
) -> None:
    # The old code validated a per-call max_retries but never passed it through test mode:
    # set_testing(attempts=1) still made 6 attempts for max_retries=5.
    fault_server.default = error_reply(503, headers=NOW)
    client: Any = driver.client(base_url=fault_server.url + "/v1", circuit_breaker=False)
    try:
        with set_testing(attempts=1), pytest.raises(ServerError):
            page = client.models.list(max_retries=5)
            await (page.first_page() if driver.is_async else _sync(page.first_page))
    finally:
        await driver.close(client)
    assert fault_server.request_count == 1


async def test_per_call_max_retries_obeys_test_mode_on_a_create_call(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.default = error_reply(503, headers=NOW)
    client: Any = driver.client(base_url=fault_server.url + "/v1", circuit_breaker=False)
    try:
        with set_testing(attempts=2), pytest.raises(ServerError):
            result = client.moderations.create(input="x", max_retries=7)
            if driver.is_async:
                await result
    finally:
        await driver.close(client)
    assert fault_server.request_count == 2


async def _sync(value: Any) -> Any:
    return value


def _imports(module: str) -> set[str]:
    tree = ast.parse((SRC / f"{module}.py").read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_no_import_cycle_between_client_requester_and_core() -> None:
    # Not even under TYPE_CHECKING: the requester sees the client through a protocol.
    assert "_client" not in _imports("_requester")
    assert "_client" not in _imports("_facade_core")
    assert "_requester" not in _imports("_facade_core")


def test_call_options_are_written_in_one_place() -> None:
    writers = [
        path.name
        for path in SRC.rglob("*.py")
        if "RequestOptions(" in path.read_text() and path.name != "_options.py"
    ]
    assert writers == ["_plan.py"]
    timeout_writers = [
        path.name for path in SRC.rglob("*.py") if 'extensions["timeout"] =' in path.read_text()
    ]
    assert timeout_writers == ["_options.py"]
    assert "apply_plan" in inspect.getsource(OpenAIClient.build_request)
