from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.wire import multipart_files
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateContainerFileBody")


@_attrs_define
class CreateContainerFileBody:
    file_id: str | Unset = UNSET
    """ Name of the file to create. """
    file: File | Unset = UNSET
    """ The File object (not file name) to be uploaded.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "file",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.file_id is not UNSET:
            field_dict["file_id"] = self.file_id
        if self.file is not UNSET:
            field_dict["file"] = to_json(self.file)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("file_id", self.file_id),
                ("file", self.file),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateContainerFileBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        _raw_file = d.pop("file", UNSET)
        try:
            _file = _raw_file
            file: File | Unset
            if isinstance(_file, Unset):
                file = UNSET
            else:
                file = File(payload=BytesIO(_file))

        except LENIENT_ERRORS:
            file = _raw_file

        parsed_obj_ = cls(
            file_id=file_id,
            file=file,
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
