from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel
from ..models.task_type import TaskType, check_task_type


@_attrs_define(repr=False)
class TaskItem(ApiModel):
    """Task emitted by the workflow to show progress and status updates."""

    id: str
    """ Identifier of the thread item. """

    created_at: int
    """ Unix timestamp (in seconds) for when the item was created. """

    thread_id: str
    """ Identifier of the parent thread. """

    task_type: str | TaskType

    heading: str | None

    summary: str | None

    object: Literal["chatkit.thread_item"] = "chatkit.thread_item"
    """ Type discriminator that is always `chatkit.thread_item`. """

    type: Literal["chatkit.task"] = "chatkit.task"
    """ Type discriminator that is always `chatkit.task`. """

    _sdk_name_: ClassVar[str] = "DataChatKitTask"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("heading", "heading"),
        ("object", "object"),
        ("summary", "summary"),
        ("task_type", "task_type"),
        ("thread_id", "thread_id"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['chatkit.thread_item']",
        "created_at": "int",
        "thread_id": "str",
        "type": "Literal['chatkit.task']",
        "task_type": "TaskType",
        "heading": "None | str",
        "summary": "None | str",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.heading
        if value_3 is None:
            if "heading" in present:
                out["heading"] = None
        else:
            out["heading"] = to_json(value_3)
        value_4 = self.object
        if value_4 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_4
        value_5 = self.summary
        if value_5 is None:
            if "summary" in present:
                out["summary"] = None
        else:
            out["summary"] = to_json(value_5)
        value_6 = self.task_type
        if value_6 is None:
            if "task_type" in present:
                out["task_type"] = None
        else:
            out["task_type"] = value_6
        value_7 = self.thread_id
        if value_7 is None:
            if "thread_id" in present:
                out["thread_id"] = None
        else:
            out["thread_id"] = value_7
        value_8 = self.type
        if value_8 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_8
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        object_ = d.pop("object", None)

        created_at = d.pop("created_at", None)

        thread_id = d.pop("thread_id", None)

        type_ = d.pop("type", None)

        _raw_task_type = d.pop("task_type", None)
        try:
            task_type = check_task_type(_raw_task_type)

        except LENIENT_ERRORS:
            task_type = _raw_task_type

        heading = d.pop("heading", None)

        summary = d.pop("summary", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.created_at = created_at
        parsed_obj_.thread_id = thread_id
        parsed_obj_.type = type_
        parsed_obj_.task_type = task_type
        parsed_obj_.heading = heading
        parsed_obj_.summary = summary
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
