from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.file_detail_enum import FileDetailEnum, check_file_detail_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputFileContentParam")


def _parse_file_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_filename(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_file_data(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_file_url(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_detail(data: object) -> FileDetailEnum | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        detail_type_0 = check_file_detail_enum(data)

        return detail_type_0
    except LENIENT_ERRORS:
        pass
    return cast("FileDetailEnum | None | Unset", data)


@_attrs_define
class InputFileContentParam:
    """A file input to the model."""

    type_: Literal["input_file"] = "input_file"
    """ The type of the input item. Always `input_file`. """
    file_id: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    file_data: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    detail: FileDetailEnum | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_file",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "file_id",
            "filename",
            "file_data",
            "file_url",
            "detail",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.file_id is not UNSET:
            field_dict["file_id"] = to_json(self.file_id)
        if self.filename is not UNSET:
            field_dict["filename"] = to_json(self.filename)
        if self.file_data is not UNSET:
            field_dict["file_data"] = to_json(self.file_data)
        if self.file_url is not UNSET:
            field_dict["file_url"] = to_json(self.file_url)
        if self.detail is not UNSET:
            field_dict["detail"] = to_json(self.detail)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InputFileContentParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['input_file']", _raw_type_)
            if type_ != "input_file":
                raise ValueError(f"type must match const 'input_file', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_file_id = d.pop("file_id", UNSET)
        try:
            file_id = _parse_file_id(_raw_file_id)

        except LENIENT_ERRORS:
            file_id = _raw_file_id

        _raw_filename = d.pop("filename", UNSET)
        try:
            filename = _parse_filename(_raw_filename)

        except LENIENT_ERRORS:
            filename = _raw_filename

        _raw_file_data = d.pop("file_data", UNSET)
        try:
            file_data = _parse_file_data(_raw_file_data)

        except LENIENT_ERRORS:
            file_data = _raw_file_data

        _raw_file_url = d.pop("file_url", UNSET)
        try:
            file_url = _parse_file_url(_raw_file_url)

        except LENIENT_ERRORS:
            file_url = _raw_file_url

        _raw_detail = d.pop("detail", UNSET)
        try:
            detail = _parse_detail(_raw_detail)

        except LENIENT_ERRORS:
            detail = _raw_detail

        parsed_obj_ = cls(
            type_=type_,
            file_id=file_id,
            filename=filename,
            file_data=file_data,
            file_url=file_url,
            detail=detail,
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
