from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.computer_call_output_status import (
    ComputerCallOutputStatus,
    check_computer_call_output_status,
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


T = TypeVar("T", bound="ComputerToolCallOutputResource")


def _parse_acknowledged_safety_checks(
    data: object,
) -> list[ComputerCallSafetyCheckParam] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        acknowledged_safety_checks_type_0 = []
        _acknowledged_safety_checks_type_0 = data
        if not isinstance(_acknowledged_safety_checks_type_0, list):
            raise TypeError()
        for acknowledged_safety_checks_type_0_item_data in _acknowledged_safety_checks_type_0:
            try:
                acknowledged_safety_checks_type_0_item = ComputerCallSafetyCheckParam.from_dict(
                    acknowledged_safety_checks_type_0_item_data
                )

            except LENIENT_ERRORS:
                acknowledged_safety_checks_type_0_item = acknowledged_safety_checks_type_0_item_data
            acknowledged_safety_checks_type_0.append(acknowledged_safety_checks_type_0_item)

        return acknowledged_safety_checks_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ComputerCallSafetyCheckParam] | None | Unset", data)


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class ComputerToolCallOutputResource:
    """The output of a computer tool call."""

    id: str
    """ The unique ID of the computer call tool output.
     """
    call_id: str
    """ The ID of the computer tool call that produced the output.
     """
    output: ComputerScreenshotImage
    """ A computer screenshot image used with the computer use tool.
     """
    status: ComputerCallOutputStatus
    type_: Literal["computer_call_output"] = "computer_call_output"
    """ The type of the computer tool call output. Always `computer_call_output`.
     """
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None | Unset = UNSET
    """ The safety checks reported by the API that have been acknowledged by the
    developer.
     """
    created_by: None | str | Unset = UNSET
    """ The identifier of the actor that created the item.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("computer_call_output",),
        "status": (
            "completed",
            "failed",
            "incomplete",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "call_id",
        "output",
        "status",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "call_id",
            "output",
            "status",
            "acknowledged_safety_checks",
            "created_by",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.call_id, Unset):
            field_dict["call_id"] = self.call_id
        if not isinstance(self.output, Unset):
            field_dict["output"] = to_json(self.output)
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if self.acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = to_json(self.acknowledged_safety_checks)
        if self.created_by is not UNSET:
            field_dict["created_by"] = to_json(self.created_by)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ComputerToolCallOutputResource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['computer_call_output']", _raw_type_)
            if type_ != "computer_call_output":
                raise ValueError(f"type must match const 'computer_call_output', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        call_id = d.pop("call_id", UNSET)

        _raw_output = d.pop("output", UNSET)
        try:
            output = ComputerScreenshotImage.from_dict(_raw_output)

        except LENIENT_ERRORS:
            output = _raw_output

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_computer_call_output_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_acknowledged_safety_checks = d.pop("acknowledged_safety_checks", UNSET)
        try:
            acknowledged_safety_checks = _parse_acknowledged_safety_checks(
                _raw_acknowledged_safety_checks
            )

        except LENIENT_ERRORS:
            acknowledged_safety_checks = _raw_acknowledged_safety_checks

        _raw_created_by = d.pop("created_by", UNSET)
        try:
            created_by = _parse_created_by(_raw_created_by)

        except LENIENT_ERRORS:
            created_by = _raw_created_by

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            output=output,
            status=status,
            acknowledged_safety_checks=acknowledged_safety_checks,
            created_by=created_by,
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
