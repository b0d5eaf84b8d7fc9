from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.web_search_tool_search_context_size import (
    WebSearchToolSearchContextSize,
)
from ..models.web_search_tool_type import WebSearchToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_approximate_location_2 import WebSearchApproximateLocation2
    from ..models.web_search_tool_filters import WebSearchToolFilters

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WebSearchApproximateLocation2, WebSearchToolFilters
    from ..models.web_search_approximate_location_2 import WebSearchApproximateLocation2  # noqa: PLC0415
    from ..models.web_search_tool_filters import WebSearchToolFilters  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_filters(data: object) -> None | Unset | WebSearchToolFilters:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return WebSearchToolFilters._from_dict_(data)
    return cast("None | Unset | WebSearchToolFilters", data)


def _parse_user_location(data: object) -> None | Unset | WebSearchApproximateLocation2:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return WebSearchApproximateLocation2._from_dict_(data)
    return cast("None | Unset | WebSearchApproximateLocation2", data)


@_attrs_define(repr=False)
class WebSearchTool(ApiModel):
    """Search the Internet for sources related to the prompt. Learn more about the
    [web search tool](https://platform.openai.com/docs/guides/tools-web-search).

    """

    type: WebSearchToolType
    """ The type of the web search tool. One of `web_search` or `web_search_2025_08_26`.

    Server default: `"web_search"`. """

    filters: WebSearchToolFilters | None = ABSENT

    user_location: WebSearchApproximateLocation2 | None = ABSENT

    search_context_size: str | WebSearchToolSearchContextSize | None = ABSENT
    """ High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or
    `high`. `medium` is the default.

    Server default: `"medium"`. """

    external_web_access: bool | None = ABSENT
    """ Not in the pinned spec; the official SDK's `WebSearchTool` has it (the live API sends it). Reads None when
    absent. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("external_web_access", "external_web_access"),
        ("filters", "filters"),
        ("search_context_size", "search_context_size"),
        ("user_location", "user_location"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "WebSearchToolType",
        "filters": "None | Unset | WebSearchToolFilters",
        "user_location": "None | Unset | WebSearchApproximateLocation2",
        "search_context_size": "WebSearchToolSearchContextSize | Unset",
        "external_web_access": "bool | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "web_search",
            "web_search_2025_08_26",
        ),
        "search_context_size": (
            "high",
            "low",
            "medium",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "filters",
            "user_location",
            "search_context_size",
            "external_web_access",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.external_web_access
        if value_2 is None:
            if "external_web_access" in present:
                out["external_web_access"] = None
        else:
            out["external_web_access"] = to_json(value_2)
        value_3 = self.filters
        if value_3 is None:
            if "filters" in present:
                out["filters"] = None
        else:
            out["filters"] = to_json(value_3)
        value_4 = self.search_context_size
        if value_4 is None:
            if "search_context_size" in present:
                out["search_context_size"] = None
        else:
            out["search_context_size"] = value_4
        value_5 = self.user_location
        if value_5 is None:
            if "user_location" in present:
                out["user_location"] = None
        else:
            out["user_location"] = to_json(value_5)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        _raw_filters = get_("filters", UNSET)
        if _raw_filters is not None and _raw_filters is not UNSET:
            try:
                filters = _parse_filters(_raw_filters)

            except LENIENT_ERRORS:
                filters = _raw_filters
        else:
            filters = _raw_filters
        parsed_obj_.filters = None if isinstance(filters, Unset) else filters
        _raw_user_location = get_("user_location", UNSET)
        if _raw_user_location is not None and _raw_user_location is not UNSET:
            try:
                user_location = _parse_user_location(_raw_user_location)

            except LENIENT_ERRORS:
                user_location = _raw_user_location
        else:
            user_location = _raw_user_location
        parsed_obj_.user_location = None if isinstance(user_location, Unset) else user_location
        parsed_obj_.search_context_size = get_("search_context_size")
        parsed_obj_.external_web_access = get_("external_web_access")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
