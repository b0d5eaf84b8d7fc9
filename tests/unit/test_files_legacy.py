"""``files.wait_for_processing`` and the deprecated ``files.retrieve_content`` (the official
SDK's spellings), over a real socket, sync and async. Time is injected: no wall clock."""

from __future__ import annotations

from typing import Any

import pytest

from integrations_openai.errors import TimeoutError
from integrations_openai.polling import PollTimeoutError, use_timer
from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, Reply, json_reply
from tests.unit.test_pollers import FakeTime

FILE = {
    "id": "file-abc",
    "object": "file",
    "bytes": 12,
    "created_at": 1,
    "filename": "data.jsonl",
    "purpose": "batch",
    "status": "uploaded",
}


async def _call(driver: Driver, method: Any, *args: Any, **kwargs: Any) -> Any:
    result = method(*args, **kwargs)
    return await result if driver.is_async else result


@pytest.mark.parametrize("final", ["processed", "error", "deleted"])
async def test_wait_for_processing_stops_at_a_final_status(
    driver: Driver, fault_server: FaultServer, final: str
) -> None:
    fault_server.enqueue(
        json_reply(FILE),
        json_reply({**FILE, "status": "uploaded"}),
        json_reply({**FILE, "status": final}),
    )
    client: Any = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    fake = FakeTime()
    with use_timer(fake.timer()):
        result = await _call(
            driver, client.files.wait_for_processing, "file-abc", poll_interval=2.5
        )
    await driver.close(client)
    assert result.status == final
    assert fake.sleeps == [2.5, 2.5]  # the SDK's cadence: retrieve, then sleep between retrieves
    assert [(r.method, r.path) for r in fault_server.requests] == [
        ("GET", "/v1/files/file-abc")
    ] * 3


async def test_wait_for_processing_gives_up_after_max_wait_seconds(
    driver: Driver, fault_server: FaultServer
) -> None:
    def never_moves(request: Any) -> Reply:
        return json_reply(FILE)

    fault_server.handler = never_moves
    client: Any = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    fake = FakeTime()
    with use_timer(fake.timer()), pytest.raises(RuntimeError) as caught:
        await _call(driver, client.files.wait_for_processing, "file-abc", max_wait_seconds=12.0)
    await driver.close(client)
    # the SDK raises RuntimeError; ours is also our taxonomy's TimeoutError
    assert isinstance(caught.value, PollTimeoutError) and isinstance(caught.value, TimeoutError)
    assert "last status 'uploaded'" in str(caught.value)
    assert fake.sleeps == [5.0, 5.0, 2.0]  # default interval, the last sleep cut at the deadline


def test_wait_for_processing_defaults_are_the_sdks(fault_server: FaultServer) -> None:
    from integrations_openai import OpenAIClient

    def never_moves(request: Any) -> Reply:
        return json_reply(FILE)

    fault_server.handler = never_moves
    fake = FakeTime()
    with (
        OpenAIClient(
            api_key="sk-test-files", base_url=fault_server.url + "/v1", max_retries=0
        ) as client,
        use_timer(fake.timer()),
        pytest.raises(PollTimeoutError),
    ):
        client.files.wait_for_processing("file-abc")
    assert sum(fake.sleeps) == 30 * 60.0 and set(fake.sleeps) == {5.0}


async def test_retrieve_content_is_the_body_as_text_and_deprecated(
    driver: Driver, fault_server: FaultServer
) -> None:
    headers = {"content-type": "application/octet-stream", "x-request-id": "req_content"}
    body = b'{"custom_id": "r-1"}\n'
    for _ in range(3):
        fault_server.enqueue(Reply(status=200, body=body, headers=headers))
    client: Any = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    with pytest.warns(DeprecationWarning, match="use `content`"):
        text = await _call(driver, client.files.retrieve_content, "file-abc")
    with pytest.warns(DeprecationWarning):
        raw = await _call(driver, client.files.with_raw_response.retrieve_content, "file-abc")
    with pytest.warns(DeprecationWarning):
        manager = client.files.with_streaming_response.retrieve_content("file-abc")
    if driver.is_async:
        async with manager as streamed:
            streamed_text = await streamed.parse()
    else:
        with manager as streamed:
            streamed_text = streamed.parse()
    await driver.close(client)
    assert text == '{"custom_id": "r-1"}\n' and type(text) is str
    assert raw.parse() == text and raw.request_id == "req_content" and raw.status_code == 200
    assert streamed_text == text
    assert [r.path for r in fault_server.requests] == ["/v1/files/file-abc/content"] * 3


async def test_checkpoint_permissions_retrieve_is_one_list_call_and_deprecated(
    driver: Driver, fault_server: FaultServer
) -> None:
    permission = {
        "id": "cp_1",
        "object": "checkpoint.permission",
        "created_at": 1,
        "project_id": "proj_1",
    }
    listing = {
        "object": "list",
        "data": [permission],
        "has_more": True,
        "first_id": "cp_1",
        "last_id": "cp_1",
    }
    for _ in range(2):
        fault_server.enqueue(json_reply(listing))
    client: Any = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    permissions = client.fine_tuning.checkpoints.permissions
    with pytest.warns(DeprecationWarning, match="use `list`"):
        body = await _call(driver, permissions.retrieve, "ft:m:ckpt", limit=1)
    with pytest.warns(DeprecationWarning):
        raw = await _call(driver, permissions.with_raw_response.retrieve, "ft:m:ckpt")
    await driver.close(client)
    # One page's body, as the SDK's retrieve answers: has_more stays True, nothing follows.
    assert body.object == "list" and body.has_more is True
    assert [p.id for p in body.data] == ["cp_1"]
    assert raw.parse().to_dict() == listing
    assert [(r.path, r.query) for r in fault_server.requests] == [
        ("/v1/fine_tuning/checkpoints/ft:m:ckpt/permissions", "limit=1"),
        ("/v1/fine_tuning/checkpoints/ft:m:ckpt/permissions", ""),
    ]
