from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..models.file_detail_enum import FileDetailEnum, check_file_detail_enum
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class InputFileContentParam(ApiModel):
    """A file input to the model."""

    type: Literal["input_file"] = "input_file"
    """ The type of the input item. Always `input_file`. """

    file_id: str | None = ABSENT

    filename: str | None = ABSENT

    file_data: str | None = ABSENT

    file_url: str | None = ABSENT

    detail: FileDetailEnum | str | None = ABSENT

    _sdk_name_: ClassVar[str] = "ResponseInputFileContent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("detail", "detail"),
        ("file_data", "file_data"),
        ("file_id", "file_id"),
        ("file_url", "file_url"),
        ("filename", "filename"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['input_file']",
        "file_id": "None | str | Unset",
        "filename": "None | str | Unset",
        "file_data": "None | str | Unset",
        "file_url": "None | str | Unset",
        "detail": "FileDetailEnum | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_file",),
        "detail": (
            "high",
            "low",
        ),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.detail
        if value_2 is None:
            if "detail" in present:
                out["detail"] = None
        else:
            out["detail"] = value_2
        value_3 = self.file_data
        if value_3 is None:
            if "file_data" in present:
                out["file_data"] = None
        else:
            out["file_data"] = to_json(value_3)
        value_4 = self.file_id
        if value_4 is None:
            if "file_id" in present:
                out["file_id"] = None
        else:
            out["file_id"] = to_json(value_4)
        value_5 = self.file_url
        if value_5 is None:
            if "file_url" in present:
                out["file_url"] = None
        else:
            out["file_url"] = to_json(value_5)
        value_6 = self.filename
        if value_6 is None:
            if "filename" in present:
                out["filename"] = None
        else:
            out["filename"] = to_json(value_6)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["input_file"]', _raw_type_)
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
            _detail = _raw_detail
            detail: FileDetailEnum | Unset
            if isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = check_file_detail_enum(_detail)

        except LENIENT_ERRORS:
            detail = _raw_detail

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.file_id = None if isinstance(file_id, Unset) else file_id
        parsed_obj_.filename = None if isinstance(filename, Unset) else filename
        parsed_obj_.file_data = None if isinstance(file_data, Unset) else file_data
        parsed_obj_.file_url = None if isinstance(file_url, Unset) else file_url
        parsed_obj_.detail = None if isinstance(detail, Unset) else detail
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
