"""Generated api functions, sync and async, go through our transport stack."""

from __future__ import annotations

import pytest
from integrations_openai_api.api.models import delete_model, list_models

from integrations_openai import _client
from integrations_openai.errors import ConfigurationError, NotFoundError
from tests.support.drivers import TEST_KEY, Driver
from tests.support.faultserver import FaultServer, error_reply, json_reply

MODELS = {
    "object": "list",
    "data": [{"id": "gpt-x", "object": "model", "created": 1, "owned_by": "me"}],
}


async def _call(driver: Driver, module, **kwargs):  # type: ignore[no-untyped-def]
    if driver.is_async:
        return await module.asyncio_detailed(**kwargs)
    return module.sync_detailed(**kwargs)


async def test_generated_functions_use_the_stack(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.enqueue(error_reply(503), json_reply(MODELS), error_reply(404, "no such model"))
    client = driver.client(base_url=fault_server.url + "/v1", organization="org-g")
    try:
        api = client.api
        assert client.api is api  # cached per client
        response = await _call(driver, list_models, client=api)
        assert response.parsed.data[0].id == "gpt-x"
        with pytest.raises(NotFoundError, match="no such model"):
            await _call(driver, delete_model, model="gpt-x", client=api)
    finally:
        await driver.close(client)
    retried, ok, deleted = fault_server.requests
    assert (retried.path, ok.path) == ("/v1/models", "/v1/models")
    assert ok.headers["x-retry-count"] == "1"  # the 503 was retried by our retry layer
    assert ok.headers["authorization"] == f"Bearer {TEST_KEY}"
    assert ok.headers["openai-organization"] == "org-g"
    assert deleted.method == "DELETE"
    assert deleted.headers["idempotency-key"]


async def test_other_driver_is_refused(driver: Driver) -> None:
    client = driver.client(base_url="http://127.0.0.1:9/v1")
    try:
        other = Driver("sync" if driver.is_async else "async")
        with pytest.raises(ConfigurationError, match="belongs to"):
            await _call(other, list_models, client=client.api)
    finally:
        await driver.close(client)


def test_missing_generated_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_client, "GENERATED_PACKAGE", "no_such_generated_pkg")
    client = _client.OpenAIClient(api_key=TEST_KEY)
    with pytest.raises(ConfigurationError, match="not importable"):
        client.api  # noqa: B018
    client.close()
