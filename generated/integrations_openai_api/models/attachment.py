from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.attachment_type import AttachmentType, check_attachment_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


def _parse_preview_url(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class Attachment:
    """Attachment metadata included on thread items."""

    type_: AttachmentType
    id: str
    """ Identifier for the attachment. """
    name: str
    """ Original display name for the attachment. """
    mime_type: str
    """ MIME type of the attachment. """
    preview_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "file",
            "image",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "name",
        "mime_type",
        "preview_url",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "name",
            "mime_type",
            "preview_url",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.mime_type, Unset):
            field_dict["mime_type"] = self.mime_type
        if not isinstance(self.preview_url, Unset):
            field_dict["preview_url"] = to_json(self.preview_url)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Attachment: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_attachment_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        _raw_preview_url = d.pop("preview_url", UNSET)
        try:
            preview_url = _parse_preview_url(_raw_preview_url)

        except LENIENT_ERRORS:
            preview_url = _raw_preview_url

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            name=name,
            mime_type=mime_type,
            preview_url=preview_url,
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
