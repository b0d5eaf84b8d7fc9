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
from ..models.function_call_status import FunctionCallStatus
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ToolSearchCall(ApiModel):
    id: str
    """ The unique ID of the tool search call item. """

    execution: str | ToolSearchExecutionType

    arguments: Any
    """ Arguments used for the tool search call. """

    status: FunctionCallStatus | str

    type: Literal["tool_search_call"] = "tool_search_call"
    """ The type of the item. Always `tool_search_call`. """

    call_id: str | None = ABSENT

    created_by: str | None = ABSENT
    """ The identifier of the actor that created the item. """

    _sdk_name_: ClassVar[str] = "ResponseToolSearchCall"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("arguments", "arguments"),
        ("call_id", "call_id"),
        ("execution", "execution"),
        ("status", "status"),
        ("type", "type"),
        ("created_by", "created_by"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['tool_search_call']",
        "id": "str",
        "call_id": "None | str",
        "execution": "ToolSearchExecutionType",
        "arguments": "Any",
        "status": "FunctionCallStatus",
        "created_by": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("tool_search_call",),
        "execution": (
            "client",
            "server",
        ),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "call_id",
        "execution",
        "arguments",
        "status",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "call_id",
            "execution",
            "arguments",
            "status",
            "created_by",
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
        value_2 = self.arguments
        if value_2 is None:
            if "arguments" in present:
                out["arguments"] = None
        else:
            out["arguments"] = to_json(value_2)
        value_3 = self.call_id
        if value_3 is None:
            if "call_id" in present:
                out["call_id"] = None
        else:
            out["call_id"] = to_json(value_3)
        value_4 = self.execution
        if value_4 is None:
            if "execution" in present:
                out["execution"] = None
        else:
            out["execution"] = value_4
        value_5 = self.status
        if value_5 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_5
        value_6 = self.type
        if value_6 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_6
        value_7 = self.created_by
        if value_7 is None:
            if "created_by" in present:
                out["created_by"] = None
        else:
            out["created_by"] = value_7
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.id = get_("id")
        parsed_obj_.call_id = get_("call_id")
        parsed_obj_.execution = get_("execution")
        parsed_obj_.arguments = get_("arguments")
        parsed_obj_.status = get_("status")
        parsed_obj_.created_by = get_("created_by")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
