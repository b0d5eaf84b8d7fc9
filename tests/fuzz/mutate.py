"""Hypothesis strategies that mutate a seed answer the way broken or hostile servers do.

Body: truncation, byte splices, invalid UTF-8, JSON values retyped (objects, lists, huge
numbers, lone surrogates, strings where numbers were) or nested thousands of levels deep,
keys dropped. SSE: events dropped, repeated, reordered, renamed (``error``, ``thread.*``),
``[DONE]`` removed, framing broken (lone CR, missing blank line, comments, ``retry:``
of thousands of digits). Headers: rate-limit, retry-after, poll-after, request id, content
type and encoding replaced by hostile values (64 KB digit runs included). Status: any of
the codes OpenAI (or a proxy in front of it) answers with.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs
from hypothesis import strategies as st

from .seeds import Seed

__all__ = ["Answer", "answers"]

STATUSES = (200, 201, 202, 204, 299, 301, 400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503)
HEADER_NAMES = (
    "x-ratelimit-limit-requests",
    "x-ratelimit-remaining-tokens",
    "x-ratelimit-reset-requests",
    "x-ratelimit-reset-tokens",
    "retry-after",
    "retry-after-ms",
    "openai-poll-after-ms",
    "x-should-retry",
    "x-request-id",
    "content-type",
    "content-encoding",
)
_PLACEHOLDER = "\u0000fuzz-placeholder\u0000"


@attrs.frozen
class Answer:
    """What the server sends for one case (the same answer to every request of it)."""

    status: int
    headers: tuple[tuple[str, bytes], ...]
    body: bytes
    steps: tuple[str, ...]  # the mutations applied, for the failure report


def _nested(depth: int, kind: str) -> str:
    if kind == "list":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def hostile_json_values(big: int) -> st.SearchStrategy[str]:
    """JSON texts to put where any value was."""
    plain = st.sampled_from(
        [
            "{}",
            "[]",
            '{"type": "error"}',
            '["response.completed"]',
            '{"error": {"message": {"a": 1}, "code": [1]}}',
            "null",
            "true",
            "0",
            "-1",
            "1.5",
            "1e308",
            "-1e400",
            "NaN",
            "Infinity",
            str(10**30),
            str(2**63),
            '""',
            '"\\ud800"',
            '"\\u0000"',
            '"[DONE]"',
            '"thread.run.completed"',
            '"response.completed"',
            '"completed"',
            '"in_progress"',
        ]
    )
    deep = st.builds(
        _nested, st.sampled_from([30, 255, 257, 1_000, 3_000]), st.sampled_from(["list", "object"])
    )
    long = st.integers(1, big).map(lambda n: json.dumps("x" * n))
    many = st.integers(1, 50).map(lambda n: "[" + ",".join(["{}"] * n) + "]")
    return st.one_of(plain, deep, long, many, st.from_regex(r"\A-?[0-9]{1,400}\Z").map(str))


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            out.extend(_paths(child, (*path, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            out.extend(_paths(child, (*path, index)))
    return out


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _set(value[head], rest, new)}
    copy = list(value)
    copy[head] = _set(copy[head], rest, new)
    return copy


def _drop(value: Any, path: tuple[Any, ...]) -> Any:
    if len(path) == 1:
        if isinstance(value, dict):
            return {k: v for k, v in value.items() if k != path[0]}
        return [v for i, v in enumerate(value) if i != path[0]]
    head = path[0]
    if isinstance(value, dict):
        return {**value, head: _drop(value[head], path[1:])}
    copy = list(value)
    copy[head] = _drop(copy[head], path[1:])
    return copy


@st.composite
def mutate_json_text(draw: st.DrawFn, text: str, big: int) -> str:
    """Retype, replace or drop one value of a JSON document (text in, text out)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # already broken or nested past our own stack
        return text
    paths = _paths(value)
    path = draw(st.sampled_from(paths))
    if path and draw(st.booleans()) and draw(st.booleans()):
        return json.dumps(_drop(value, path))
    replacement = draw(hostile_json_values(big))
    return json.dumps(_set(value, path, _PLACEHOLDER)).replace(
        json.dumps(_PLACEHOLDER), replacement, 1
    )


_EVENT_SPLIT = re.compile(rb"(?:\r\n|\r|\n){2}")


