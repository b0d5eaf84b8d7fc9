"""Offline replay: every operation, called by its public name, matches its cassette and parses.

The cassettes were recorded by `make record` through the same public call; here vcrpy plays
them back (no network), the call must send the same request (method, path, query, body) and
the typed result must round-trip to exactly the JSON the server sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from vcr.errors import CannotOverwriteExistingCassetteException

from integrations_openai import AsyncOpenAIClient, OpenAIClient, OpenAIError
from scripts.contract.cases import Case, load_cases
from scripts.contract.cassettes import CASSETTES, cassette_path, find_secrets, make_vcr
from scripts.contract.public import acall, call
from scripts.contract.record import load_index
from scripts.contract.spec import Spec, iter_operations
from scripts.prism.server import MOCK_API_KEY

CASES = load_cases()
INDEX = load_index()


@pytest.fixture(scope="module")
def clients() -> Iterator[dict[str, OpenAIClient]]:
    """One public client per recorded base URL (vcrpy intercepts below the transport stack)."""
    made: dict[str, OpenAIClient] = {}
    yield made
    for client in made.values():
        client.close()


def test_every_operation_has_a_cassette(spec: Spec) -> None:
    operations = {op.operation_id for op in iter_operations(spec)}
    assert len(operations) == 271
    recorded = {case.operation_id for name, case in CASES.items() if cassette_path(name).exists()}
    assert sorted(operations - recorded) == []


def test_every_case_has_a_cassette_and_an_index_entry() -> None:
    files = {p.name.removesuffix(".yaml") for p in CASSETTES.glob("*.yaml")}
    assert files == set(CASES) == set(INDEX)


def test_every_call_recorded_against_prism_passed_its_validation() -> None:
    """Prism validates each request against the spec: a 4xx would have been recorded."""
    refused = {
        n: e["outcome"] for n, e in INDEX.items() if e["target"] == "prism" and e["outcome"] != "ok"
    }
    assert refused == {}


def test_no_cassette_holds_a_secret() -> None:
    leaks = {
        p.name: found for p in sorted(CASSETTES.glob("*")) if (found := find_secrets(p.read_text()))
    }
    assert leaks == {}


def _json(text: str) -> Any:
    return json.loads(text) if text else None


def _assert_typed(result: Any, body: str, content_type: str) -> None:
    """The typed result carries exactly what the server sent."""
    if isinstance(result, bytes | bytearray):  # a download: the bytes, untouched
        assert bytes(result) == body.encode("utf-8", "surrogateescape")
    elif not body:  # no response body declared (e.g. some deletes)
        assert result is None
    elif "text/event-stream" in content_type:
        data = [line[5:].strip() for line in body.splitlines() if line.startswith("data:")]
        events = [json.loads(d) for d in data if d and d != "[DONE]"]
        assert isinstance(result, list) and len(result) == len(events)
        assert all(attrs.has(type(event)) for event in result)
        assert [event.to_dict() for event in result] == events
    elif "json" in content_type:
        payload = _json(body)
        if isinstance(result, list):  # first page of a list operation
            assert all(attrs.has(type(item)) for item in result)
            assert [item.to_dict() for item in result] == payload["data"]
        else:
            assert attrs.has(type(result)), f"untyped result {type(result).__name__}"
            assert result.to_dict() == payload
    else:
        raise AssertionError(f"a {content_type} body gave {type(result).__name__}, not bytes")


@pytest.mark.parametrize("name", sorted(CASES))
def test_replay(name: str, clients: dict[str, OpenAIClient]) -> None:
    case: Case = CASES[name]
    entry = INDEX[name]
    assert entry["call"] == case.call, "the public name changed: run `make record`"
    base_url = entry["base_url"]
    if base_url not in clients:
        clients[base_url] = OpenAIClient(api_key=MOCK_API_KEY, base_url=base_url, max_retries=0)
    recorder = make_vcr("none")
    with recorder.use_cassette(str(cassette_path(name)), allow_playback_repeats=False) as cassette:
        try:
            if entry["outcome"] == "ok":
                result = call(clients[base_url], case)
            else:
                with pytest.raises(OpenAIError) as info:
                    call(clients[base_url], case)
                assert type(info.value).__name__ == entry["outcome"]
        except CannotOverwriteExistingCassetteException as exc:
            pytest.fail(
                f"client.{case.call}(...) no longer sends the recorded request. If the change is "
                f"intended, run `make record` and review the cassette diff.\n{exc}"
            )
        assert cassette.all_played, "the call sent fewer requests than were recorded"
    if entry["outcome"] == "ok":
        response = cassette.responses[-1]
        headers = {k.lower(): v for k, v in response["headers"].items()}
        content_type = (headers.get("content-type") or [""])[0]
        raw = response["body"]["string"]
        body = raw.decode("utf-8", "surrogateescape") if isinstance(raw, bytes) else raw
        _assert_typed(result, body, content_type)


@pytest.mark.parametrize("name", sorted(CASES))
async def test_replay_async(name: str) -> None:
    """The async client sends the same request and parses the same result."""
    case: Case = CASES[name]
    entry = INDEX[name]
    recorder = make_vcr("none")
    with recorder.use_cassette(str(cassette_path(name)), allow_playback_repeats=False) as cassette:
        async with AsyncOpenAIClient(
            api_key=MOCK_API_KEY, base_url=entry["base_url"], max_retries=0
        ) as client:
            if entry["outcome"] == "ok":
                result = await acall(client, case)
            else:
                with pytest.raises(OpenAIError) as info:
                    await acall(client, case)
                assert type(info.value).__name__ == entry["outcome"]
        assert cassette.all_played
    if entry["outcome"] == "ok":
        response = cassette.responses[-1]
        headers = {k.lower(): v for k, v in response["headers"].items()}
        raw = response["body"]["string"]
        body = raw.decode("utf-8", "surrogateescape") if isinstance(raw, bytes) else raw
        _assert_typed(result, body, (headers.get("content-type") or [""])[0])
