from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.message_content_image_file_object_image_file_detail import (
    MessageContentImageFileObjectImageFileDetail,
    check_message_content_image_file_object_image_file_detail,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageContentImageFileObjectImageFile")


def _parse_detail(data: object) -> MessageContentImageFileObjectImageFileDetail | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        detail_type_0 = check_message_content_image_file_object_image_file_detail(data)

        return detail_type_0
    except LENIENT_ERRORS:
        pass
    return cast("MessageContentImageFileObjectImageFileDetail | None | Unset", data)


@_attrs_define
class MessageContentImageFileObjectImageFile:
    file_id: str
    """ The [File](/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when
    uploading the File if you need to later display the file content. """
    detail: MessageContentImageFileObjectImageFileDetail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("file_id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "detail",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.file_id, Unset):
            field_dict["file_id"] = self.file_id
        if self.detail is not UNSET:
            field_dict["detail"] = to_json(self.detail)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MessageContentImageFileObjectImageFile: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        _raw_detail = d.pop("detail", UNSET)
        try:
            detail = _parse_detail(_raw_detail)

        except LENIENT_ERRORS:
            detail = _raw_detail

        parsed_obj_ = cls(
            file_id=file_id,
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
