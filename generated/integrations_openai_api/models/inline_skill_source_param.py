from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="InlineSkillSourceParam")


@_attrs_define
class InlineSkillSourceParam:
    """Inline skill payload"""

    data: str
    """ Base64-encoded skill zip bundle. """
    type_: Literal["base64"] = "base64"
    """ The type of the inline skill source. Must be `base64`. """
    media_type: Literal["application/zip"] = "application/zip"
    """ The media type of the inline skill payload. Must be `application/zip`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("base64",),
        "media_type": ("application/zip",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "media_type",
        "data",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "media_type",
            "data",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.media_type, Unset):
            field_dict["media_type"] = self.media_type
        if not isinstance(self.data, Unset):
            field_dict["data"] = self.data
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InlineSkillSourceParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['base64']", _raw_type_)
            if type_ != "base64":
                raise ValueError(f"type must match const 'base64', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_media_type = d.pop("media_type", UNSET)
        try:
            media_type = cast("Literal['application/zip']", _raw_media_type)
            if media_type != "application/zip":
                raise ValueError(
                    f"media_type must match const 'application/zip', got '{media_type}'"
                )
        except LENIENT_ERRORS:
            media_type = _raw_media_type

        data = d.pop("data", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            media_type=media_type,
            data=data,
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
