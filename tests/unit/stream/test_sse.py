"""The SSE decoder against the WHATWG event-stream rules, plus fuzzing of chunk boundaries."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integrations_openai.errors import StreamError
from integrations_openai.stream._sse import (
    EventDecoder,
    LineDecoder,
    ServerSentEvent,
    SSEParser,
)


def parse(raw: bytes, *, split: list[int] | None = None) -> list[ServerSentEvent]:
    """Decode ``raw`` fed in pieces cut at the offsets in ``split``."""
    parser = SSEParser()
    cuts = [0, *sorted(split or []), len(raw)]
    events: list[ServerSentEvent] = []
    for start, end in itertools.pairwise(cuts):
        events.extend(parser.feed(raw[start:end]))
    events.extend(parser.close())
    return events


def ev(data: str, event: str = "message", id: str | None = None, retry: int | None = None):
    return ServerSentEvent(data=data, event=event, id=id, retry=retry)


# (name, input, expected events) - each row is one rule of the HTML standard's
# "Interpreting an event stream" section.
WHATWG_CASES = [
    ("lf terminators", b"data: a\n\n", [ev("a")]),
    ("crlf terminators", b"data: a\r\n\r\n", [ev("a")]),
    ("cr terminators", b"data: a\r\r", [ev("a")]),
    ("mixed terminators", b"data: a\r\ndata: b\rdata: c\n\r\n", [ev("a\nb\nc")]),
    ("multi-line data joined by LF", b"data: a\ndata: b\n\n", [ev("a\nb")]),
    ("empty data line adds an empty line", b"data\ndata\n\n", [ev("\n")]),
    ("only one leading space stripped", b"data:  a\n\n", [ev(" a")]),
    ("no space after colon", b"data:a\n\n", [ev("a")]),
    ("colon inside value kept", b"data: a: b\n\n", [ev("a: b")]),
    ("comment ignored", b": keep-alive\ndata: a\n\n", [ev("a")]),
    ("comment only block dispatches nothing", b": ping\n\n", []),
    ("empty block dispatches nothing", b"\n\n\n", []),
    ("event without data dispatches nothing", b"event: x\n\n", []),
    ("event type set", b"event: add\ndata: 1\n\n", [ev("1", "add")]),
    (
        "event type resets after dispatch",
        b"event: add\ndata: 1\n\ndata: 2\n\n",
        [ev("1", "add"), ev("2")],
    ),
    ("event type resets after empty block", b"event: add\n\ndata: 2\n\n", [ev("2")]),
    ("id set", b"id: 7\ndata: a\n\n", [ev("a", id="7")]),
    (
        "last id kept across events",
        b"id: 7\ndata: a\n\ndata: b\n\n",
        [ev("a", id="7"), ev("b", id="7")],
    ),
    ("id without data still sets last id", b"id: 9\n\ndata: b\n\n", [ev("b", id="9")]),
    (
        "id with NUL ignored",
        b"id: 1\ndata: a\n\nid: x\x00y\ndata: b\n\n",
        [ev("a", id="1"), ev("b", id="1")],
    ),
    ("empty id resets", b"id: 1\ndata: a\n\nid\ndata: b\n\n", [ev("a", id="1"), ev("b", id="")]),
    ("retry set", b"retry: 1500\ndata: a\n\n", [ev("a", retry=1500)]),
    ("bad retry ignored", b"retry: 15x\ndata: a\n\nretry: -1\ndata: b\n\n", [ev("a"), ev("b")]),
    ("unknown field ignored", b"foo: bar\ndata: a\n\n", [ev("a")]),
    ("field name is case sensitive", b"Data: a\ndata: b\n\n", [ev("b")]),
    ("field without colon", b"data\n\n", [ev("")]),
    ("BOM at stream start stripped", b"\xef\xbb\xbfdata: a\n\n", [ev("a")]),
    ("BOM later is data", b"data: a\n\n\xef\xbb\xbfdata: b\n\n", [ev("a")]),
    ("unterminated event discarded at EOF", b"data: a\n\ndata: b\n", [ev("a")]),
    ("unterminated line discarded at EOF", b"data: a\n\ndata: b", [ev("a")]),
    ("utf-8 decoded", "data: é€😀\n\n".encode(), [ev("é€😀")]),
    ("invalid utf-8 replaced", b"data: \xff\n\n", [ev("\ufffd")]),
]


@pytest.mark.parametrize(
    ("raw", "expected"), [c[1:] for c in WHATWG_CASES], ids=[c[0] for c in WHATWG_CASES]
)
def test_whatwg_rules(raw: bytes, expected: list[ServerSentEvent]) -> None:
    assert parse(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"), [c[1:] for c in WHATWG_CASES], ids=[c[0] for c in WHATWG_CASES]
)
def test_every_split_point_gives_same_events(raw: bytes, expected: list[ServerSentEvent]) -> None:
    for i in range(len(raw) + 1):
        assert parse(raw, split=[i]) == expected, f"split at {i}"
    # one byte at a time
    assert parse(raw, split=list(range(len(raw)))) == expected


def test_crlf_split_across_chunks_is_one_terminator() -> None:
    decoder = LineDecoder()
    assert decoder.feed(b"data: a\r") == ["data: a"]
    assert decoder.feed(b"\n") == []
    assert decoder.feed(b"\r\n") == [""]
    assert decoder.flush() == []


def test_pending_reports_a_dropped_fragment() -> None:
    parser = SSEParser()
    parser.feed(b"data: a\n\ndata: partial")
    parser.close()
    assert parser.pending
    clean = SSEParser()
    clean.feed(b"data: a\n\n")
    clean.close()
    assert not clean.pending


def test_line_longer_than_cap_is_stream_error() -> None:
    parser = SSEParser(max_line_bytes=16)
    parser.feed(b"data: 0123456789")  # 16 bytes: at the cap, fine
    with pytest.raises(StreamError, match="longer than 16 bytes"):
        parser.feed(b"X")


def test_complete_line_longer_than_cap_is_stream_error() -> None:
    with pytest.raises(StreamError):
        SSEParser(max_line_bytes=8).feed(b"data: 0123456789\n\n")
    with pytest.raises(StreamError):
        SSEParser(max_line_bytes=8).feed(b"data: 0123456789 and more data")


def test_strict_utf8_mode_raises_stream_error() -> None:
    with pytest.raises(StreamError, match="invalid UTF-8"):
        LineDecoder(errors="strict").feed(b"\xff\n")


def test_last_event_id_and_retry_exposed() -> None:
    decoder = EventDecoder()
    for line in ["id: 5", "retry: 20", "data: x"]:
        assert decoder.decode(line) is None
    assert decoder.decode("") == ev("x", id="5", retry=20)
    assert decoder.last_event_id == "5"
    assert decoder.retry == 20


def test_large_line_in_many_chunks_is_linear() -> None:
    # 4 MB in 1-byte-ish pieces would be quadratic with bytes concatenation; this
    # checks correctness of the bytearray path with many appends.
    payload = b"x" * 200_000
    parser = SSEParser()
    out = []
    raw = b"data: " + payload + b"\n\n"
    for i in range(0, len(raw), 7):
        out.extend(parser.feed(raw[i : i + 7]))
    assert out == [ev(payload.decode())]


# --- fuzzing -------------------------------------------------------------------------------

_field_lines = st.one_of(
    st.builds(
        lambda v: f"data: {v}",
        st.text(alphabet=st.characters(exclude_characters="\r\n", exclude_categories=("Cs",))),
    ),
    st.builds(lambda v: f"event: {v}", st.text(alphabet="abc.é😀", max_size=5)),
    st.builds(lambda v: f"id: {v}", st.text(alphabet="12\x00é", max_size=3)),
    st.builds(lambda v: f"retry: {v}", st.text(alphabet="0129x", max_size=4)),
    st.just(": comment"),
    st.just(""),
)
_terminators = st.sampled_from(["\n", "\r", "\r\n"])


@st.composite
def streams(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(_field_lines, max_size=20))
    text = "".join(line + draw(_terminators) for line in lines)
    return text.encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(raw=streams(), data=st.data())
def test_arbitrary_chunk_boundaries_give_same_events(raw: bytes, data: st.DataObject) -> None:
    cuts = data.draw(st.lists(st.integers(0, len(raw)), max_size=12))
    assert parse(raw, split=cuts) == parse(raw)


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(max_size=400), data=st.data())
def test_garbage_gives_events_or_stream_error(raw: bytes, data: st.DataObject) -> None:
    cuts = data.draw(st.lists(st.integers(0, len(raw)), max_size=8))
    try:
        events = parse(raw, split=cuts)
    except StreamError:
        return
    assert all(isinstance(e, ServerSentEvent) for e in events)
    assert events == parse(raw)


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=200))
def test_garbage_with_small_cap_or_strict_utf8_only_raises_stream_error(raw: bytes) -> None:
    parser = SSEParser(max_line_bytes=16, errors="strict")
    try:
        parser.feed(raw)
        parser.close()
    except StreamError:
        pass


# --- feed_raw: the drivers' fast path ----------------------------------------------------


def parse_raw(
    raw: bytes, *, split: list[int] | None = None, errors: str = "replace"
) -> tuple[list[tuple[str, str]], bool, str | None]:
    """``raw`` through ``feed_raw``: (data, event type) of each event, ``pending``, last id."""
    parser = SSEParser(errors=errors)
    cuts = [0, *sorted(split or []), len(raw)]
    shapes: list[tuple[str, str]] = []
    for start, end in itertools.pairwise(cuts):
        for item in parser.feed_raw(raw[start:end]):
            if isinstance(item, bytes):
                shapes.append((parser.text(item), "message"))
            else:
                shapes.append((item.data, item.event))
    parser.close()
    return shapes, parser.pending, parser.last_event_id


def slow_shapes(
    raw: bytes, errors: str = "replace"
) -> tuple[list[tuple[str, str]], bool, str | None]:
    parser = SSEParser(errors=errors)
    events = parser.feed(raw)
    parser.close()
    return [(e.data, e.event) for e in events], parser.pending, parser.last_event_id


def test_plain_events_come_out_as_undecoded_data() -> None:
    parser = SSEParser()
    items = parser.feed_raw(
        'data: 1\n\ndata: {"a": "é"}\n\n: ping\n\nevent: x\ndata: 3\n\n'.encode()
    )
    # The first line of a stream takes the full path (a BOM may open it).
    assert items == [ev("1"), '{"a": "é"}'.encode(), ev("3", "x")]


def test_multi_line_data_and_fields_after_data_take_the_full_path() -> None:
    parser = SSEParser()
    assert parser.feed_raw(b"data: 0\n\ndata: a\ndata: b\n\ndata: c\nid: 4\n\n") == [
        ev("0"),
        ev("a\nb"),
        ev("c", id="4"),
    ]


def test_a_held_data_line_survives_feed_and_close() -> None:
    parser = SSEParser()
    assert parser.feed_raw(b"data: 0\n\ndata: 1\n") == [ev("0")]
    assert parser.feed(b"data: 2\n\n") == [ev("1\n2")]
    assert parser.feed_raw(b"data: 3\n") == []
    parser.close()
    assert parser.pending  # the held line was a fragment of an unfinished event


@pytest.mark.parametrize(
    ("raw", "expected"), [c[1:] for c in WHATWG_CASES], ids=[c[0] for c in WHATWG_CASES]
)
def test_feed_raw_keeps_the_whatwg_rules(raw: bytes, expected: list[ServerSentEvent]) -> None:
    shapes = [(e.data, e.event) for e in expected]
    for i in range(len(raw) + 1):
        assert parse_raw(raw, split=[i])[0] == shapes, f"split at {i}"
    assert parse_raw(raw, split=list(range(len(raw))))[0] == shapes


@settings(max_examples=300, deadline=None)
@given(raw=streams(), data=st.data())
def test_feed_raw_agrees_with_feed(raw: bytes, data: st.DataObject) -> None:
    cuts = data.draw(st.lists(st.integers(0, len(raw)), max_size=12))
    assert parse_raw(raw, split=cuts) == slow_shapes(raw)


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(max_size=400), data=st.data(), errors=st.sampled_from(["replace", "strict"]))
def test_feed_raw_agrees_with_feed_on_garbage(raw: bytes, data: st.DataObject, errors: str) -> None:
    cuts = data.draw(st.lists(st.integers(0, len(raw)), max_size=8))
    try:
        expected = slow_shapes(raw, errors)
    except StreamError:
        expected = None
    try:
        got = parse_raw(raw, split=cuts, errors=errors)
    except StreamError:
        got = None
    assert got == expected


@pytest.mark.parametrize(
    "raw",
    [
        b"data: 0\n\ndata: 0123456789\n\n",  # a whole line over the cap (LF only)
        b"data: 0\n\n" + b"x" * 20,  # an unfinished line over the cap (LF only)
        b"data: 0123456789\r\r",  # a whole line over the cap (CR)
        b"data: 0\r" + b"x" * 20,  # an unfinished line over the cap (CR)
    ],
)
def test_feed_raw_line_caps(raw: bytes) -> None:
    with pytest.raises(StreamError, match="longer than 8 bytes"):
        SSEParser(max_line_bytes=8).feed_raw(raw)


def test_feed_raw_cap_across_chunks() -> None:
    parser = SSEParser(max_line_bytes=8)
    parser.feed_raw(b"data: 01")
    with pytest.raises(StreamError):
        parser.feed_raw(b"2")
