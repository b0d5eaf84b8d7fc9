from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.image_gen_completed_event_background import (
    ImageGenCompletedEventBackground,
    check_image_gen_completed_event_background,
)
from ..models.image_gen_completed_event_output_format import (
    ImageGenCompletedEventOutputFormat,
    check_image_gen_completed_event_output_format,
)
from ..models.image_gen_completed_event_quality import (
    ImageGenCompletedEventQuality,
    check_image_gen_completed_event_quality,
)
from ..models.image_gen_completed_event_size import (
    ImageGenCompletedEventSize,
    check_image_gen_completed_event_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.images_usage import ImagesUsage

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ImagesUsage
    from ..models.images_usage import ImagesUsage  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ImageGenCompletedEvent")


@_attrs_define
class ImageGenCompletedEvent:
    """Emitted when image generation has completed and the final image is available."""

    b64_json: str
    """ Base64-encoded image data, suitable for rendering as an image.
     """
    created_at: int
    """ The Unix timestamp when the event was created.
     """
    size: ImageGenCompletedEventSize
    """ The size of the generated image.
     """
    quality: ImageGenCompletedEventQuality
    """ The quality setting for the generated image.
     """
    background: ImageGenCompletedEventBackground
    """ The background setting for the generated image.
     """
    output_format: ImageGenCompletedEventOutputFormat
    """ The output format for the generated image.
     """
    usage: ImagesUsage
    """ For the GPT image models only, the token usage information for the image generation.
     """
    type_: Literal["image_generation.completed"] = "image_generation.completed"
    """ The type of the event. Always `image_generation.completed`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_generation.completed",),
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
        "usage",
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
            "usage",
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
        if not isinstance(self.usage, Unset):
            field_dict["usage"] = to_json(self.usage)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ImageGenCompletedEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['image_generation.completed']", _raw_type_)
            if type_ != "image_generation.completed":
                raise ValueError(
                    f"type must match const 'image_generation.completed', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        b64_json = d.pop("b64_json", UNSET)

        created_at = d.pop("created_at", UNSET)

        _raw_size = d.pop("size", UNSET)
        try:
            size = check_image_gen_completed_event_size(_raw_size)

        except LENIENT_ERRORS:
            size = _raw_size

        _raw_quality = d.pop("quality", UNSET)
        try:
            quality = check_image_gen_completed_event_quality(_raw_quality)

        except LENIENT_ERRORS:
            quality = _raw_quality

        _raw_background = d.pop("background", UNSET)
        try:
            background = check_image_gen_completed_event_background(_raw_background)

        except LENIENT_ERRORS:
            background = _raw_background

        _raw_output_format = d.pop("output_format", UNSET)
        try:
            output_format = check_image_gen_completed_event_output_format(_raw_output_format)

        except LENIENT_ERRORS:
            output_format = _raw_output_format

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = ImagesUsage.from_dict(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        parsed_obj_ = cls(
            type_=type_,
            b64_json=b64_json,
            created_at=created_at,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
            usage=usage,
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
