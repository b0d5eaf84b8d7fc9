"""Pagination cursors and polling statuses: unusable server values are data, not crashes."""

from __future__ import annotations

from typing import Any

import pytest

from integrations_openai.errors import ResponseDecodeError, TimeoutError
from integrations_openai.pagination import CursorStrategy, NextPageStrategy, SyncPage
from integrations_openai.polling import poll, status_of

ODD = [{"a": 1}, ["x"], 10**30, 1.5, None, True, ""]


@pytest.mark.parametrize("cursor", ODD)
def test_cursor_that_is_not_a_string_ends_paging(cursor: object) -> None:
    raw = {"has_more": True, "last_id": cursor, "data": [{"id": cursor}]}
    assert CursorStrategy().next_params({}, raw["data"], raw) is None
    assert NextPageStrategy().next_params({}, [], {"next_page": cursor}) is None


@pytest.mark.parametrize("has_more", [{"a": 1}, [True], "true", 1])
def test_has_more_must_be_true_itself(has_more: object) -> None:
    raw = {"has_more": has_more, "last_id": "x"}
    assert CursorStrategy().next_params({}, [{"id": "x"}], raw) is None


def test_a_cursor_that_repeats_is_our_error() -> None:
    def fetch(params: dict[str, Any]) -> tuple[list[Any], Any]:
        return [{"id": "a"}], {"has_more": True, "last_id": "a"}

    with pytest.raises(ResponseDecodeError, match="did not advance"):
        list(SyncPage.first(fetch))


@pytest.mark.parametrize("status", ODD)
def test_odd_status_is_not_terminal_and_polling_ends_at_the_deadline(status: object) -> None:
    assert status_of({"status": status}) == (status if isinstance(status, str) else None)
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    def fetch() -> tuple[object, dict[str, str]]:
        return {"status": status}, {}

    with pytest.raises(TimeoutError, match="polling deadline"):
        poll(fetch, kind="batch", timeout=3.0, interval=1.0, sleep=sleep, clock=lambda: now[0])
    assert now[0] == 3.0
