from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClosedStatus")


def _parse_reason(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class ClosedStatus:
    """Indicates that a thread has been closed."""

    reason: None | str
    type_: Literal["closed"] = "closed"
    """ Status discriminator that is always `closed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("closed",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "reason",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "reason",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.reason, Unset):
            field_dict["reason"] = to_json(self.reason)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"ClosedStatus: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['closed']", _raw_type_)
            if type_ != "closed":
                raise ValueError(f"type must match const 'closed', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_reason = d.pop("reason", UNSET)
        try:
            reason = _parse_reason(_raw_reason)

        except LENIENT_ERRORS:
            reason = _raw_reason

        parsed_obj_ = cls(
            type_=type_,
            reason=reason,
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
