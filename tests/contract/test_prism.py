"""Prism is a real validator: every request body schema compiles and is enforced."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from integrations_openai import OpenAIClient
from scripts.contract.cases import Case
from scripts.contract.invalid import FORMS, JSON, invalid_bodies
from scripts.contract.public import call
from scripts.contract.rawcall import build_request
from scripts.contract.spec import Spec, iter_operations, pinned_spec
from scripts.contract.validate import SpecValidator, pointer
from scripts.prism.server import MOCK_API_KEY, PRISM_DIR, PRISM_SPEC, PrismServer

pytestmark = pytest.mark.prism

CHAT_BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}


@pytest.fixture(scope="module")
def http(prism: PrismServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {MOCK_API_KEY}"}
    with httpx.Client(base_url=prism.url, headers=headers, timeout=30) as client:
        yield client


def test_invalid_chat_body_gets_422(http: httpx.Client) -> None:
    bad = http.post("/chat/completions", json={"model": "gpt-4o-mini", "messages": "nope"})
    assert bad.status_code == 422, bad.text
    messages = [v["message"] for v in bad.json()["validation"]]
    assert any("messages" in m for m in messages), messages

    good = http.post("/chat/completions", json=CHAT_BODY)
    assert good.status_code == 200, good.text
    assert good.json()["object"] == "chat.completion"


def test_request_without_a_key_is_refused(prism: PrismServer) -> None:
    response = httpx.post(f"{prism.url}/chat/completions", json=CHAT_BODY)
    assert response.status_code == 401


def _request_bodies() -> list[tuple[str, str]]:
    """(operationId, media type) of every request body with a schema in the pinned spec."""
    return [
        (op.operation_id, media)
        for op in iter_operations(pinned_spec())
        for media, content in op.request_contents.items()
        if "schema" in content
    ]


REQUEST_BODIES = _request_bodies()
# A text body whose schema is `type: string`: every body is valid, so nothing to reject.
ANY_TEXT_IS_VALID = {("create-realtime-call", "application/sdp")}
# An open form whose fields are all optional strings: no form body is invalid.
ANY_FORM_IS_VALID = {("CreateContainerFile", "multipart/form-data")}


def test_the_spec_has_115_request_bodies() -> None:
    assert len(REQUEST_BODIES) == 115


@pytest.mark.parametrize(
    ("operation_id", "media_type"), REQUEST_BODIES, ids=[f"{o}:{m}" for o, m in REQUEST_BODIES]
)
def test_prism_rejects_an_invalid_body(
    operation_id: str,
    media_type: str,
    http: httpx.Client,
    spec: Spec,
    cases: dict[str, Case],
    validator: SpecValidator,
) -> None:
    """Each request body (both media types where there are two) is validated by Prism."""
    if (operation_id, media_type) in ANY_FORM_IS_VALID:
        assert invalid_bodies(spec, media_type, _schema(spec, operation_id, media_type)) == []
        return
    if (operation_id, media_type) in ANY_TEXT_IS_VALID:
        # Plain string schema: prove the body is at least accepted as declared.
        sdp = Case(**{**cases[operation_id].__dict__, "media_type": media_type, "files": {}})
        sdp.body = "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
        response = http.send(build_request(sdp, str(http.base_url), MOCK_API_KEY))
        assert response.status_code < 300, response.text
        return
    op = next(o for o in iter_operations(spec) if o.operation_id == operation_id)
    schema = op.request_contents[media_type]["schema"]
    case = cases[operation_id]
    candidates = invalid_bodies(spec, media_type, schema)
    if media_type == JSON:
        here = pointer(
            "paths", op.path, op.method.lower(), "requestBody", "content", media_type, "schema"
        )
        candidates = [(why, body) for why, body in candidates[:3] if validator.errors(here, body)]
    assert candidates, "no invalid body could be built"
    why, body = candidates[0]
    request_case = Case(**{**case.__dict__, "media_type": media_type})
    request = build_request(request_case, str(http.base_url), MOCK_API_KEY, body=body, files={})
    response = http.send(request)
    # Prism answers with the spec's own 422 or 400 response when there is one.
    expected = {422} | ({400} if "400" in op.raw["responses"] else set())
    assert response.status_code in expected, f"{why}: {response.status_code} {response.text[:300]}"
    if response.status_code == 422:
        assert media_type in FORMS or response.json()["validation"], response.text


def _schema(spec: Spec, operation_id: str, media_type: str) -> object:
    op = next(o for o in iter_operations(spec) if o.operation_id == operation_id)
    return op.request_contents[media_type]["schema"]


STREAMING = sorted(
    (op.operation_id, op.path)
    for op in iter_operations(pinned_spec())
    if any("text/event-stream" in r.get("content", {}) for r in op.raw["responses"].values())
)


def test_six_operations_stream() -> None:
    assert len(STREAMING) == 6


@pytest.mark.parametrize(("operation_id", "path"), STREAMING, ids=[s[0] for s in STREAMING])
def test_streaming_operation_serves_an_event_stream(
    operation_id: str,
    path: str,
    http: httpx.Client,
    cases: dict[str, Case],
    spec: Spec,
    validator: SpecValidator,
) -> None:
    case = cases[operation_id]
    case = Case(**{**case.__dict__, "stream": True, "headers": {}})
    response = http.send(build_request(case, str(http.base_url), MOCK_API_KEY))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [line[6:] for line in response.text.splitlines() if line.startswith("data: ")]
    assert events
    stream_schema = pointer(
        "paths", path, "post", "responses", "200", "content", "text/event-stream", "schema"
    )
    for data in events:
        if data == "[DONE]":
            continue
        assert validator.errors(stream_schema, json.loads(data)) == [], data


def _probe(spec_path: str) -> dict[str, Any]:
    out = subprocess.run(
        ["node", "probe.js", spec_path],
        cwd=PRISM_DIR,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    report: dict[str, Any] = json.loads(out.stdout)
    return report


def test_every_request_schema_compiles_in_prism() -> None:
    """Prism's own Ajv setup compiles all 115 request body schemas (none silently skipped).

    `node scripts/prism/probe.js <spec> --responses` checks the 287 response schemas too.
    """
    report = _probe(str(PRISM_SPEC))
    assert report["skipped"] == []
    assert report["compiled"] == report["bodies"] == 115


def test_the_pinned_spec_as_published_silently_loses_validation() -> None:
    """Why the Prism-ready spec exists: Prism cannot compile 11 request schemas of the raw spec
    (`nullable` without `type`) and then validates nothing for them (an invalid body gets 200)."""
    report = _probe(str(PRISM_DIR.parents[1] / "openapi" / "openapi.yml"))
    skipped = {(s["method"], s["path"], s["mediaType"]) for s in report["skipped"]}
    assert ("POST", "/chat/completions", "application/json") in skipped
    assert len(skipped) == 11
    assert {s["error"] for s in report["skipped"]} == {'"nullable" cannot be used without "type"'}


@pytest.mark.parametrize("name", ["createSpeech", "create-realtime-call"])
def test_binary_downloads_negotiate_their_media_type(
    name: str, prism: PrismServer, cases: dict[str, Case]
) -> None:
    """A strict server (Prism) answers 406 unless Accept admits the binary/SDP answer."""
    case = Case(**{**cases[name].__dict__, "headers": {}})
    with OpenAIClient(api_key=MOCK_API_KEY, base_url=prism.url, max_retries=0) as client:
        assert isinstance(call(client, case), bytes | str)
