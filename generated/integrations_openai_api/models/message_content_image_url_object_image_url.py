from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.message_content_image_url_object_image_url_detail import (
    MessageContentImageUrlObjectImageUrlDetail,
    check_message_content_image_url_object_image_url_detail,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageContentImageUrlObjectImageUrl")


def _parse_detail(data: object) -> MessageContentImageUrlObjectImageUrlDetail | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        detail_type_0 = check_message_content_image_url_object_image_url_detail(data)

        return detail_type_0
    except LENIENT_ERRORS:
        pass
    return cast("MessageContentImageUrlObjectImageUrlDetail | None | Unset", data)


@_attrs_define
class MessageContentImageUrlObjectImageUrl:
    url: str
    """ The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp. """
    detail: MessageContentImageUrlObjectImageUrlDetail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("url",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "url",
            "detail",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.url, Unset):
            field_dict["url"] = self.url
        if self.detail is not UNSET:
            field_dict["detail"] = to_json(self.detail)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MessageContentImageUrlObjectImageUrl: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _raw_detail = d.pop("detail", UNSET)
        try:
            detail = _parse_detail(_raw_detail)

        except LENIENT_ERRORS:
            detail = _raw_detail

        parsed_obj_ = cls(
            url=url,
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
