from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.task_type import TaskType

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    object: Literal["chatkit.thread_item"] = "chatkit.thread_item"
    """ Type discriminator that is always `chatkit.thread_item`. """

    type: Literal["chatkit.task"] = "chatkit.task"
    """ Type discriminator that is always `chatkit.task`. """

    heading: str | None = ABSENT

    summary: str | None = ABSENT

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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.thread_id = get_("thread_id")
        parsed_obj_.type = get_("type")
        parsed_obj_.task_type = get_("task_type")
        parsed_obj_.heading = get_("heading")
        parsed_obj_.summary = get_("summary")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
