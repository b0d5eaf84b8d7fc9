from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerResourceExpiresAfter")


def _parse_minutes(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class ContainerResourceExpiresAfter:
    """The container will expire after this time period.
    The anchor is the reference point for the expiration.
    The minutes is the number of minutes after the anchor before the container expires.

    """

    anchor: Literal["last_active_at"] | Unset = "last_active_at"
    """ The reference point for the expiration. """
    minutes: int | None | Unset = UNSET
    """ The number of minutes after the anchor before the container expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "anchor": ("last_active_at",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "anchor",
            "minutes",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.anchor is not UNSET:
            field_dict["anchor"] = self.anchor
        if self.minutes is not UNSET:
            field_dict["minutes"] = to_json(self.minutes)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ContainerResourceExpiresAfter: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_anchor = d.pop("anchor", UNSET)
        try:
            anchor = cast("Literal['last_active_at'] | Unset", _raw_anchor)
            if anchor != "last_active_at" and not isinstance(anchor, Unset):
                raise ValueError(f"anchor must match const 'last_active_at', got '{anchor}'")
        except LENIENT_ERRORS:
            anchor = _raw_anchor

        _raw_minutes = d.pop("minutes", UNSET)
        try:
            minutes = _parse_minutes(_raw_minutes)

        except LENIENT_ERRORS:
            minutes = _raw_minutes

        parsed_obj_ = cls(
            anchor=anchor,
            minutes=minutes,
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
