from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.function_call_status import FunctionCallStatus, check_function_call_status
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..types import UNSET, Unset


def _parse_call_id(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class ToolSearchCall(ApiModel):
    id: str
    """ The unique ID of the tool search call item. """

    call_id: str | None

    execution: str | ToolSearchExecutionType

    arguments: Any
    """ Arguments used for the tool search call. """

    status: FunctionCallStatus | str

    type: Literal["tool_search_call"] = "tool_search_call"
    """ The type of the item. Always `tool_search_call`. """

    created_by: str | None = ABSENT
    """ The identifier of the actor that created the item. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("id", "id"),
        ("call_id", "call_id"),
        ("execution", "execution"),
        ("arguments", "arguments"),
        ("status", "status"),
        ("created_by", "created_by"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['tool_search_call']",
        "id": "str",
        "call_id": "None | str",
        "execution": "ToolSearchExecutionType",
        "arguments": "Any",
        "status": "FunctionCallStatus",
        "created_by": "None | str | Unset",
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["tool_search_call"]', _raw_type_)
            if type_ != "tool_search_call":
                raise ValueError(f"type must match const 'tool_search_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", None)

        _raw_call_id = d.pop("call_id", None)
        try:
            call_id = _parse_call_id(_raw_call_id)

        except LENIENT_ERRORS:
            call_id = _raw_call_id

        _raw_execution = d.pop("execution", None)
        try:
            execution = check_tool_search_execution_type(_raw_execution)

        except LENIENT_ERRORS:
            execution = _raw_execution

        arguments = d.pop("arguments", None)

        _raw_status = d.pop("status", None)
        try:
            status = check_function_call_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_created_by = d.pop("created_by", UNSET)
        try:
            created_by = _parse_created_by(_raw_created_by)

        except LENIENT_ERRORS:
            created_by = _raw_created_by

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.id = id
        parsed_obj_.call_id = call_id
        parsed_obj_.execution = execution
        parsed_obj_.arguments = arguments
        parsed_obj_.status = status
        parsed_obj_.created_by = None if isinstance(created_by, Unset) else created_by
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
