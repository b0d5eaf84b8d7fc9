"""Pages of list endpoints, shaped like the official SDK's (``SyncCursorPage``, ``AsyncPaginator``).

A strategy answers only "what are the next request params?" for a fetched page:
``CursorStrategy`` for the ``after``/``has_more``/``last_id`` lists (``before``/``first_id``
when paging backwards), ``NextPageStrategy`` for the ``page``/``next_page`` lists (usage,
costs), ``SinglePage`` for lists that are never split.

A list call fetches its first page at the call (an error surfaces there, not in the
``for`` loop) and returns a ``SyncPage``, named as the SDK names the page of that list: the
strategy's style (``SyncCursorPage``, ``SyncPage`` for one page) and the SDK's item name
(``SyncCursorPage[FileObject]``); each is a subclass of ``SyncPage``: ``.data`` (this page's items),
``has_next_page()``, ``next_page_info()``, ``get_next_page()``, ``iter_pages()``, and
iteration over every item of every page from this one on. Fields of the page body read
through (``page.has_more``, ``page.last_id``). The async call returns an
``AsyncPaginator``: ``await`` it for the first ``AsyncPage``, or ``async for`` every item.
The resource layer provides ``fetch(params) -> (items, raw_page)``; ``raw_page`` may be a
dict or a typed model: fields are read by key or attribute.
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
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, Self, TypeVar, cast

import attrs
from integrations_openai_api._runtime.lenient import dumps

from .errors import ConfigurationError, ResponseDecodeError

__all__ = [
    "AsyncCursorPage",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncTokenPage",
    "CursorStrategy",
    "NextPageStrategy",
    "NoNextPageError",
    "PageInfo",
    "PageStrategy",
    "SinglePage",
    "SyncCursorPage",
    "SyncPage",
    "SyncTokenPage",
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


class NoNextPageError(ConfigurationError, RuntimeError):
    """``get_next_page()`` on the last page: our ``ConfigurationError``, and a ``RuntimeError``
    as the official SDK raises, so either ``except`` catches it."""


class PageStrategy(Protocol):
    """How one list endpoint pages: the params of the next page, or ``None`` at the end."""

    def next_params(self, params: Params, items: Sequence[Any], raw: Any) -> Params | None:
        """Params for the page after ``raw`` (fetched with ``params``), ``None`` if last."""
        ...


@attrs.frozen(slots=True)
class CursorStrategy:
    """``after=<last_id>`` while ``has_more``; ``before=<first_id>`` if paging backwards."""

    #: The SDK's page class for this style (``SyncCursorPage``/``AsyncCursorPage``).
    page_style: ClassVar[str] = "Cursor"

    def next_params(self, params: Params, items: Sequence[Any], raw: Any) -> Params | None:
        """See ``PageStrategy``."""
        if field_of(raw, "has_more") is not True:
            return None
        return self.cursor(params, items, raw)

    def cursor(self, params: Params, items: Sequence[Any], raw: Any) -> Params | None:
        """The params that continue after ``items``, whether or not the server has more
        (``None`` without items or ids): what the SDK's ``next_page_info()`` reports."""
        if not items:
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

    #: The SDK's page class for ``page`` tokens (``SyncTokenPage``/``AsyncTokenPage``).
    page_style: ClassVar[str] = "Token"

    def next_params(self, params: Params, items: Sequence[Any], raw: Any) -> Params | None:
        """See ``PageStrategy``."""
        token = _str_or_none(field_of(raw, "next_page"))
        if token is None or field_of(raw, "has_more") is False:
            return None
        return {**params, "page": token}


@attrs.frozen(slots=True)
class SinglePage:
    """A list that is never split (e.g. ``models.list``)."""

    #: The SDK's page class for a list that is not paged (``SyncPage``/``AsyncPage``).
    page_style: ClassVar[str] = ""

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
class PageInfo:
    """What the next page is requested with (the SDK's ``PageInfo``): its query ``params``."""

    params: Params


