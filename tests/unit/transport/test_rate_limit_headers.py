"""``x-ratelimit-*`` header parsing (pure): examples plus property tests."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integrations_openai._headers import RateLimitInfo, parse_reset_seconds, request_id_from


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("6m0s", 360.0),
        ("1.5s", 1.5),
        ("20ms", 0.02),
        ("1h2m3s", 3723.0),
        ("2", 2.0),
        (" 0.25 ", 0.25),
        ("0s", 0.0),
    ],
)
def test_reset_examples(text: str, seconds: float) -> None:
    assert parse_reset_seconds(text) == pytest.approx(seconds)


@pytest.mark.parametrize(
    "text", [None, "", " ", "soon", "-1", "-1s", "1x", "s", "1 s", "nan", "inf", "1e400", "1m-2s"]
)
def test_unreadable_reset_is_none(text: str | None) -> None:
    assert parse_reset_seconds(text) is None


_units = st.sampled_from([("h", 3600.0), ("m", 60.0), ("s", 1.0), ("ms", 0.001)])


@given(st.lists(st.tuples(st.integers(0, 10_000), _units), min_size=1, max_size=4))
def test_durations_round_trip(parts: list[tuple[int, tuple[str, float]]]) -> None:
    text = "".join(f"{n}{unit}" for n, (unit, _) in parts)
    expected = sum(n * factor for n, (_, factor) in parts)
    assert parse_reset_seconds(text) == pytest.approx(expected)


@given(st.text())
def test_reset_never_raises_and_is_finite_and_non_negative(text: str) -> None:
    value = parse_reset_seconds(text)
    assert value is None or (math.isfinite(value) and value >= 0)


_names = st.sampled_from(
    [
        f"x-ratelimit-{kind}-{what}"
        for kind in ("limit", "remaining", "reset")
        for what in ("requests", "tokens")
    ]
)


@given(st.dictionaries(_names, st.text()))
def test_from_headers_never_raises_and_counts_are_non_negative(headers: dict[str, str]) -> None:
    info = RateLimitInfo.from_headers(headers)
    for value in (
        info.limit_requests,
        info.limit_tokens,
        info.remaining_requests,
        info.remaining_tokens,
    ):
        assert value is None or value >= 0
    for reset in (info.reset_requests, info.reset_tokens):
        assert reset is None or (math.isfinite(reset) and reset >= 0)


def test_from_headers_reads_all_six_and_ignores_junk() -> None:
    info = RateLimitInfo.from_headers(
        {
            "x-ratelimit-limit-requests": "60",
            "x-ratelimit-limit-tokens": "150000",
            "x-ratelimit-remaining-requests": "59",
            "x-ratelimit-remaining-tokens": "-3",
            "x-ratelimit-reset-requests": "1s",
            "x-ratelimit-reset-tokens": "junk",
        }
    )
    assert info == RateLimitInfo(60, 150000, 59, None, 1.0, None)
    assert not info.is_empty and RateLimitInfo.from_headers({}).is_empty


@given(st.text())
def test_request_id_never_carries_a_key(suffix: str) -> None:
    key = "sk-proj-ABCDEF0123456789"
    value = request_id_from({"x-request-id": f"req_{key}{suffix}"})
    assert value is not None and "ABCDEF0123456789" not in value
