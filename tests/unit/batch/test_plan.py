"""Planning: custom ids assigned or kept, bad input refused at the boundary, split at limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from integrations_openai import batch
from integrations_openai.batch._plan import input_lines, split
from integrations_openai.errors import ConfigurationError

EP = "/v1/chat/completions"


def test_public_names() -> None:
    for name in batch.__all__:
        assert hasattr(batch, name)
    assert batch.MAX_REQUESTS_PER_FILE == 50_000 and batch.MAX_FILE_BYTES == 200 * 1024**2


def test_ids_are_assigned_to_bodies_and_kept_on_full_lines() -> None:
    full = {"custom_id": "mine", "body": {"model": "m"}}
    got = [(cid, json.loads(line)) for cid, line in input_lines([{"model": "m"}, full], EP)]
    assert got[0] == ("request-0", {"custom_id": "request-0", "method": "POST", "url": EP,
                                    "body": {"model": "m"}})  # fmt: skip
    assert got[1] == ("mine", {"custom_id": "mine", "body": {"model": "m"}, "method": "POST",
                               "url": EP})  # fmt: skip


def test_a_jsonl_path_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"model": "a"}\n\n{"model": "b"}\n')
    assert [cid for cid, _ in input_lines(path, EP)] == ["request-0", "request-1"]
    path.write_text('{"model": "a"}\nnot json\n')
    with pytest.raises(ConfigurationError, match="line 2 is not JSON"):
        list(input_lines(str(path), EP))


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([[1]], "must be a JSON object"),
        ([{"custom_id": "", "body": {}}], "non-empty string"),
        ([{"custom_id": "x", "body": {}}, {"custom_id": "x", "body": {}}], "duplicate"),
    ],
)
def test_bad_requests_are_refused(items: list[object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        list(input_lines(items, EP))  # type: ignore[arg-type]


def test_split_by_count_and_by_bytes() -> None:
    lines = [(str(i), b"x" * 10) for i in range(7)]
    assert [len(g) for g in split(lines, max_requests=3)] == [3, 3, 1]
    assert [len(g) for g in split(lines, max_bytes=25)] == [2, 2, 2, 1]
    with pytest.raises(ConfigurationError, match="alone exceeds"):
        list(split([("big", b"x" * 30)], max_bytes=25))
