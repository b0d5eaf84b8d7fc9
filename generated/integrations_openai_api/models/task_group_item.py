from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_group_task import TaskGroupTask

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, TaskGroupTask
    from ..models.task_group_task import TaskGroupTask  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class TaskGroupItem(ApiModel):
    """Collection of workflow tasks grouped together in the thread."""

    id: str
    """ Identifier of the thread item. """

    created_at: int
    """ Unix timestamp (in seconds) for when the item was created. """

    thread_id: str
    """ Identifier of the parent thread. """

    tasks: list[TaskGroupTask]
    """ Tasks included in the group. """

    object: Literal["chatkit.thread_item"] = "chatkit.thread_item"
    """ Type discriminator that is always `chatkit.thread_item`. """

    type: Literal["chatkit.task_group"] = "chatkit.task_group"
    """ Type discriminator that is always `chatkit.task_group`. """

    _sdk_name_: ClassVar[str] = "DataChatKitTaskGroup"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("object", "object"),
        ("tasks", "tasks"),
        ("thread_id", "thread_id"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['chatkit.thread_item']",
        "created_at": "int",
        "thread_id": "str",
        "type": "Literal['chatkit.task_group']",
        "tasks": "list[TaskGroupTask]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("chatkit.thread_item",),
        "type": ("chatkit.task_group",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "thread_id",
        "type",
        "tasks",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "thread_id",
            "type",
            "tasks",
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
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.tasks
        if value_4 is None:
            if "tasks" in present:
                out["tasks"] = None
        elif value_4 or not isinstance(value_4, AbsentList) or "tasks" in present:
            out["tasks"] = to_json(value_4)
        value_5 = self.thread_id
        if value_5 is None:
            if "thread_id" in present:
                out["thread_id"] = None
        else:
            out["thread_id"] = value_5
        value_6 = self.type
        if value_6 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_6
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
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.thread_id = get_("thread_id")
        parsed_obj_.type = get_("type")
        _raw_tasks = get_("tasks", UNSET)
        try:
            tasks = []
            _tasks = _raw_tasks
            if not isinstance(_tasks, list):
                raise TypeError()
            for tasks_item_data in _tasks:
                try:
                    tasks_item = (
                        TaskGroupTask._from_dict_(tasks_item_data)
                        if tasks_item_data.__class__ is dict
                        else TaskGroupTask.from_dict(tasks_item_data)
                    )
                except LENIENT_ERRORS:
                    tasks_item = tasks_item_data
                tasks.append(tasks_item)

        except LENIENT_ERRORS:
            tasks = _raw_tasks
        parsed_obj_.tasks = AbsentList() if isinstance(tasks, Unset) else tasks
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