def _split(result: FetchResult[T]) -> tuple[list[T], Any]:
    try:
        items, raw = result
    except (TypeError, ValueError):
        raise ConfigurationError("fetch(params) must return (items, raw_page)") from None
    return list(items), raw


class _PageBase(Generic[T]):
    """What both drivers' pages share: the items, the raw body, what comes next (no I/O)."""

    #: The body fields the SDK's page class declares: its dumps list them first.
    _fields: ClassVar[tuple[str, ...]] = ("data", "object")
    #: The subclass of each strategy's ``page_style`` (set below the subclasses).
    _styles: ClassVar[Mapping[str, type[_PageBase[Any]]]] = {}

    __slots__ = (
        "_max_pages",
        "_next",
        "_number",
        "_request_id",
        "_strategy",
        "data",
        "params",
        "raw",
    )

    def __init__(
        self,
        params: Mapping[str, Any] | None,
        result: FetchResult[T],
        *,
        strategy: PageStrategy | None = None,
        max_pages: int | None = None,
        previous: Params | None = None,
        number: int = 1,
    ) -> None:
        if max_pages is not None and max_pages < 1:
            raise ConfigurationError("max_pages must be >= 1 or None")
        self.params: Params = dict(params or {})
        self.data, self.raw = _split(result)
        self._strategy = strategy or CursorStrategy()
        self._max_pages = max_pages
        self._number = number
        self._request_id: str | None = getattr(self.raw, "_request_id", None)
        nxt = self._strategy.next_params(self.params, self.data, self.raw)
        if nxt is not None and nxt in (self.params, previous):
            # A server bug would otherwise loop forever over the same page.
            raise ResponseDecodeError(f"pagination cursor did not advance: {nxt!r}")
        if max_pages is not None and number >= max_pages:
            nxt = None
        self._next = nxt

    def has_next_page(self) -> bool:
        """True when another page follows this one."""
        return self._next is not None

    @classmethod
    def styled(cls, strategy: PageStrategy | None = None, item: str = "") -> type[Self]:
        """The class of a page of ``strategy``'s style holding ``item`` (the SDK's name of
        the items): ``SyncCursorPage[FileObject]``, a subclass of this one."""
        style = getattr(strategy or CursorStrategy(), "page_style", "")
        return cast("type[Self]", _styled(cast(Any, cls), style, item))

    def next_page_info(self) -> PageInfo | None:
        """What changes for the next page (``{"after": "<last id>"}``).

        ``None`` on the last page, except on a cursor page: there it is the cursor after
        this page's last item, as the SDK reports it (``has_next_page()`` still says no).
        """
        nxt = self._next
        if nxt is None and isinstance(self._strategy, CursorStrategy):
            nxt = self._strategy.cursor(self.params, self.data, self.raw)
        if nxt is None:
            return None
        return PageInfo({k: v for k, v in nxt.items() if self.params.get(k) != v})

    def to_dict(self, **options: Any) -> dict[str, Any]:
        """The page body (``raw.to_dict(...)``) with the page class's fields first, as the
        SDK's page models dump: ``data``, then ``object`` or ``has_more``, then the rest."""
        return self._page_first("to_dict", options)

    def model_dump(self, **options: Any) -> dict[str, Any]:
        """``raw.model_dump(...)`` in the order of ``to_dict``."""
        return self._page_first("model_dump", options)

    def to_json(self, *, indent: int | None = 2, **options: Any) -> str:
        """``to_dict(...)`` as JSON text (indented by 2 by default)."""
        return dumps(self.to_dict(**options), indent=indent)

    def model_dump_json(self, *, indent: int | None = None, **options: Any) -> str:
        """``model_dump(mode="json", ...)`` as JSON text (compact unless ``indent``)."""
        return dumps(self.model_dump(mode="json", **options), indent=indent)

    def _page_first(self, method: str, options: dict[str, Any]) -> dict[str, Any]:
        raw = self.raw
        body = dict(raw) if isinstance(raw, Mapping) else getattr(raw, method)(**options)
        first = {k: body[k] for k in type(self)._fields if k in body}
        return {**first, **body}

    def _following(self) -> Params:
        if self._next is None:
            raise NoNextPageError(
                "no next page: check has_next_page() before calling get_next_page()"
            )
        return self._next

    def _options(self) -> dict[str, Any]:
        return {
            "strategy": self._strategy,
            "max_pages": self._max_pages,
            "previous": self.params,
            "number": self._number + 1,
        }

    def __getattr__(self, name: str) -> Any:
        # Fields of the page body read through (``page.has_more``, ``page.first_id``), as
        # on the SDK's page models. Private names never do (copy/pickle probe them).
        if name.startswith("_"):
            raise AttributeError(name)
        raw = object.__getattribute__(self, "raw")
        if isinstance(raw, Mapping):
            if name in raw:
                return raw[name]
        elif hasattr(raw, name):
            return getattr(raw, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} items={len(self.data)} params={self.params!r}"
            f" has_next_page={self.has_next_page()}>"
        )


