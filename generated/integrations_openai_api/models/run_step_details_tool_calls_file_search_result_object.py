from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_details_tool_calls_file_search_result_object_content_item import (
        RunStepDetailsToolCallsFileSearchResultObjectContentItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunStepDetailsToolCallsFileSearchResultObjectContentItem
    from ..models.run_step_details_tool_calls_file_search_result_object_content_item import (
        RunStepDetailsToolCallsFileSearchResultObjectContentItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RunStepDetailsToolCallsFileSearchResultObject(ApiModel):
    """A result instance of the file search."""

    file_id: str
    """ The ID of the file that result was found in. """

    file_name: str
    """ The name of the file that result was found in. """

    score: float
    """ The score of the result. All values must be a floating point number between 0 and 1. """

    content: list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | None = ABSENT
    """ The content of the result that was found. The content is only included if requested via the include query
    parameter. """

    _sdk_name_: ClassVar[str] = "FileSearchResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("file_name", "file_name"),
        ("score", "score"),
        ("content", "content"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_id": "str",
        "file_name": "str",
        "score": "float",
        "content": "list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "file_id",
        "file_name",
        "score",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "file_name",
            "score",
            "content",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file_id
        if value_1 is None:
            if "file_id" in present:
                out["file_id"] = None
        else:
            out["file_id"] = value_1
        value_2 = self.file_name
        if value_2 is None:
            if "file_name" in present:
                out["file_name"] = None
        else:
            out["file_name"] = value_2
        value_3 = self.score
        if value_3 is None:
            if "score" in present:
                out["score"] = None
        else:
            out["score"] = value_3
        value_4 = self.content
        if value_4 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = to_json(value_4)
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
        parsed_obj_.file_id = get_("file_id")
        parsed_obj_.file_name = get_("file_name")
        parsed_obj_.score = as_float(get_("score"))
        _raw_content = get_("content", UNSET)
        try:
            _content = _raw_content
            content: list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | Unset = UNSET
            if _content is not UNSET:
                if not isinstance(_content, list):
                    raise TypeError()
                content = []
                for content_item_data in _content:
                    try:
                        content_item = (
                            RunStepDetailsToolCallsFileSearchResultObjectContentItem._from_dict_(
                                content_item_data
                            )
                            if content_item_data.__class__ is dict
                            else RunStepDetailsToolCallsFileSearchResultObjectContentItem.from_dict(
                                content_item_data
                            )
                        )
                    except LENIENT_ERRORS:
                        content_item = content_item_data
                    content.append(content_item)

        except LENIENT_ERRORS:
            content = _raw_content
        parsed_obj_.content = None if isinstance(content, Unset) else content
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
