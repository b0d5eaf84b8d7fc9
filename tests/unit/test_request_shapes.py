"""Request shapes the real API takes, through the public client over a real socket.

One test per kind of spec defect the normalizer/facade generator now fixes: server-made
fields required in a request (``server_fields``), operations taking JSON or multipart
(``either`` bodies), and DELETEs whose spec declares no body (``None``, as the SDK's).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer, Reply, json_reply

IMAGES = {"created": 1, "data": [{"url": "https://img.example/1.png"}]}


async def _call(driver: Driver, method: Any, *args: Any, **kwargs: Any) -> Any:
    result = method(*args, **kwargs)
    return await result if driver.is_async else result


def _client(driver: Driver, server: FaultServer) -> Any:
    return driver.client(base_url=server.url + "/v1", max_retries=0)


async def test_realtime_session_create_takes_model(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(
        json_reply(
            {
                "id": "sess_1",
                "object": "realtime.session",
                "model": "gpt-realtime",
                "expires_at": 0,
                "client_secret": {"value": "ek_1", "expires_at": 2},
            }
        )
    )
    client = _client(driver, fault_server)
    session = await _call(
        driver, client.realtime.sessions.create, model="gpt-realtime", instructions="Be brief."
    )
    await driver.close(client)
    [sent] = fault_server.requests
    assert (sent.method, sent.path) == ("POST", "/v1/realtime/sessions")
    # no client_secret was needed; model went on the wire as given
    assert sent.json() == {"model": "gpt-realtime", "instructions": "Be brief."}
    assert session.id == "sess_1" and session.model == "gpt-realtime"


async def test_images_edit_json_references(driver: Driver, fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply(IMAGES))
    client = _client(driver, fault_server)
    result = await _call(
        driver,
        client.images.edit,
        images=[{"image_url": "https://img.example/in.png"}],
        mask={"file_id": "file-mask"},
        prompt="add a hat",
        model="gpt-image-1",
    )
    await driver.close(client)
    [sent] = fault_server.requests
    assert sent.headers["content-type"] == "application/json"
    assert sent.json() == {
        "images": [{"image_url": "https://img.example/in.png"}],
        "mask": {"file_id": "file-mask"},
        "prompt": "add a hat",
        "model": "gpt-image-1",
    }
    assert result.data[0].url == "https://img.example/1.png"


async def test_images_edit_with_a_file_stays_multipart(
    driver: Driver, fault_server: FaultServer
) -> None:
    fault_server.enqueue(json_reply(IMAGES))
    client = _client(driver, fault_server)
    await _call(
        driver, client.images.edit, image=("in.png", b"\x89PNG", "image/png"), prompt="add a hat"
    )
    await driver.close(client)
    [sent] = fault_server.requests
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="image"; filename="in.png"' in sent.body and b"\x89PNG" in sent.body
    assert b'name="prompt"' in sent.body


CONTAINER_FILE = {
    "id": "cfile_1",
    "object": "container.file",
    "container_id": "cntr_1",
    "created_at": 1,
    "path": "/mnt/data/a.csv",
    "source": "user",
}


@pytest.mark.parametrize("with_file", [False, True])
async def test_one_schema_for_both_encodings_sends_json_unless_a_file_is_given(
    driver: Driver, fault_server: FaultServer, with_file: bool
) -> None:
    # The spec offers JSON and multipart with one schema (the normalizer keeps one for the
    # generated endpoint); the facade sends JSON for a file id, as the SDK does.
    fault_server.enqueue(json_reply(CONTAINER_FILE))
    client = _client(driver, fault_server)
    given: dict[str, Any] = {"file": ("a.csv", b"a,b\n")} if with_file else {"file_id": "file-1"}
    result = await _call(driver, client.containers.files.create, "cntr_1", **given)
    await driver.close(client)
    [sent] = fault_server.requests
    assert (sent.method, sent.path) == ("POST", "/v1/containers/cntr_1/files")
    if with_file:
        assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert b'name="file"; filename="a.csv"' in sent.body
    else:
        assert sent.headers["content-type"] == "application/json"
        assert sent.json() == {"file_id": "file-1"}
    assert result.container_id == "cntr_1"


@pytest.mark.parametrize(
    ("resource", "args", "path", "object_"),
    [
        ("responses", ("resp_1",), "/v1/responses/resp_1", "response.deleted"),
        ("containers", ("cntr_1",), "/v1/containers/cntr_1", "container.deleted"),
        ("containers.files", ("file_1",), "/v1/containers/cntr_1/files/file_1", "container.file.deleted"),
    ],
)  # fmt: skip
async def test_a_delete_without_a_declared_body_returns_none_as_the_sdks(
    driver: Driver,
    fault_server: FaultServer,
    resource: str,
    args: tuple[str, ...],
    path: str,
    object_: str,
) -> None:
    body = {"id": args[0], "object": object_, "deleted": True}
    fault_server.enqueue(json_reply(body), Reply(status=204), json_reply(body))
    client = _client(driver, fault_server)
    target = client
    for part in resource.split("."):
        target = getattr(target, part)
    kwargs = {"container_id": "cntr_1"} if resource == "containers.files" else {}
    deleted = await _call(driver, target.delete, *args, **kwargs)
    empty = await _call(driver, target.delete, *args, **kwargs)
    raw = await _call(driver, target.with_raw_response.delete, *args, **kwargs)
    await driver.close(client)
    assert [(r.method, r.path) for r in fault_server.requests] == [("DELETE", path)] * 3
    assert deleted is None and empty is None  # whatever the server sends, as the SDK
    assert raw.parse() is None and raw.json() == body  # the body stays one step away


async def test_query_parameters_go_in_the_sdk_order(
    driver: Driver, fault_server: FaultServer
) -> None:
    # Required ones as the spec lists them, then the optional ones by name: the query
    # string the SDK sends, whatever order the caller wrote the keywords in.
    fault_server.enqueue(json_reply({"object": "list", "data": [], "has_more": False}))
    client = _client(driver, fault_server)
    await _call(driver, client.files.list, purpose="batch", order="asc", limit=10, after="f1")
    await driver.close(client)
    [sent] = fault_server.requests
    assert sent.path == "/v1/files"
    assert sent.query == "after=f1&limit=10&order=asc&purpose=batch"
