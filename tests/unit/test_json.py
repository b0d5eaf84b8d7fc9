"""Bounded JSON (``_json``) and every site that turns server bytes into Python values.

Every test runs on both decoders: the standard one alone, and orjson in front of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integrations_openai import _json
from integrations_openai._json import JSONLimitError, load_body, load_event, loads
from integrations_openai.errors import (
    ResponseDecodeError,
    ServerError,
    StreamError,
    error_from_response,
)
from integrations_openai.stream._events import EventRouter
from integrations_openai.stream._sse import ServerSentEvent
from integrations_openai.transport._boundary import MappedResponse
from integrations_openai.transport._retry_core import is_insufficient_quota


def nested(depth: int, open_: str = "[", close: str = "]") -> str:
    return open_ * depth + close * depth


def nested_objects(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


DEEP = [nested(5000), nested_objects(5000), '{"x":' + nested(4000) + "}"]


@pytest.fixture(autouse=True, params=["stdlib", "orjson"])
def backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """The decoder ``loads`` uses: the standard one alone, or orjson (the ``fast`` extra)."""
    saved = _json._fast
    _json._fast = None if request.param == "stdlib" else orjson.loads
    try:
        yield request.param
    finally:
        _json._fast = saved


def test_exports() -> None:
    assert _json.__all__ == [
        "FAST_MAX_BYTES",
        "MAX_BYTES",
        "MAX_DEPTH",
        "JSONLimitError",
        "load_body",
        "load_event",
        "loads",
    ]
    assert all(hasattr(_json, name) for name in _json.__all__)


@pytest.mark.parametrize("doc", DEEP)
def test_deep_documents_are_refused(doc: str) -> None:
    with pytest.raises(JSONLimitError, match="deeper"):
        loads(doc)
    with pytest.raises(JSONLimitError):
        loads(doc.encode())


def test_depth_limit_is_exact() -> None:
    assert loads(nested(_json.MAX_DEPTH)) == loads(nested(_json.MAX_DEPTH))
    with pytest.raises(JSONLimitError):
        loads(nested(_json.MAX_DEPTH + 1))
    assert loads(nested(3), max_depth=3) == [[[]]]
    with pytest.raises(JSONLimitError):
        loads(nested(4) + " " * 10, max_depth=3)


def test_brackets_inside_strings_do_not_count() -> None:
    text = json.dumps({"s": "[" * 2000 + '\\"{' * 300, "t": ["]]]"] * 300})
    assert loads(text) == json.loads(text)


def test_size_limit() -> None:
    with pytest.raises(JSONLimitError, match="exceeds"):
        loads(b"[" + b"1," * 100 + b"1]", max_bytes=50)


def test_recursion_error_is_a_value_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_text: str) -> object:
        raise RecursionError

    monkeypatch.setattr(_json, "_decode", boom)
    monkeypatch.setattr(_json, "_fast", None)
    with pytest.raises(JSONLimitError, match="stack"):
        loads("[1]")


@pytest.mark.parametrize("bad", [b"\xff\xfe[]", b'{"a": "\xc3"}', b"[1,", b"", b"nul"])
def test_malformed_is_value_error(bad: bytes) -> None:
    with pytest.raises(ValueError):
        loads(bad)


def test_bom_and_plain_values() -> None:
    assert loads(b'\xef\xbb\xbf{"a": [1, 2.5, null, true]}') == {"a": [1, 2.5, None, True]}
    assert loads("NaN") != loads("NaN")  # NaN is data, like json.loads


@settings(
    max_examples=60,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=3), kids),
        max_leaves=20,
    )
)
def test_agrees_with_json_loads(value: object) -> None:
    text = json.dumps(value)
    assert loads(text) == json.loads(text)
    assert loads(text.encode()) == json.loads(text)


def _verdict(data: str | bytes) -> str:
    """What ``loads`` makes of ``data``: the value's repr (types and NaN kept), or "error"."""
    try:
        return repr(loads(data))
    except ValueError:
        return "error"


def _stdlib_verdict(data: str | bytes) -> str:
    saved, _json._fast = _json._fast, None
    try:
        return _verdict(data)
    finally:
        _json._fast = saved


# Where orjson and the standard decoder part ways; ``loads`` must give one answer for each.
EDGES = [
    "NaN",
    '{"a": [Infinity, -Infinity]}',
    "1e400",
    "-1e400",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "-9223372036854775809",
    '{"n": 123456789012345678901234567890}',
    '{"id": "12345678901234567890", "n": 1}',
    "0.12345678901234567890123",
    '"\\ud800"',
    '"\\udc00x"',
    '"\\ud83d\\ude00"',
    "\ufeff{}",
    '{"a": 1, "a": 2}',
    " [1, 2.5, -0, -0.0, true, false, null] ",
    '"\x01"',
    "[1,]",
    "{'a': 1}",
    "01",
    "[1] [2]",
    "",
    nested(_json.MAX_DEPTH),
]


