from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json

T = TypeVar("T", bound="VectorStoreFileAttributes2")


@_attrs_define
class VectorStoreFileAttributes2:
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.

    """

    additional_properties: dict[str, bool | float | str] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VectorStoreFileAttributes2: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        parsed_obj_ = cls()

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            try:

                def _parse_additional_property(data: object) -> bool | float | str:
                    return cast("bool | float | str", data)

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property
            except LENIENT_ERRORS:
                additional_properties[prop_name] = prop_dict

        parsed_obj_.additional_properties = additional_properties
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
