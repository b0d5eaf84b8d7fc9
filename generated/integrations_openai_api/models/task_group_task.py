from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.task_type import TaskType, check_task_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskGroupTask")


def _parse_heading(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_summary(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class TaskGroupTask:
    """Task entry that appears within a TaskGroup."""

    type_: TaskType
    heading: None | str
    summary: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "custom",
            "thought",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "heading",
        "summary",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "heading",
            "summary",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.heading, Unset):
            field_dict["heading"] = to_json(self.heading)
        if not isinstance(self.summary, Unset):
            field_dict["summary"] = to_json(self.summary)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"TaskGroupTask: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_task_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_heading = d.pop("heading", UNSET)
        try:
            heading = _parse_heading(_raw_heading)

        except LENIENT_ERRORS:
            heading = _raw_heading

        _raw_summary = d.pop("summary", UNSET)
        try:
            summary = _parse_summary(_raw_summary)

        except LENIENT_ERRORS:
            summary = _raw_summary

        parsed_obj_ = cls(
            type_=type_,
            heading=heading,
            summary=summary,
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