@st.composite
def mutate_sse(draw: st.DrawFn, body: bytes, big: int) -> tuple[bytes, str]:
    """One structural mutation of an event stream."""
    blocks = [b for b in _EVENT_SPLIT.split(body) if b]
    op = draw(
        st.sampled_from(
            ["event-json", "drop", "repeat", "swap", "rename", "no-done", "framing", "inject"]
        )
    )
    if op == "event-json" and blocks:
        i = draw(st.integers(0, len(blocks) - 1))
        lines = blocks[i].split(b"\n")
        for j, line in enumerate(lines):
            if line.startswith(b"data: ") and line != b"data: [DONE]":
                text = line[6:].decode("utf-8", "replace")
                lines[j] = b"data: " + draw(mutate_json_text(text, big)).encode(
                    "utf-8", "surrogatepass"
                )
        blocks[i] = b"\n".join(lines)
    elif op == "drop" and blocks:
        del blocks[draw(st.integers(0, len(blocks) - 1))]
    elif op == "repeat" and blocks:
        i = draw(st.integers(0, len(blocks) - 1))
        blocks[i:i] = [blocks[i]] * draw(st.integers(1, 20))
    elif op == "swap" and len(blocks) > 1:
        i, j = draw(st.lists(st.integers(0, len(blocks) - 1), min_size=2, max_size=2))
        blocks[i], blocks[j] = blocks[j], blocks[i]
    elif op == "rename" and blocks:
        i = draw(st.integers(0, len(blocks) - 1))
        name = draw(
            st.sampled_from(
                [
                    b"error",
                    b"thread.run.completed",
                    b"thread.x",
                    b"done",
                    b"",
                    b"response.completed",
                ]
            )
        )
        lines = [ln for ln in blocks[i].split(b"\n") if not ln.startswith(b"event:")]
        blocks[i] = b"\n".join([b"event: " + name, *lines])
    elif op == "no-done":
        blocks = [b for b in blocks if b.strip() != b"data: [DONE]"]
    elif op == "framing":
        sep = draw(st.sampled_from([b"\n", b"\r", b"\r\n\r\n", b"\r\r", b"\n\r\n", b"", b"\n\n\n"]))
        return sep.join(blocks) + draw(
            st.sampled_from([b"", b"\n", b"\n\n"])
        ), f"sse:framing:{sep!r}"
    elif op == "inject":
        i = draw(st.integers(0, len(blocks)))
        junk = draw(
            st.sampled_from(
                [
                    b": keep-alive",
                    b"retry: " + b"9" * 5000,
                    b"id: \x00",
                    b"data: [DONE]",
                    b"data: " + b"[" * 5000,
                    b'data: {"error": ' + b"[" * 3000 + b"]" * 3000 + b"}",
                    b"event: error\ndata: {}",
                    b"data: \xff\xfe\xc3",
                    b"field-without-colon",
                    b"data:" + b" " * 1000,
                ]
            )
        )
        blocks.insert(i, junk)
    return b"\n\n".join(blocks) + b"\n\n", f"sse:{op}"


def hostile_header_values(big: int) -> st.SearchStrategy[bytes]:
    fixed = st.sampled_from(
        [
            b"",
            b"-1",
            b"nan",
            b"inf",
            b"1e400",
            b"0",
            b"99999999999999999999",
            b"6m0s" * 500,
            b"1.5s",
            b"Wed, 21 Oct 2015 07:28:00 GMT",
            b"Sat, 01 Jan 3000 00:00:00 GMT",
            b"true",
            b"false",
            b"text/html",
            b"text/event-stream",
            b"application/json; charset=latin-1",
            b"gzip",
            b"br",
            b"deflate",
            b"zstd",
            b"gzip, gzip",
            b"\xe9\xff",
            b"sk-proj-abcdefghijklmnopqrstuvwxyz012345",
        ]
    )
    digits = st.integers(1, big).map(lambda n: b"9" * n)
    durations = st.integers(1, big).map(lambda n: b"1" * n + b"s")
    text = st.binary(max_size=40).map(lambda b: bytes(c for c in b if c >= 0x20 and c != 0x7F))
    return st.one_of(fixed, digits, durations, text)


@st.composite
def answers(draw: st.DrawFn, seed: Seed, big: int = 65_536) -> Answer:
    """One mutated answer: 1 to 3 mutations of the seed's status, headers or body."""
    status = seed.status
    headers = {name: value.encode("latin-1") for name, value in seed.headers}
    body = seed.body
    steps: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        kinds = ["truncate", "splice", "utf8", "header", "header", "status"]
        # Byte damage mostly ends at the JSON decoder: weigh the mutations that reach the
        # typed parsers, the stream router and the accumulators.
        kinds += ["sse"] * 4 if seed.family == "sse" else ["json"] * 4
        kind = draw(st.sampled_from(kinds))
        if kind == "truncate":
            cut = draw(st.integers(0, len(body)))
            body = body[:cut]
            steps.append(f"truncate:{cut}")
        elif kind == "splice":
            at = draw(st.integers(0, len(body)))
            junk = draw(st.binary(max_size=8))
            drop = draw(st.integers(0, 4))
            body = body[:at] + junk + body[at + drop :]
            steps.append(f"splice:{at}:{junk!r}:-{drop}")
        elif kind == "utf8":
            at = draw(st.integers(0, len(body)))
            junk = draw(
                st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x00"])
            )
            body = body[:at] + junk + body[at:]
            steps.append(f"utf8:{at}:{junk!r}")
        elif kind == "json":
            text = body.decode("utf-8", "replace")
            body = draw(mutate_json_text(text, big)).encode("utf-8", "surrogatepass")
            steps.append("json")
        elif kind == "sse":
            body, step = draw(mutate_sse(body, big))
            steps.append(step)
        elif kind == "header":
            name = draw(st.sampled_from(HEADER_NAMES))
            if draw(st.integers(0, 4)) == 0:
                headers.pop(name, None)
                steps.append(f"header:-{name}")
            else:
                value = draw(hostile_header_values(big))
                headers[name] = value
                steps.append(f"header:{name}:{value[:40]!r}({len(value)})")
        elif kind == "status":
            status = draw(st.sampled_from(STATUSES))
            steps.append(f"status:{status}")
    return Answer(status, tuple(headers.items()), body, tuple(steps))
