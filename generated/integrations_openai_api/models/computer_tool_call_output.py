from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.computer_tool_call_output_status import (
    ComputerToolCallOutputStatus,
    check_computer_tool_call_output_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.computer_screenshot_image import ComputerScreenshotImage

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ComputerCallSafetyCheckParam, ComputerScreenshotImage
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam  # noqa: PLC0415
    from ..models.computer_screenshot_image import ComputerScreenshotImage  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ComputerToolCallOutput")


@_attrs_define
class ComputerToolCallOutput:
    """The output of a computer tool call."""

    call_id: str
    """ The ID of the computer tool call that produced the output.
     """
    output: ComputerScreenshotImage
    """ A computer screenshot image used with the computer use tool.
     """
    type_: Literal["computer_call_output"] = "computer_call_output"
    """ The type of the computer tool call output. Always `computer_call_output`.
     """
    id: str | Unset = UNSET
    """ The ID of the computer tool call output.
     """
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | Unset = UNSET
    """ The safety checks reported by the API that have been acknowledged by the
    developer.
     """
    status: ComputerToolCallOutputStatus | Unset = UNSET
    """ The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("computer_call_output",),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "call_id",
        "output",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "call_id",
            "output",
            "id",
            "acknowledged_safety_checks",
            "status",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.call_id, Unset):
            field_dict["call_id"] = self.call_id
        if not isinstance(self.output, Unset):
            field_dict["output"] = to_json(self.output)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = to_json(self.acknowledged_safety_checks)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ComputerToolCallOutput: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['computer_call_output']", _raw_type_)
            if type_ != "computer_call_output":
                raise ValueError(f"type must match const 'computer_call_output', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        call_id = d.pop("call_id", UNSET)

        _raw_output = d.pop("output", UNSET)
        try:
            output = ComputerScreenshotImage.from_dict(_raw_output)

        except LENIENT_ERRORS:
            output = _raw_output

        id = d.pop("id", UNSET)

        _raw_acknowledged_safety_checks = d.pop("acknowledged_safety_checks", UNSET)
        try:
            _acknowledged_safety_checks = _raw_acknowledged_safety_checks
            acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | Unset = UNSET
            if _acknowledged_safety_checks is not UNSET:
                if not isinstance(_acknowledged_safety_checks, list):
                    raise TypeError()
                acknowledged_safety_checks = []
                for acknowledged_safety_checks_item_data in _acknowledged_safety_checks:
                    try:
                        acknowledged_safety_checks_item = ComputerCallSafetyCheckParam.from_dict(
                            acknowledged_safety_checks_item_data
                        )

                    except LENIENT_ERRORS:
                        acknowledged_safety_checks_item = acknowledged_safety_checks_item_data
                    acknowledged_safety_checks.append(acknowledged_safety_checks_item)

        except LENIENT_ERRORS:
            acknowledged_safety_checks = _raw_acknowledged_safety_checks

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: ComputerToolCallOutputStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_computer_tool_call_output_status(_status)

        except LENIENT_ERRORS:
            status = _raw_status

        parsed_obj_ = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
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
