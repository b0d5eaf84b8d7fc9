from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.search_content_type import SearchContentType, check_search_content_type
from ..models.search_context_size import SearchContextSize, check_search_context_size
from ..models.web_search_preview_tool_type import (
    WebSearchPreviewToolType,
    check_web_search_preview_tool_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approximate_location import ApproximateLocation

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ApproximateLocation
    from ..models.approximate_location import ApproximateLocation  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="WebSearchPreviewTool")


def _parse_user_location(data: object) -> ApproximateLocation | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ApproximateLocation.from_dict(data)
    return cast("ApproximateLocation | None | Unset", data)


def _parse_search_context_size(data: object) -> None | SearchContextSize | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        search_context_size_type_0 = check_search_context_size(data)

        return search_context_size_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | SearchContextSize | Unset", data)


def _parse_search_content_types(data: object) -> list[SearchContentType] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        search_content_types_type_0 = []
        _search_content_types_type_0 = data
        if not isinstance(_search_content_types_type_0, list):
            raise TypeError()
        for search_content_types_type_0_item_data in _search_content_types_type_0:
            try:
                search_content_types_type_0_item = check_search_content_type(
                    search_content_types_type_0_item_data
                )

            except LENIENT_ERRORS:
                search_content_types_type_0_item = search_content_types_type_0_item_data
            search_content_types_type_0.append(search_content_types_type_0_item)

        return search_content_types_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[SearchContentType] | None | Unset", data)


@_attrs_define
class WebSearchPreviewTool:
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search
    tool](https://platform.openai.com/docs/guides/tools-web-search).

    """

    type_: WebSearchPreviewToolType
    """ The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`.

    Server default: `"web_search_preview"`. """
    user_location: ApproximateLocation | None | Unset = UNSET
    search_context_size: None | SearchContextSize | Unset = UNSET
    search_content_types: list[SearchContentType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "web_search_preview",
            "web_search_preview_2025_03_11",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "user_location",
            "search_context_size",
            "search_content_types",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.user_location is not UNSET:
            field_dict["user_location"] = to_json(self.user_location)
        if self.search_context_size is not UNSET:
            field_dict["search_context_size"] = to_json(self.search_context_size)
        if self.search_content_types is not UNSET:
            field_dict["search_content_types"] = to_json(self.search_content_types)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"WebSearchPreviewTool: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_web_search_preview_tool_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

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

        _raw_search_content_types = d.pop("search_content_types", UNSET)
        try:
            search_content_types = _parse_search_content_types(_raw_search_content_types)

        except LENIENT_ERRORS:
            search_content_types = _raw_search_content_types

        parsed_obj_ = cls(
            type_=type_,
            user_location=user_location,
            search_context_size=search_context_size,
            search_content_types=search_content_types,
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
