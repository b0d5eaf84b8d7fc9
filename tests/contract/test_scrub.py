"""Cassettes never keep credentials: the vcrpy hooks scrub them before anything is written."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import vcr.request

from scripts.contract.cassettes import (
    SCRUBBED,
    find_secrets,
    make_vcr,
    match_body,
    scrub_request,
    scrub_response,
)

KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"


def test_request_credentials_are_scrubbed() -> None:
    request = vcr.request.Request(
        "POST",
        "https://api.openai.com/v1/chat/completions",
        f'{{"note": "my key is {KEY}"}}'.encode(),
        {
            "Authorization": f"Bearer {KEY}",
            "OpenAI-Organization": "org-abcdefghijklmnop",
            "OpenAI-Project": "proj_abcdefghijklmnop",
            "Cookie": "session=abc",
            "Content-Type": "application/json",
        },
    )
    scrubbed = scrub_request(request)
    for name in ("Authorization", "OpenAI-Organization", "OpenAI-Project", "Cookie"):
        assert scrubbed.headers[name] == SCRUBBED
    assert scrubbed.headers["Content-Type"] == "application/json"
    assert KEY not in scrubbed.body.decode()


def test_response_credentials_are_scrubbed() -> None:
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "set-cookie": ["__cf_bm=secret; path=/"],
            "openai-organization": ["org-abcdefghijklmnop"],
            "x-request-id": ["req_123"],
        },
        "body": {"string": f'{{"echo": "{KEY}"}}'.encode()},
    }
    scrubbed = scrub_response(response)
    assert scrubbed["headers"]["set-cookie"] == [SCRUBBED]
    assert scrubbed["headers"]["openai-organization"] == [SCRUBBED]
    assert scrubbed["headers"]["x-request-id"] == ["req_123"]
    assert KEY not in scrubbed["body"]["string"].decode()


def test_a_recorded_cassette_holds_no_secret(tmp_path: Path) -> None:
    """End to end through vcrpy and httpx: what lands on disk is clean."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"key": KEY}, headers={"Set-Cookie": "a=b"})

    path = tmp_path / "c.yaml"
    with (
        make_vcr("all").use_cassette(str(path)),
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
    ):
        http.post(
            "https://api.openai.com/v1/x",
            json={"k": KEY},
            headers={"Authorization": f"Bearer {KEY}", "OpenAI-Project": "proj_abcdefghijklmnop"},
        )
    text = path.read_text()
    assert KEY not in text and "proj_abcdefghijklmnop" not in text
    assert find_secrets(text) == []


def test_find_secrets_spots_keys() -> None:
    assert find_secrets(f"token: {KEY}") == [KEY]
    assert find_secrets("Authorization: Bearer abcdefgh12345678")
    assert find_secrets("Authorization: REDACTED") == []


def test_multipart_bodies_match_across_boundaries() -> None:
    def multipart(boundary: str) -> vcr.request.Request:
        body = (
            f"--{boundary}\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--{boundary}--\r\n"
        )
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        return vcr.request.Request("POST", "http://x/y", body.encode(), headers)

    match_body(multipart("aaa111"), multipart("bbb222"))
    other = vcr.request.Request(
        "POST", "http://x/y", b'{"a": 2}', {"Content-Type": "application/json"}
    )
    with pytest.raises(AssertionError):
        match_body(multipart("aaa111"), other)
