from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class WebSearchPreviewTool(ApiModel):
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search
    tool](https://platform.openai.com/docs/guides/tools-web-search).

    """

    type: str | WebSearchPreviewToolType
    """ The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`.

    Server default: `"web_search_preview"`. """

    user_location: ApproximateLocation | None = ABSENT

    search_context_size: SearchContextSize | str | None = ABSENT

    search_content_types: list[SearchContentType | str] | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("user_location", "user_location"),
        ("search_context_size", "search_context_size"),
        ("search_content_types", "search_content_types"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "WebSearchPreviewToolType",
        "user_location": "ApproximateLocation | None | Unset",
        "search_context_size": "None | SearchContextSize | Unset",
        "search_content_types": "list[SearchContentType] | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.user_location = None if isinstance(user_location, Unset) else user_location
        parsed_obj_.search_context_size = (
            None if isinstance(search_context_size, Unset) else search_context_size
        )
        parsed_obj_.search_content_types = (
            None if isinstance(search_content_types, Unset) else search_content_types
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
