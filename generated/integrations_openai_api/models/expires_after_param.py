from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpiresAfterParam")


@_attrs_define
class ExpiresAfterParam:
    """Controls when the session expires relative to an anchor timestamp."""

    seconds: int
    """ Number of seconds after the anchor when the session expires. """
    anchor: Literal["created_at"] = "created_at"
    """ Base timestamp used to calculate expiration. Currently fixed to `created_at`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "anchor": ("created_at",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "anchor",
        "seconds",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "anchor",
            "seconds",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.anchor, Unset):
            field_dict["anchor"] = self.anchor
        if not isinstance(self.seconds, Unset):
            field_dict["seconds"] = self.seconds
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ExpiresAfterParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_anchor = d.pop("anchor", UNSET)
        try:
            anchor = cast("Literal['created_at']", _raw_anchor)
            if anchor != "created_at":
                raise ValueError(f"anchor must match const 'created_at', got '{anchor}'")
        except LENIENT_ERRORS:
            anchor = _raw_anchor

        seconds = d.pop("seconds", UNSET)

        parsed_obj_ = cls(
            anchor=anchor,
            seconds=seconds,
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
