from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel
from ..models.task_type import TaskType, check_task_type


@_attrs_define(repr=False)
class TaskGroupTask(ApiModel):
    """Task entry that appears within a TaskGroup."""

    type: str | TaskType

    heading: str | None

    summary: str | None

    _sdk_name_: ClassVar[str] = "DataChatKitTaskGroupTask"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("heading", "heading"),
        ("summary", "summary"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "TaskType",
        "heading": "None | str",
        "summary": "None | str",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.heading
        if value_1 is None:
            if "heading" in present:
                out["heading"] = None
        else:
            out["heading"] = to_json(value_1)
        value_2 = self.summary
        if value_2 is None:
            if "summary" in present:
                out["summary"] = None
        else:
            out["summary"] = to_json(value_2)
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = check_task_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        heading = d.pop("heading", None)

        summary = d.pop("summary", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.heading = heading
        parsed_obj_.summary = summary
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