@pytest.mark.parametrize("text", EDGES)
def test_both_decoders_agree_on_edges(text: str) -> None:
    assert _verdict(text) == (repr(json.loads(text)) if _ok(text) else "error")
    raw = text.encode("utf-8", "surrogatepass")
    assert _verdict(raw) == _stdlib_verdict(raw)
    assert _verdict(b"\xef\xbb\xbf" + raw) == _stdlib_verdict(b"\xef\xbb\xbf" + raw)


def _ok(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def test_integers_beyond_64_bits_stay_exact() -> None:
    assert loads(b'{"n": 123456789012345678901234567890}') == {"n": 123456789012345678901234567890}
    assert loads("-9223372036854775809") == -9223372036854775809
    assert isinstance(loads(b"[18446744073709551616]")[0], int)


def test_fast_decoder_decodes_ordinary_documents(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Any] = []

    def counting(data: bytes) -> Any:
        calls.append(data)
        return orjson.loads(data)

    if backend == "stdlib":
        loads(b'{"a": 1}')
        return
    monkeypatch.setattr(_json, "_fast", counting)
    assert loads('{"a": "\u00e9"}') == {"a": "\u00e9"}
    assert loads(b'{"id": "chatcmpl-1", "created": 1700000000}')["created"] == 1700000000
    assert len(calls) == 2
    assert loads(b'{"id": "1234567890123456789"}') == {"id": "1234567890123456789"}
    assert len(calls) == 2  # a 19-digit run goes to the standard decoder directly
    big = b'{"data": "' + b"A" * _json.FAST_MAX_BYTES + b'"}'
    assert loads(big) == {"data": "A" * _json.FAST_MAX_BYTES}
    assert loads(big.decode()) == {"data": "A" * _json.FAST_MAX_BYTES}
    assert len(calls) == 2  # a large document goes to the standard decoder (peak memory)


@settings(
    max_examples=150,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.text(alphabet='[]{},:"\\ -+.0123456789eEtruefalsnulNIinfy\ud800\ufeff\x00a\u00e9')
    | st.binary(max_size=40)
)
def test_any_input_same_verdict_as_the_standard_decoder(data: str | bytes) -> None:
    assert _verdict(data) == _stdlib_verdict(data)


def test_load_body_maps_to_response_decode_error() -> None:
    with pytest.raises(ResponseDecodeError) as info:
        load_body(nested(3000).encode(), status_code=200, request_id="req_9")
    assert info.value.request_id == "req_9" and info.value.status_code == 200
    assert load_body(b'{"ok": 1}') == {"ok": 1}


def test_load_event_maps_to_stream_error() -> None:
    with pytest.raises(StreamError, match="not valid JSON") as info:
        load_event(nested(3000), request_id="req_8")
    assert info.value.request_id == "req_8"


# ---- the sites ----------------------------------------------------------------------------


def test_mapped_response_json_deep_body() -> None:
    response = MappedResponse(200, content=nested(5000).encode(), headers={"x-request-id": "r1"})
    with pytest.raises(ResponseDecodeError) as info:
        response.json()
    assert info.value.request_id == "r1"


def test_mapped_response_json_with_kwargs_still_mapped() -> None:
    response = MappedResponse(200, content=b'{"a": 1.5}')
    assert response.json(parse_float=str) == {"a": "1.5"}
    with pytest.raises(ResponseDecodeError):
        MappedResponse(200, content=nested(100_000).encode()).json(parse_float=str)
    with pytest.raises(ResponseDecodeError):
        MappedResponse(200, content=b"{").json(parse_float=str)


def test_router_deep_event_is_stream_error() -> None:
    router: EventRouter[object] = EventRouter(request_id="req_7")
    with pytest.raises(StreamError) as info:
        router.route(ServerSentEvent(nested_objects(5000)))
    assert info.value.request_id == "req_7"


def test_error_body_deep_never_raises() -> None:
    error = error_from_response(500, httpx.Headers(), nested(5000).encode())
    assert isinstance(error, ServerError)
    assert "non-OpenAI body" in error.detail and error.message == "Error code: 500"


def test_insufficient_quota_deep_body_is_not_quota() -> None:
    body = b'{"insufficient_quota": ' + nested(5000).encode() + b"}"
    assert is_insufficient_quota(body) is False
    assert is_insufficient_quota(b'{"error": {"code": "insufficient_quota"}}') is True


def test_webhook_payload_deep_is_our_error() -> None:
    from integrations_openai.webhooks._resource import parse_event

    with pytest.raises(ResponseDecodeError, match="not JSON"):
        parse_event(nested_objects(5000).encode())


def test_structured_output_deep_is_our_error() -> None:
    from integrations_openai.structured._convert import parse_json
    from integrations_openai.structured._partial import partial_json

    with pytest.raises(ResponseDecodeError, match="does not fit"):
        parse_json(dict, nested_objects(5000))
    assert partial_json(nested_objects(5000)[:-10]) is None
    assert partial_json('{"steps": [{"a": "x"') == {"steps": [{"a": "x"}]}
