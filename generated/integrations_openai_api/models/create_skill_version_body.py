from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.wire import multipart_files
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateSkillVersionBody")


def _parse_files(data: object) -> File | list[File]:
    try:
        if not isinstance(data, list):
            raise TypeError()
        files_type_0 = []
        _files_type_0 = data
        if not isinstance(_files_type_0, list):
            raise TypeError()
        for files_type_0_item_data in _files_type_0:
            try:
                files_type_0_item = File(payload=BytesIO(files_type_0_item_data))

            except LENIENT_ERRORS:
                files_type_0_item = files_type_0_item_data
            files_type_0.append(files_type_0_item)

        return files_type_0
    except LENIENT_ERRORS:
        pass
    try:
        if not isinstance(data, bytes):
            raise TypeError()
        files_type_1 = File(payload=BytesIO(data))

        return files_type_1
    except LENIENT_ERRORS:
        pass
    return cast("File | list[File]", data)


@_attrs_define
class CreateSkillVersionBody:
    """Uploads a new immutable version of a skill."""

    files: File | list[File]
    default: bool | Unset = UNSET
    """ Whether to set this version as the default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("files",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "files",
            "default",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.files, Unset):
            field_dict["files"] = to_json(self.files)
        if self.default is not UNSET:
            field_dict["default"] = self.default
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("files", self.files),
                ("default", self.default),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateSkillVersionBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_files = d.pop("files", UNSET)
        try:
            files = _parse_files(_raw_files)

        except LENIENT_ERRORS:
            files = _raw_files

        default = d.pop("default", UNSET)

        parsed_obj_ = cls(
            files=files,
            default=default,
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
