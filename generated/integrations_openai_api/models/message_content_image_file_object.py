from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MessageContentImageFileObjectImageFile
    from ..models.message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="MessageContentImageFileObject")


@_attrs_define
class MessageContentImageFileObject:
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    image_file: MessageContentImageFileObjectImageFile
    type_: Literal["image_file"] = "image_file"
    """ Always `image_file`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_file",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "image_file",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "image_file",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.image_file, Unset):
            field_dict["image_file"] = to_json(self.image_file)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MessageContentImageFileObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['image_file']", _raw_type_)
            if type_ != "image_file":
                raise ValueError(f"type must match const 'image_file', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_image_file = d.pop("image_file", UNSET)
        try:
            image_file = MessageContentImageFileObjectImageFile.from_dict(_raw_image_file)

        except LENIENT_ERRORS:
            image_file = _raw_image_file

        parsed_obj_ = cls(
            type_=type_,
            image_file=image_file,
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
