"""Pages: strategies, the SDK's page surface (sync and async), raw pages as dicts or objects."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from integrations_openai.errors import ConfigurationError, ResponseDecodeError
from integrations_openai.pagination import (
    AsyncPaginator,
    CursorStrategy,
    NextPageStrategy,
    PageInfo,
    SinglePage,
    SyncPage,
    strategy_for,
)

ITEMS = [{"id": f"obj_{i}"} for i in range(7)]


def cursor_server(page_size: int = 3, *, with_last_id: bool = True):
    """A fake list endpoint over ITEMS honouring after/before/limit; records params."""
    calls: list[dict[str, Any]] = []

    def fetch(params: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        calls.append(dict(params))
        ids = [it["id"] for it in ITEMS]
        if params.get("after"):
            start = ids.index(params["after"]) + 1
            chunk = ITEMS[start : start + page_size]
            more = start + page_size < len(ITEMS)
        elif params.get("before"):
            end = ids.index(params["before"])
            chunk = ITEMS[max(0, end - page_size) : end]
            more = end - page_size > 0
        else:
            chunk, more = ITEMS[:page_size], page_size < len(ITEMS)
        raw: dict[str, Any] = {"object": "list", "data": chunk, "has_more": more}
        if with_last_id and chunk:
            raw["first_id"], raw["last_id"] = chunk[0]["id"], chunk[-1]["id"]
        return chunk, raw

    return fetch, calls


@pytest.mark.parametrize("with_last_id", [True, False])
def test_sync_iterates_all_items_across_pages(with_last_id: bool) -> None:
    fetch, calls = cursor_server(with_last_id=with_last_id)
    page = SyncPage.first(fetch, {"limit": 3})
    assert list(page) == ITEMS
    assert calls == [
        {"limit": 3},
        {"limit": 3, "after": "obj_2"},
        {"limit": 3, "after": "obj_5"},
    ]


def test_first_page_is_fetched_at_the_call_and_next_pages_on_demand() -> None:
    fetch, calls = cursor_server()
    page = SyncPage.first(fetch)
    assert len(calls) == 1
    assert page.data == ITEMS[:3] and page.has_next_page()
    assert page.raw["last_id"] == "obj_2" and page.last_id == "obj_2"  # the body reads through
    assert page.next_page_info() == PageInfo({"after": "obj_2"})
    second = page.get_next_page()
    assert second.data == ITEMS[3:6] and len(calls) == 2
    pages = page.iter_pages()
    assert next(pages) is page
    assert len(calls) == 2  # the next page is fetched only when asked for
    assert [p.params.get("after") for p in pages] == ["obj_2", "obj_5"]
    last = second.get_next_page()
    # The SDK's cursor page points past its last item even when has_more is false.
    assert not last.has_next_page() and last.next_page_info() == PageInfo({"after": "obj_6"})
    with pytest.raises(RuntimeError, match="has_next_page") as caught:
        last.get_next_page()
    assert isinstance(caught.value, ConfigurationError)  # ours, and the SDK's RuntimeError
    assert "SyncCursorPage items=1" in repr(last)
    with pytest.raises(AttributeError, match="no_such"):
        _ = page.no_such
    with pytest.raises(AttributeError):
        _ = page._private


def test_a_failing_first_fetch_raises_at_the_call() -> None:
    def fetch(params: dict[str, Any]) -> Any:
        raise ResponseDecodeError("boom")

    with pytest.raises(ResponseDecodeError):
        SyncPage.first(fetch)


def test_backwards_with_before_uses_first_id() -> None:
    fetch, calls = cursor_server()
    items = list(SyncPage.first(fetch, {"before": "obj_6"}))
    assert [it["id"] for it in items] == ["obj_3", "obj_4", "obj_5", "obj_0", "obj_1", "obj_2"]
    assert calls[1] == {"before": "obj_3"}


def test_max_pages() -> None:
    fetch, calls = cursor_server()
    assert list(SyncPage.first(fetch, max_pages=2)) == ITEMS[:6]
    assert len(calls) == 2
    with pytest.raises(ConfigurationError):
        SyncPage.first(fetch, max_pages=0)
    with pytest.raises(ConfigurationError):
        AsyncPaginator(fetch, max_pages=0)  # type: ignore[arg-type]


@attrs.define
class Obj:
    id: str


@attrs.define
class TypedPage:
    data: list[Obj]
    has_more: bool | object
    last_id: str | object = None


def test_typed_raw_pages_and_unset_sentinel() -> None:
    unset = object()
    pages = [
        TypedPage([Obj("a"), Obj("b")], True, unset),  # no last_id: falls back to item id
        TypedPage([Obj("c")], unset),  # has_more unset: last page
    ]

    def fetch(params: dict[str, Any]) -> tuple[list[Obj], TypedPage]:
        page = pages[1] if params.get("after") == "b" else pages[0]
        return page.data, page

    page = SyncPage.first(fetch)
    assert [o.id for o in page] == ["a", "b", "c"]
    assert page.has_more is True and page.data == pages[0].data


def test_has_more_without_items_or_cursor_stops() -> None:
    assert CursorStrategy().next_params({}, [], {"has_more": True}) is None
    assert CursorStrategy().next_params({}, [{"x": 1}], {"has_more": True}) is None


def test_stuck_cursor_is_an_error() -> None:
    def fetch(params: dict[str, Any]) -> tuple[list[dict[str, str]], dict[str, Any]]:
        return [{"id": "same"}], {"has_more": True, "last_id": "same"}

    page = SyncPage.first(fetch)  # the first page is fine; the second repeats its cursor
    with pytest.raises(ResponseDecodeError, match="did not advance"):
        list(page)


def test_bad_fetch_result_is_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="items, raw_page"):
        SyncPage.first(lambda params: None)  # type: ignore[arg-type,return-value]


def test_next_page_strategy() -> None:
    pages = {
        None: ([1, 2], {"data": [1, 2], "has_more": True, "next_page": "p2"}),
        "p2": ([3], {"data": [3], "has_more": True, "next_page": "p3"}),
        "p3": ([4], {"data": [4], "has_more": False, "next_page": None}),
    }
    calls: list[dict[str, Any]] = []

    def fetch(params: dict[str, Any]) -> Any:
        calls.append(params)
        return pages[params.get("page")]

    assert list(SyncPage.first(fetch, {"limit": 2}, strategy=NextPageStrategy())) == [1, 2, 3, 4]
    assert calls[2] == {"limit": 2, "page": "p3"}
    stop = NextPageStrategy().next_params({}, [1], {"has_more": False, "next_page": "x"})
    assert stop is None


def test_single_page() -> None:
    page = SyncPage.first(
        lambda p: ([1, 2], {"data": [1, 2], "has_more": True}), strategy=SinglePage()
    )
    assert list(page) == [1, 2] and not page.has_next_page()


async def test_async_paginator_awaitable_and_iterable() -> None:
    sync_fetch, calls = cursor_server()

    async def fetch(params: dict[str, Any]) -> Any:
        return sync_fetch(params)

    paginator = AsyncPaginator(fetch, {"limit": 3})
    assert calls == [] and "AsyncPaginator" in repr(paginator)
    first = await paginator
    assert first.data == ITEMS[:3] and first.has_next_page()
    assert await paginator is first  # fetched once
    assert [item async for item in paginator] == ITEMS
    assert len(calls) == 3
    second = await first.get_next_page()
    assert second.data == ITEMS[3:6]
    pages = [p async for p in (await AsyncPaginator(fetch, max_pages=2)).iter_pages()]
    assert [len(p.data) for p in pages] == [3, 3]
    assert not pages[1].has_next_page()
    with pytest.raises(ConfigurationError):
        await pages[1].get_next_page()
    assert [item async for item in second] == ITEMS[3:]


def test_strategy_for_query_params() -> None:
    assert isinstance(strategy_for(["after", "limit", "order"]), CursorStrategy)
    assert isinstance(strategy_for({"page": 1, "limit": 2}), NextPageStrategy)
    assert isinstance(strategy_for([]), SinglePage)


def test_sdk_page_names_are_ours() -> None:
    from integrations_openai import pagination

    for style in (pagination.SyncCursorPage, pagination.SyncTokenPage):
        assert issubclass(style, SyncPage) and style is not SyncPage
    for style in (pagination.AsyncCursorPage, pagination.AsyncTokenPage):
        assert issubclass(style, pagination.AsyncPage)
    assert sorted(pagination.__all__) == pagination.__all__
    assert all(hasattr(pagination, name) for name in pagination.__all__)


@pytest.mark.parametrize(
    ("strategy", "name"),
    [
        (CursorStrategy(), "SyncCursorPage[FileObject]"),
        (NextPageStrategy(), "SyncTokenPage[FileObject]"),
        (SinglePage(), "SyncPage[FileObject]"),
        (None, "SyncCursorPage[FileObject]"),  # the default strategy
    ],
)
def test_a_page_is_named_as_the_sdks_page_of_its_style(strategy: Any, name: str) -> None:
    fetch, _ = cursor_server()
    page = SyncPage.first(fetch, strategy=strategy, item="FileObject")
    assert type(page).__name__ == type(page).__qualname__ == name
    assert isinstance(page, SyncPage)  # our documented page class still holds every page
    assert type(page) is SyncPage.styled(strategy, "FileObject")  # made once per item
    if page.has_next_page():
        assert type(page.get_next_page()) is type(page)
    assert SyncPage.styled(strategy).__name__ == name.split("[")[0]


async def test_async_pages_are_named_by_style_and_item() -> None:
    sync_fetch, _ = cursor_server()

    async def fetch(params: dict[str, Any]) -> Any:
        return sync_fetch(params)

    from integrations_openai.pagination import AsyncCursorPage, AsyncPage

    first = await AsyncPaginator(fetch, strategy=CursorStrategy(), item="FineTuningJob")
    assert type(first).__name__ == "AsyncCursorPage[FineTuningJob]"
    assert isinstance(first, AsyncCursorPage) and isinstance(first, AsyncPage)
    single = await AsyncPaginator(fetch, strategy=SinglePage(), item="Model")
    assert type(single).__name__ == "AsyncPage[Model]" and single.next_page_info() is None


def test_next_page_info_on_the_last_page_follows_the_style() -> None:
    empty = SyncPage.first(lambda p: ([], {"data": [], "has_more": False}))
    assert empty.next_page_info() is None  # nothing to continue after
    fetch, _ = cursor_server()
    backwards = SyncPage.first(fetch, {"before": "obj_2"})
    assert not backwards.has_next_page()
    assert backwards.next_page_info() == PageInfo({"before": "obj_0"})
    token = SyncPage.first(
        lambda p: ([{"id": "a"}], {"data": [{"id": "a"}], "next_page": None}),
        strategy=NextPageStrategy(),
    )
    assert token.next_page_info() is None


def test_dumps_list_the_page_class_fields_first() -> None:
    body = {"object": "list", "search_query": ["q"], "data": [{"id": "a"}], "has_more": False}
    single = SyncPage.first(lambda p: (body["data"], body), strategy=SinglePage())
    assert list(single.to_dict()) == ["data", "object", "search_query", "has_more"]
    assert single.to_dict() == body
    cursor = SyncPage.first(lambda p: (body["data"], body), strategy=CursorStrategy())
    assert list(cursor.model_dump()) == ["data", "has_more", "object", "search_query"]
    assert cursor.to_json(indent=None).startswith('{"data":[{"id":"a"}],"has_more":false,')
    assert cursor.model_dump_json().startswith('{"data":')


def test_typed_page_dumps_pass_options_through() -> None:
    @attrs.frozen
    class Body:
        object: str = "list"
        data: list[str] = attrs.field(factory=lambda: ["x"])

        def to_dict(self, **options: Any) -> dict[str, Any]:
            return {"object": self.object, "data": self.data, **options}

        def model_dump(self, **options: Any) -> dict[str, Any]:
            return self.to_dict(**options)

    page = SyncPage.first(lambda p: (["x"], Body()), strategy=SinglePage())
    assert page.to_dict(exclude_unset=False) == {
        "data": ["x"],
        "object": "list",
        "exclude_unset": False,
    }
    assert list(page.model_dump_json(indent=2).splitlines())[1] == '  "data": ['
