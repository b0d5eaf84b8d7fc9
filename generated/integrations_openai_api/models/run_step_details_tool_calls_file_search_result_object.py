from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="RunStepDetailsToolCallsFileSearchResultObject")


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


@_attrs_define
class RunStepDetailsToolCallsFileSearchResultObject:
    """A result instance of the file search."""

    file_id: str
    """ The ID of the file that result was found in. """
    file_name: str
    """ The name of the file that result was found in. """
    score: float
    """ The score of the result. All values must be a floating point number between 0 and 1. """
    content: list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | None | Unset = UNSET
    """ The content of the result that was found. The content is only included if requested via the include query
    parameter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.file_id, Unset):
            field_dict["file_id"] = self.file_id
        if not isinstance(self.file_name, Unset):
            field_dict["file_name"] = self.file_name
        if not isinstance(self.score, Unset):
            field_dict["score"] = self.score
        if self.content is not UNSET:
            field_dict["content"] = to_json(self.content)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunStepDetailsToolCallsFileSearchResultObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        file_name = d.pop("file_name", UNSET)

        score = d.pop("score", UNSET)

        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        parsed_obj_ = cls(
            file_id=file_id,
            file_name=file_name,
            score=score,
            content=content,
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
