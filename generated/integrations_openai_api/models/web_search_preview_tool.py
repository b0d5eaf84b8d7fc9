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
from ..models.search_content_type import SearchContentType, check_search_content_type
from ..models.search_context_size import SearchContextSize
from ..models.web_search_preview_tool_type import (
    WebSearchPreviewToolType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approximate_location import ApproximateLocation

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ApproximateLocation
    from ..models.approximate_location import ApproximateLocation  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_user_location(data: object) -> ApproximateLocation | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ApproximateLocation._from_dict_(data)
    return cast("ApproximateLocation | None | Unset", data)


@_attrs_define(repr=False)
class WebSearchPreviewTool(ApiModel):
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search
    tool](https://platform.openai.com/docs/guides/tools-web-search).

    """

    type: WebSearchPreviewToolType
    """ The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`.

    Server default: `"web_search_preview"`. """

    user_location: ApproximateLocation | None = ABSENT

    search_context_size: SearchContextSize | str | None = ABSENT

    search_content_types: list[SearchContentType | str] | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("search_content_types", "search_content_types"),
        ("search_context_size", "search_context_size"),
        ("user_location", "user_location"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "WebSearchPreviewToolType",
        "user_location": "ApproximateLocation | None | Unset",
        "search_context_size": "SearchContextSize | Unset",
        "search_content_types": "list[SearchContentType] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "web_search_preview",
            "web_search_preview_2025_03_11",
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
            "user_location",
            "search_context_size",
            "search_content_types",
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
        value_2 = self.search_content_types
        if value_2 is None:
            if "search_content_types" in present:
                out["search_content_types"] = None
        else:
            out["search_content_types"] = to_json(value_2)
        value_3 = self.search_context_size
        if value_3 is None:
            if "search_context_size" in present:
                out["search_context_size"] = None
        else:
            out["search_context_size"] = value_3
        value_4 = self.user_location
        if value_4 is None:
            if "user_location" in present:
                out["user_location"] = None
        else:
            out["user_location"] = to_json(value_4)
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
        _raw_search_content_types = get_("search_content_types", UNSET)
        try:
            _search_content_types = _raw_search_content_types
            search_content_types: list[SearchContentType] | Unset = UNSET
            if _search_content_types is not UNSET:
                if not isinstance(_search_content_types, list):
                    raise TypeError()
                search_content_types = []
                for search_content_types_item_data in _search_content_types:
                    try:
                        search_content_types_item = check_search_content_type(
                            search_content_types_item_data
                        )

                    except LENIENT_ERRORS:
                        search_content_types_item = search_content_types_item_data
                    search_content_types.append(search_content_types_item)

        except LENIENT_ERRORS:
            search_content_types = _raw_search_content_types
        parsed_obj_.search_content_types = (
            None if isinstance(search_content_types, Unset) else search_content_types
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
