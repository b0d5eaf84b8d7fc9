from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUploadParam")


@_attrs_define
class FileUploadParam:
    """Controls whether users can upload files."""

    enabled: bool | Unset = UNSET
    """ Enable uploads for this session. Defaults to false. """
    max_file_size: int | Unset = UNSET
    """ Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is the maximum allowable size.
    """
    max_files: int | Unset = UNSET
    """ Maximum number of files that can be uploaded to the session. Defaults to 10. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
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
        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled
        if self.max_file_size is not UNSET:
            field_dict["max_file_size"] = self.max_file_size
        if self.max_files is not UNSET:
            field_dict["max_files"] = self.max_files
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FileUploadParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        max_file_size = d.pop("max_file_size", UNSET)

        max_files = d.pop("max_files", UNSET)

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
