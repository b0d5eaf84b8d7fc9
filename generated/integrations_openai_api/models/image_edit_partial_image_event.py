from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.image_edit_partial_image_event_background import (
    ImageEditPartialImageEventBackground,
    check_image_edit_partial_image_event_background,
)
from ..models.image_edit_partial_image_event_output_format import (
    ImageEditPartialImageEventOutputFormat,
    check_image_edit_partial_image_event_output_format,
)
from ..models.image_edit_partial_image_event_quality import (
    ImageEditPartialImageEventQuality,
    check_image_edit_partial_image_event_quality,
)
from ..models.image_edit_partial_image_event_size import (
    ImageEditPartialImageEventSize,
    check_image_edit_partial_image_event_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageEditPartialImageEvent")


@_attrs_define
class ImageEditPartialImageEvent:
    """Emitted when a partial image is available during image editing streaming."""

    b64_json: str
    """ Base64-encoded partial image data, suitable for rendering as an image.
     """
    created_at: int
    """ The Unix timestamp when the event was created.
     """
    size: ImageEditPartialImageEventSize
    """ The size of the requested edited image.
     """
    quality: ImageEditPartialImageEventQuality
    """ The quality setting for the requested edited image.
     """
    background: ImageEditPartialImageEventBackground
    """ The background setting for the requested edited image.
     """
    output_format: ImageEditPartialImageEventOutputFormat
    """ The output format for the requested edited image.
     """
    partial_image_index: int
    """ 0-based index for the partial image (streaming).
     """
    type_: Literal["image_edit.partial_image"] = "image_edit.partial_image"
    """ The type of the event. Always `image_edit.partial_image`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_edit.partial_image",),
        "size": (
            "1024x1024",
            "1024x1536",
            "1536x1024",
            "auto",
        ),
        "quality": (
            "auto",
            "high",
            "low",
            "medium",
        ),
        "background": (
            "auto",
            "opaque",
            "transparent",
        ),
        "output_format": (
            "jpeg",
            "png",
            "webp",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "b64_json",
        "created_at",
        "size",
        "quality",
        "background",
        "output_format",
        "partial_image_index",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "b64_json",
            "created_at",
            "size",
            "quality",
            "background",
            "output_format",
            "partial_image_index",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.b64_json, Unset):
            field_dict["b64_json"] = self.b64_json
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.size, Unset):
            field_dict["size"] = self.size
        if not isinstance(self.quality, Unset):
            field_dict["quality"] = self.quality
        if not isinstance(self.background, Unset):
            field_dict["background"] = self.background
        if not isinstance(self.output_format, Unset):
            field_dict["output_format"] = self.output_format
        if not isinstance(self.partial_image_index, Unset):
            field_dict["partial_image_index"] = self.partial_image_index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ImageEditPartialImageEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['image_edit.partial_image']", _raw_type_)
            if type_ != "image_edit.partial_image":
                raise ValueError(f"type must match const 'image_edit.partial_image', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        b64_json = d.pop("b64_json", UNSET)

        created_at = d.pop("created_at", UNSET)

        _raw_size = d.pop("size", UNSET)
        try:
            size = check_image_edit_partial_image_event_size(_raw_size)

        except LENIENT_ERRORS:
            size = _raw_size

        _raw_quality = d.pop("quality", UNSET)
        try:
            quality = check_image_edit_partial_image_event_quality(_raw_quality)

        except LENIENT_ERRORS:
            quality = _raw_quality

        _raw_background = d.pop("background", UNSET)
        try:
            background = check_image_edit_partial_image_event_background(_raw_background)

        except LENIENT_ERRORS:
            background = _raw_background

        _raw_output_format = d.pop("output_format", UNSET)
        try:
            output_format = check_image_edit_partial_image_event_output_format(_raw_output_format)

        except LENIENT_ERRORS:
            output_format = _raw_output_format

        partial_image_index = d.pop("partial_image_index", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            b64_json=b64_json,
            created_at=created_at,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
            partial_image_index=partial_image_index,
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