class _SyncPage(_PageBase[T]):
    """One fetched page; iterating it yields every item of this page and the ones after."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        fetch: Callable[[Params], FetchResult[T]],
        params: Mapping[str, Any] | None,
        result: FetchResult[T],
        **options: Any,
    ) -> None:
        super().__init__(params, result, **options)
        self._fetch = fetch

    @classmethod
    def first(
        cls,
        fetch: Callable[[Params], FetchResult[T]],
        params: Mapping[str, Any] | None = None,
        *,
        strategy: PageStrategy | None = None,
        max_pages: int | None = None,
        item: str = "",
    ) -> _SyncPage[T]:
        """Fetch the first page now (errors surface here, at the call); ``item`` names the
        items in the page's class name (see ``styled``)."""
        start = dict(params or {})
        page = cls.styled(strategy, item)
        return page(fetch, start, fetch(start), strategy=strategy, max_pages=max_pages)

    def get_next_page(self) -> Self:
        """Fetch the page after this one (``NoNextPageError`` on the last page)."""
        params = self._following()
        return type(self)(self._fetch, params, self._fetch(params), **self._options())

    def iter_pages(self) -> Iterator[Self]:
        """This page and each one after it, fetched only when asked for."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class _AsyncPage(_PageBase[T]):
    """One fetched page (async); ``async for`` yields every item of it and the ones after."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        fetch: Callable[[Params], Awaitable[FetchResult[T]]],
        params: Mapping[str, Any] | None,
        result: FetchResult[T],
        **options: Any,
    ) -> None:
        super().__init__(params, result, **options)
        self._fetch = fetch

    async def get_next_page(self) -> Self:
        """Fetch the page after this one (``NoNextPageError`` on the last page)."""
        params = self._following()
        return type(self)(self._fetch, params, await self._fetch(params), **self._options())

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page and each one after it, fetched only when asked for."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async list call returns: ``await`` it for the first ``AsyncPage`` (fetched
    once), ``async for`` it for every item of every page."""

    __slots__ = ("_fetch", "_item", "_max_pages", "_page", "_params", "_strategy")

    def __init__(
        self,
        fetch: Callable[[Params], Awaitable[FetchResult[T]]],
        params: Mapping[str, Any] | None = None,
        *,
        strategy: PageStrategy | None = None,
        max_pages: int | None = None,
        item: str = "",
    ) -> None:
        if max_pages is not None and max_pages < 1:
            raise ConfigurationError("max_pages must be >= 1 or None")
        self._fetch = fetch
        self._params: Params = dict(params or {})
        self._strategy = strategy
        self._max_pages = max_pages
        self._item = item
        self._page: _AsyncPage[T] | None = None

    async def _first(self) -> _AsyncPage[T]:
        if self._page is None:
            result = await self._fetch(self._params)
            page: type[_AsyncPage[T]] = _AsyncPage.styled(self._strategy, self._item)
            self._page = page(
                self._fetch,
                self._params,
                result,
                strategy=self._strategy,
                max_pages=self._max_pages,
            )
        return self._page

    def __await__(self) -> Generator[Any, None, _AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in await self._first():
            yield item

    def __repr__(self) -> str:
        return f"<AsyncPaginator params={self._params!r}>"


class _SyncCursorPage(_SyncPage[T]):
    """A page of an ``after``/``has_more`` list (the SDK's ``SyncCursorPage``)."""

    __slots__ = ()
    _fields = ("data", "has_more")


class _SyncTokenPage(_SyncPage[T]):
    """A page of a ``page``/``next_page`` list (the SDK's ``SyncTokenPage``)."""

    __slots__ = ()
    _fields = ("data", "has_more", "next_page")


class _AsyncCursorPage(_AsyncPage[T]):
    """A page of an ``after``/``has_more`` list (the SDK's ``AsyncCursorPage``)."""

    __slots__ = ()
    _fields = ("data", "has_more")


class _AsyncTokenPage(_AsyncPage[T]):
    """A page of a ``page``/``next_page`` list (the SDK's ``AsyncTokenPage``)."""

    __slots__ = ()
    _fields = ("data", "has_more", "next_page")


_SyncPage._styles = {"Cursor": _SyncCursorPage, "Token": _SyncTokenPage}
_AsyncPage._styles = {"Cursor": _AsyncCursorPage, "Token": _AsyncTokenPage}


@cache
def _styled(base: type[Any], style: str, item: str) -> type[Any]:
    # One class per (driver, style, item), made once: ``type(page).__name__`` prints as
    # the SDK's generic page (``SyncCursorPage[FileObject]``) and every page of one list
    # shares its class (``get_next_page`` builds ``type(self)``).
    cls = base._styles.get(style, base) if base in (_SyncPage, _AsyncPage) else base
    if not item:
        return cls
    name = f"{cls.__name__}[{item}]"
    return type(name, (cls,), {"__slots__": (), "__module__": __name__, "__qualname__": name})


# The official SDK's names (``openai.pagination``). To a type checker they are the page
# views list calls are declared to return, so a user's `-> SyncCursorPage[FileObject]`
# accepts `client.files.list()` as it does with the SDK; at run time each is the class of
# that style, a subclass of our ``SyncPage`` (``AsyncPage``), named like the SDK's.
for _cls, _name in (
    (_SyncPage, "SyncPage"),
    (_SyncCursorPage, "SyncCursorPage"),
    (_SyncTokenPage, "SyncTokenPage"),
    (_AsyncPage, "AsyncPage"),
    (_AsyncCursorPage, "AsyncCursorPage"),
    (_AsyncTokenPage, "AsyncTokenPage"),
):
    _cls.__name__ = _cls.__qualname__ = _name
del _cls, _name
if TYPE_CHECKING:
    from integrations_openai_api._facade_runtime import AsyncPageView as AsyncCursorPage
    from integrations_openai_api._facade_runtime import AsyncPageView as AsyncPage
    from integrations_openai_api._facade_runtime import AsyncPageView as AsyncTokenPage
    from integrations_openai_api._facade_runtime import Pager as SyncCursorPage
    from integrations_openai_api._facade_runtime import Pager as SyncPage
    from integrations_openai_api._facade_runtime import Pager as SyncTokenPage
else:
    SyncPage, SyncCursorPage, SyncTokenPage = _SyncPage, _SyncCursorPage, _SyncTokenPage
    AsyncPage, AsyncCursorPage, AsyncTokenPage = _AsyncPage, _AsyncCursorPage, _AsyncTokenPage
