from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="MoveParam")


def _parse_keys(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        keys_type_0 = cast("list[str]", data)

        return keys_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define
class MoveParam:
    """A mouse move action."""

    x: int
    """ The x-coordinate to move to. """
    y: int
    """ The y-coordinate to move to. """
    type_: Literal["move"] = "move"
    """ Specifies the event type. For a move action, this property is always set to `move`. """
    keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("move",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "x",
        "y",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "x",
            "y",
            "keys",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.x, Unset):
            field_dict["x"] = self.x
        if not isinstance(self.y, Unset):
            field_dict["y"] = self.y
        if self.keys is not UNSET:
            field_dict["keys"] = to_json(self.keys)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"MoveParam: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['move']", _raw_type_)
            if type_ != "move":
                raise ValueError(f"type must match const 'move', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        _raw_keys = d.pop("keys", UNSET)
        try:
            keys = _parse_keys(_raw_keys)

        except LENIENT_ERRORS:
            keys = _raw_keys

        parsed_obj_ = cls(
            type_=type_,
            x=x,
            y=y,
            keys=keys,
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
