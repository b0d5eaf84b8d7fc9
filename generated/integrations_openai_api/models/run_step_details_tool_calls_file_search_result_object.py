from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


def _parse_content(
    data: object,
) -> list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_0 = []
        _content_type_0 = data
        if not isinstance(_content_type_0, list):
            raise TypeError()
        for content_type_0_item_data in _content_type_0:
            try:
                content_type_0_item = (
                    RunStepDetailsToolCallsFileSearchResultObjectContentItem.from_dict(
                        content_type_0_item_data
                    )
                )

            except LENIENT_ERRORS:
                content_type_0_item = content_type_0_item_data
            content_type_0.append(content_type_0_item)

        return content_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | None | Unset", data
    )


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
        "content": "list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | None | Unset",
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        file_id = d.pop("file_id", None)

        file_name = d.pop("file_name", None)

        score = d.pop("score", None)

        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file_id = file_id
        parsed_obj_.file_name = file_name
        parsed_obj_.score = score
        parsed_obj_.content = None if isinstance(content, Unset) else content
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
