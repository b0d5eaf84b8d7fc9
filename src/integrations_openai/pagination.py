"""Auto-pagination over list endpoints: one strategy question, one loop per driver.

A strategy answers only "what are the next request params?" for a fetched page:
``CursorStrategy`` for the ``after``/``has_more``/``last_id`` lists (``before``/``first_id``
when paging backwards), ``NextPageStrategy`` for the ``page``/``next_page`` lists (usage,
costs), ``SinglePage`` for lists that are never split. ``SyncPage``/``AsyncPage`` get a
``fetch(params) -> (items, raw_page)`` callable from the resource layer and iterate every
item across pages; the pages themselves stay reachable (``first_page``, ``iter_pages()``).
``raw_page`` may be a dict or a typed model: fields are read by key or attribute.
"""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from typing import Any, Generic, Protocol, TypeVar

import attrs

from .errors import ConfigurationError, ResponseDecodeError

__all__ = [
    "AsyncPage",
    "CursorStrategy",
    "NextPageStrategy",
    "Page",
    "PageStrategy",
    "SinglePage",
    "SyncPage",
    "field_of",
    "strategy_for",
]

T = TypeVar("T")
Params = dict[str, Any]
FetchResult = tuple[Sequence[T], Any]


def field_of(obj: Any, name: str) -> Any:
    """``obj[name]`` for mappings, ``obj.name`` otherwise; ``None`` when absent.

    Pages and polled objects may be plain dicts or generated models (polling uses it too).
    """
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)


def _str_or_none(value: Any) -> str | None:
    # Generated models use an UNSET sentinel for absent fields: anything but a
    # non-empty string means "no cursor".
    return value if isinstance(value, str) and value else None


class PageStrategy(Protocol):
    """How one list endpoint pages: the params of the next page, or ``None`` at the end."""

    def next_params(self, params: Params, items: Sequence[Any], raw: Any) -> Params | None:
        """Params for the page after ``raw`` (fetched with ``params``), ``None`` if last."""
        ...


@attrs.frozen(slots=True)
class CursorStrategy:
    """``after=<last_id>`` while ``has_more``; ``before=<first_id>`` if paging backwards."""

    def next_params(self, params: Params, items: Sequence[Any], raw: Any) -> Params | None:
        """See ``PageStrategy``."""
        if field_of(raw, "has_more") is not True or not items:
            return None
        if params.get("before") is not None and params.get("after") is None:
            cursor = _str_or_none(field_of(raw, "first_id")) or _str_or_none(
                field_of(items[0], "id")
            )
            key = "before"
        else:
            cursor = _str_or_none(field_of(raw, "last_id")) or _str_or_none(
                field_of(items[-1], "id")
            )
            key = "after"
        if cursor is None:
            return None
        return {**params, key: cursor}


@attrs.frozen(slots=True)
class NextPageStrategy:
    """``page=<next_page>`` while the server returns a ``next_page`` token."""

    def next_params(self, params: Params, items: Sequence[Any], raw: Any) -> Params | None:
        """See ``PageStrategy``."""
        token = _str_or_none(field_of(raw, "next_page"))
        if token is None or field_of(raw, "has_more") is False:
            return None
        return {**params, "page": token}


@attrs.frozen(slots=True)
class SinglePage:
    """A list that is never split (e.g. ``models.list``)."""

    def next_params(self, params: Params, items: Sequence[Any], raw: Any) -> Params | None:
        """Always ``None``."""
        return None


def strategy_for(query_params: Iterable[str]) -> PageStrategy:
    """The strategy for a list operation, from the names of its query parameters.

    ``after`` -> cursor paging, ``page`` -> ``next_page`` tokens, otherwise one page.
    """
    names = set(query_params)
    if "after" in names:
        return CursorStrategy()
    if "page" in names:
        return NextPageStrategy()
    return SinglePage()


@attrs.frozen(slots=True)
class Page(Generic[T]):
    """One fetched page: its ``items``, the ``raw`` page object and the params used."""

    items: Sequence[T]
    raw: Any
    params: Params
    next_params: Params | None

    @property
    def has_next(self) -> bool:
        """True when another page follows."""
        return self.next_params is not None


def _make_page(
    strategy: PageStrategy, params: Params, result: FetchResult[T], previous: Params | None
) -> Page[T]:
    """The shared decision of both drivers: wrap a fetch result, compute what comes next."""
    try:
        items, raw = result
    except (TypeError, ValueError):
        raise ConfigurationError("fetch(params) must return (items, raw_page)") from None
    nxt = strategy.next_params(params, items, raw)
    if nxt is not None and nxt in (params, previous):
        # A server bug would otherwise loop forever over the same page.
        raise ResponseDecodeError(f"pagination cursor did not advance: {nxt!r}")
    return Page(items=items, raw=raw, params=params, next_params=nxt)


class _Paginator(Generic[T]):
    __slots__ = ("_first", "_max_pages", "_params", "_strategy")

    def __init__(
        self,
        params: Mapping[str, Any] | None,
        strategy: PageStrategy,
        max_pages: int | None,
    ) -> None:
        if max_pages is not None and max_pages < 1:
            raise ConfigurationError("max_pages must be >= 1 or None")
        self._params: Params = dict(params or {})
        self._strategy = strategy
        self._max_pages = max_pages
        self._first: Page[T] | None = None

    def _next(self, page: Page[T], count: int) -> Params | None:
        """Params of the page after ``page`` (the ``count``-th), honouring ``max_pages``."""
        if self._max_pages is not None and count >= self._max_pages:
            return None
        return page.next_params

    def __repr__(self) -> str:
        return f"<{type(self).__name__} params={self._params!r}>"


class SyncPage(_Paginator[T]):
    """Every item across pages (``for item in page``); pages via ``iter_pages()``."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        fetch: Callable[[Params], FetchResult[T]],
        params: Mapping[str, Any] | None = None,
        *,
        strategy: PageStrategy | None = None,
        max_pages: int | None = None,
    ) -> None:
        super().__init__(params, strategy or CursorStrategy(), max_pages)
        self._fetch = fetch

    def _load(self, params: Params, previous: Params | None) -> Page[T]:
        return _make_page(self._strategy, params, self._fetch(params), previous)

    @property
    def first_page(self) -> Page[T]:
        """The first page (fetched once, on first use)."""
        if self._first is None:
            self._first = self._load(self._params, None)
        return self._first

    def iter_pages(self) -> Iterator[Page[T]]:
        """Each page in order, fetching the next one only when asked for."""
        page, count = self.first_page, 1
        while True:
            yield page
            params = self._next(page, count)
            if params is None:
                return
            page, count = self._load(params, page.params), count + 1

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Paginator[T]):
    """``await`` it for the first page; ``async for`` it for every item across pages."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        fetch: Callable[[Params], Awaitable[FetchResult[T]]],
        params: Mapping[str, Any] | None = None,
        *,
        strategy: PageStrategy | None = None,
        max_pages: int | None = None,
    ) -> None:
        super().__init__(params, strategy or CursorStrategy(), max_pages)
        self._fetch = fetch

    async def _load(self, params: Params, previous: Params | None) -> Page[T]:
        return _make_page(self._strategy, params, await self._fetch(params), previous)

    async def first_page(self) -> Page[T]:
        """The first page (fetched once, on first use)."""
        if self._first is None:
            self._first = await self._load(self._params, None)
        return self._first

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Each page in order, fetching the next one only when asked for."""
        page, count = await self.first_page(), 1
        while True:
            yield page
            params = self._next(page, count)
            if params is None:
                return
            page, count = await self._load(params, page.params), count + 1

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
