"""vcrpy cassettes: where they live, how secrets are scrubbed, how requests are matched."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import vcr
from vcr.request import Request

from integrations_openai._redact import SENSITIVE_HEADERS, redact_text
from scripts.contract.spec import ROOT

CASSETTES = ROOT / "cassettes"
INDEX = CASSETTES / "index.json"
SCRUBBED = "REDACTED"
# What must never appear in a cassette: API keys and bearer tokens, org/project ids.
SECRET_PATTERNS = (
    re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}"),
    re.compile(r"(?i)\bbearer\s+(?!REDACTED\b)[A-Za-z0-9._~+/\-=]{8,}"),
    re.compile(r"\borg-[A-Za-z0-9]{12,}"),
    re.compile(r"\bproj_[A-Za-z0-9]{12,}"),
)
_BOUNDARY = re.compile(rb"boundary=([^;\s]+)")
# Headers that differ on every recording and matter to no replay: pinned so that a
# re-recording's diff shows only what really changed.
VOLATILE = "(varies)"
VOLATILE_REQUEST_HEADERS = frozenset({"idempotency-key"})
VOLATILE_RESPONSE_HEADERS = frozenset({"date"})
FIXED_BOUNDARY = b"contract-test-boundary"


def cassette_path(case_name: str) -> Path:
    """`cassettes/<case>.yaml`."""
    return CASSETTES / f"{case_name}.yaml"


def _scrub_text(value: bytes | str | None) -> Any:
    if value is None:
        return value
    text = value.decode("utf-8", "surrogateescape") if isinstance(value, bytes) else value
    clean = redact_text(text)
    if clean == text:
        return value
    return clean.encode("utf-8", "surrogateescape") if isinstance(value, bytes) else clean


def scrub_request(request: Request) -> Request:
    """vcrpy `before_record_request`: credentials, org/project headers, cookies and keys go."""
    for name in list(request.headers):
        if name.lower() in SENSITIVE_HEADERS:
            request.headers[name] = SCRUBBED
        elif name.lower() in VOLATILE_REQUEST_HEADERS:
            request.headers[name] = VOLATILE
    request.body = _scrub_text(request.body)
    return request


def pin_boundary(request: Request) -> Request:
    """Record multipart bodies with a fixed boundary (the client draws a random one per call)."""
    for name, value in list(request.headers.items()):
        if name.lower() != "content-type" or "boundary=" not in value:
            continue
        match = _BOUNDARY.search(value.encode())
        body = request.body
        if match is None or not isinstance(body, bytes):
            continue
        request.body = body.replace(match.group(1), FIXED_BOUNDARY)
        request.headers[name] = value.replace(match.group(1).decode(), FIXED_BOUNDARY.decode())
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy `before_record_response`: the same for what the server sent back."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SENSITIVE_HEADERS:
            headers[name] = [SCRUBBED]
        elif name.lower() in VOLATILE_RESPONSE_HEADERS:
            headers[name] = [VOLATILE]
        else:
            headers[name] = [_scrub_text(v) for v in headers[name]]
    body = response.get("body", {})
    if isinstance(body, dict) and "string" in body:
        body["string"] = _scrub_text(body["string"])
    return response


def normalised_body(request: Request) -> Any:
    """A body comparable across runs: parsed JSON, multipart with its random boundary removed."""
    body = request.body or b""
    if isinstance(body, str):
        body = body.encode()
    kind = next((v for k, v in request.headers.items() if k.lower() == "content-type"), "")
    if "json" in kind and body:
        try:
            return json.loads(body)
        except ValueError:
            return body
    if "multipart/form-data" in kind:
        match = _BOUNDARY.search(kind.encode())
        return body.replace(match.group(1), b"BOUNDARY") if match else body
    if "x-www-form-urlencoded" in kind:
        return sorted(parse_qsl(body.decode()))
    return body


def match_body(r1: Request, r2: Request) -> None:
    """vcrpy matcher: bodies equal after `normalised_body` (raises AssertionError if not)."""
    left, right = normalised_body(r1), normalised_body(r2)
    assert left == right, (
        f"request body differs:\n  sent:     {left!r:.300}\n  recorded: {right!r:.300}"
    )


def match_query(r1: Request, r2: Request) -> None:
    """vcrpy matcher: the same query parameters, in any order."""
    assert sorted(r1.query) == sorted(r2.query), f"query {r1.query} != {r2.query}"


# Prism runs on a random port; cassettes name it by this stable origin (its default port).
MOCK_ORIGIN = "http://127.0.0.1:4010"  # loopback: the client allows plain http only there


def make_vcr(record_mode: str, *, origin: str | None = None) -> vcr.VCR:
    """A VCR with our scrubbing and matching (`none` replays only, `all` re-records).

    With `origin`, recorded URLs starting with it are rewritten to `MOCK_ORIGIN`, so a
    re-recording against a new Prism port changes nothing but what Prism answered.
    """

    def before_request(request: Request) -> Request:
        if origin and request.uri.startswith(origin):
            request.uri = MOCK_ORIGIN + request.uri[len(origin) :]
            for name in list(request.headers):
                if name.lower() == "host":
                    request.headers[name] = MOCK_ORIGIN.split("//", 1)[1]
        return pin_boundary(scrub_request(request))

    recorder = vcr.VCR(
        serializer="yaml",
        record_mode=record_mode,
        match_on=["method", "path", "query_any_order", "body_normalised"],
        before_record_request=before_request,
        before_record_response=scrub_response,
        decode_compressed_response=True,
    )
    recorder.register_matcher("query_any_order", match_query)
    recorder.register_matcher("body_normalised", match_body)
    return recorder


def find_secrets(text: str) -> list[str]:
    """Secret-shaped strings in `text` (cassette files must have none)."""
    return [m.group(0) for pattern in SECRET_PATTERNS for m in pattern.finditer(text)]
