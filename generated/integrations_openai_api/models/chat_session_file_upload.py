from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSessionFileUpload")


def _parse_max_file_size(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_max_files(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


@_attrs_define
class ChatSessionFileUpload:
    """Upload permissions and limits applied to the session."""

    enabled: bool
    """ Indicates if uploads are enabled for the session. """
    max_file_size: int | None
    max_files: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "enabled",
        "max_file_size",
        "max_files",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "enabled",
            "max_file_size",
            "max_files",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.enabled, Unset):
            field_dict["enabled"] = self.enabled
        if not isinstance(self.max_file_size, Unset):
            field_dict["max_file_size"] = to_json(self.max_file_size)
        if not isinstance(self.max_files, Unset):
            field_dict["max_files"] = to_json(self.max_files)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatSessionFileUpload: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _raw_max_file_size = d.pop("max_file_size", UNSET)
        try:
            max_file_size = _parse_max_file_size(_raw_max_file_size)

        except LENIENT_ERRORS:
            max_file_size = _raw_max_file_size

        _raw_max_files = d.pop("max_files", UNSET)
        try:
            max_files = _parse_max_files(_raw_max_files)

        except LENIENT_ERRORS:
            max_files = _raw_max_files

        parsed_obj_ = cls(
            enabled=enabled,
            max_file_size=max_file_size,
            max_files=max_files,
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
