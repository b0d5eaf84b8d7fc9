from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.web_search_tool_search_context_size import (
    WebSearchToolSearchContextSize,
    check_web_search_tool_search_context_size,
)
from ..models.web_search_tool_type import WebSearchToolType, check_web_search_tool_type
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


T = TypeVar("T", bound="WebSearchTool")


def _parse_filters(data: object) -> None | Unset | WebSearchToolFilters:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return WebSearchToolFilters.from_dict(data)
    return cast("None | Unset | WebSearchToolFilters", data)


def _parse_user_location(data: object) -> None | Unset | WebSearchApproximateLocation2:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return WebSearchApproximateLocation2.from_dict(data)
    return cast("None | Unset | WebSearchApproximateLocation2", data)


def _parse_search_context_size(data: object) -> None | Unset | WebSearchToolSearchContextSize:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        search_context_size_type_0 = check_web_search_tool_search_context_size(data)

        return search_context_size_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | Unset | WebSearchToolSearchContextSize", data)


@_attrs_define
class WebSearchTool:
    """Search the Internet for sources related to the prompt. Learn more about the
    [web search tool](/docs/guides/tools-web-search).

    """

    type_: WebSearchToolType
    """ The type of the web search tool. One of `web_search` or `web_search_2025_08_26`.

    Server default: `"web_search"`. """
    filters: None | Unset | WebSearchToolFilters = UNSET
    user_location: None | Unset | WebSearchApproximateLocation2 = UNSET
    search_context_size: None | Unset | WebSearchToolSearchContextSize = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "web_search",
            "web_search_2025_08_26",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "filters",
            "user_location",
            "search_context_size",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.filters is not UNSET:
            field_dict["filters"] = to_json(self.filters)
        if self.user_location is not UNSET:
            field_dict["user_location"] = to_json(self.user_location)
        if self.search_context_size is not UNSET:
            field_dict["search_context_size"] = to_json(self.search_context_size)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"WebSearchTool: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_web_search_tool_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_filters = d.pop("filters", UNSET)
        try:
            filters = _parse_filters(_raw_filters)

        except LENIENT_ERRORS:
            filters = _raw_filters

        _raw_user_location = d.pop("user_location", UNSET)
        try:
            user_location = _parse_user_location(_raw_user_location)

        except LENIENT_ERRORS:
            user_location = _raw_user_location

        _raw_search_context_size = d.pop("search_context_size", UNSET)
        try:
            search_context_size = _parse_search_context_size(_raw_search_context_size)

        except LENIENT_ERRORS:
            search_context_size = _raw_search_context_size

        parsed_obj_ = cls(
            type_=type_,
            filters=filters,
            user_location=user_location,
            search_context_size=search_context_size,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
