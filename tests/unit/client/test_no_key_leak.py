"""The API key never appears in a log line, an exception text or a repr.

Logs everything at DEBUG (our logger, httpx, httpcore, asyncio), exercises success, retries,
every error kind, copies and the generated client, then greps all of it for the key.
"""

from __future__ import annotations

import logging
import traceback

import pytest

from integrations_openai import errors
from integrations_openai.instrumentation import Event
from integrations_openai.testing import set_testing
from tests.support.drivers import Driver
from tests.support.faultserver import (
    FaultServer,
    RecordedRequest,
    Reply,
    error_reply,
    html_502,
    json_reply,
    reset,
    truncated,
)

# One key shaped like OpenAI's (caught by pattern redaction too) and one that is not
# (only structural care protects it).
KEYS = ["sk-proj-LEAKCHECK0123456789abcdefXYZ", "plainkey-LEAKCHECK-7f3a9c"]


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def on_event(self, event: Event) -> None:
        self.events.append(event)


def _echo_key(request: RecordedRequest) -> Reply:
    # A hostile/buggy upstream that echoes the credential back in its error message.
    auth = request.headers.get("authorization", "")
    return error_reply(401, f"Incorrect API key provided: {auth}", code="invalid_api_key")


@pytest.mark.parametrize("key", KEYS)
async def test_key_never_leaks(
    key: str, driver: Driver, fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder()
    texts: list[str] = []
    fault_server.enqueue(
        json_reply({"ok": 1}),  # success
        error_reply(503), json_reply({"ok": 2}),  # retried then success
        html_502(), html_502(),  # retried, then ServerError
        error_reply(429, "quota", code="insufficient_quota"),
        reset(), reset(),  # network errors
        truncated(),
        error_reply(400, f"bad request for key {key}"),  # key in the body as plain text
    )  # fmt: skip
    client = driver.client(
        api_key=key,
        base_url=fault_server.url + "/v1",
        organization="org-secretish",
        listeners=[recorder],
        max_retries=1,
    )
    texts += [
        repr(client),
        str(client),
        repr(client.config),
        repr(client.with_options(max_retries=0)),
    ]
    texts += [repr(client.api), repr(client.http.headers)]
    with set_testing(attempts=2):
        for _ in range(7):
            try:
                response = await driver.request(client, "POST", "/chat/completions", json={"x": 1})
                response.json()
                texts.append(repr(response))
            except errors.OpenAIError as exc:
                texts += [
                    str(exc),
                    repr(exc),
                    repr(exc.body),
                    "".join(traceback.format_exception(exc)),
                ]
        fault_server.handler = _echo_key
        with pytest.raises(errors.AuthenticationError) as info:
            await driver.request(client, "GET", "/models")
        texts += [str(info.value), repr(info.value), repr(info.value.body)]
        texts.append("".join(traceback.format_exception(info.value)))
    await driver.close(client)

    assert fault_server.requests[0].headers["authorization"] == f"Bearer {key}"  # it was used
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.__dict__) for record in caplog.records]
    texts += [repr(event) for event in recorder.events]
    assert len(caplog.records) > 20 and len(recorder.events) > 10
    leaks = [text for text in texts if key in text or key[8:] in text]
    assert not leaks, leaks[:3]


def _echo_everywhere(request: RecordedRequest) -> Reply:
    # A hostile upstream that copies the credential into x-request-id and the body, on a
    # success, on an error that is retried and on one that is final.
    auth = request.headers.get("authorization", "")
    headers = {"x-request-id": f"req_{auth}", "x-echo": auth}
    kind = request.path.rsplit("/", 1)[-1]
    if kind == "ok":
        return json_reply({"echo": auth}, headers=headers)
    status = 503 if kind == "retry" else 400
    return error_reply(status, f"you sent {auth}", param=auth, headers=headers)


@pytest.mark.parametrize("key", KEYS)
async def test_key_echoed_in_request_id_and_body_never_leaks(
    key: str, driver: Driver, fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder()
    texts: list[str] = []
    fault_server.handler = _echo_everywhere
    client = driver.client(
        api_key=key, base_url=fault_server.url + "/v1", listeners=[recorder], max_retries=1
    )
    with set_testing(attempts=2):
        response = await driver.request(client, "GET", "/echo/ok")
        assert key in response.text  # the caller's own data is untouched...
        texts.append(repr(response))
        for path in ("/echo/retry", "/echo/final"):
            with pytest.raises(errors.OpenAIError) as info:
                await driver.request(client, "POST", path, json={})
            exc = info.value
            assert exc.request_id and exc.request_id.startswith("req_")
            texts += [str(exc), repr(exc), repr(exc.body), str(exc.request_id), str(exc.param)]
            texts.append("".join(traceback.format_exception(exc)))
    await driver.close(client)

    assert fault_server.request_count == 4  # ok, retry x2, final
    ends = [e for e in recorder.events if type(e).__name__ == "RequestEnd"]
    assert len(ends) == 3 and all(e.request_id.startswith("req_") for e in ends)
    # httpcore's own DEBUG trace prints raw response headers (it would print the echo as the
    # server sent it); every other logger, ours and httpx's included, must stay clean.
    records = [r for r in caplog.records if not r.name.startswith("httpcore")]
    assert any(r.name.startswith("integrations_openai") for r in records)
    texts += [record.getMessage() for record in records]
    texts += [repr(record.__dict__) for record in records]  # incl. openai_fields
    texts += [repr(event) for event in recorder.events]
    leaks = [text for text in texts if key in text or key[8:] in text]
    assert not leaks, leaks[:3]
