from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.image_gen_tool_call_status import (
    ImageGenToolCallStatus,
    check_image_gen_tool_call_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenToolCall")


def _parse_result(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class ImageGenToolCall:
    """An image generation request made by the model."""

    id: str
    """ The unique ID of the image generation call.
     """
    status: ImageGenToolCallStatus
    """ The status of the image generation call.
     """
    result: None | str
    type_: Literal["image_generation_call"] = "image_generation_call"
    """ The type of the image generation call. Always `image_generation_call`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_generation_call",),
        "status": (
            "completed",
            "failed",
            "generating",
            "in_progress",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "status",
        "result",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "status",
            "result",
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
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.result, Unset):
            field_dict["result"] = to_json(self.result)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ImageGenToolCall: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['image_generation_call']", _raw_type_)
            if type_ != "image_generation_call":
                raise ValueError(f"type must match const 'image_generation_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_image_gen_tool_call_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_result = d.pop("result", UNSET)
        try:
            result = _parse_result(_raw_result)

        except LENIENT_ERRORS:
            result = _raw_result

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            status=status,
            result=result,
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
