from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.task_type import TaskType, check_task_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskItem")


def _parse_heading(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_summary(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class TaskItem:
    """Task emitted by the workflow to show progress and status updates."""

    id: str
    """ Identifier of the thread item. """
    created_at: int
    """ Unix timestamp (in seconds) for when the item was created. """
    thread_id: str
    """ Identifier of the parent thread. """
    task_type: TaskType
    heading: None | str
    summary: None | str
    object_: Literal["chatkit.thread_item"] = "chatkit.thread_item"
    """ Type discriminator that is always `chatkit.thread_item`. """
    type_: Literal["chatkit.task"] = "chatkit.task"
    """ Type discriminator that is always `chatkit.task`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("chatkit.thread_item",),
        "type": ("chatkit.task",),
        "task_type": (
            "custom",
            "thought",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "thread_id",
        "type",
        "task_type",
        "heading",
        "summary",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "thread_id",
            "type",
            "task_type",
            "heading",
            "summary",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.thread_id, Unset):
            field_dict["thread_id"] = self.thread_id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.task_type, Unset):
            field_dict["task_type"] = self.task_type
        if not isinstance(self.heading, Unset):
            field_dict["heading"] = to_json(self.heading)
        if not isinstance(self.summary, Unset):
            field_dict["summary"] = to_json(self.summary)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"TaskItem: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['chatkit.thread_item']", _raw_object_)
            if object_ != "chatkit.thread_item":
                raise ValueError(f"object must match const 'chatkit.thread_item', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['chatkit.task']", _raw_type_)
            if type_ != "chatkit.task":
                raise ValueError(f"type must match const 'chatkit.task', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_task_type = d.pop("task_type", UNSET)
        try:
            task_type = check_task_type(_raw_task_type)

        except LENIENT_ERRORS:
            task_type = _raw_task_type

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
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            type_=type_,
            task_type=task_type,
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
