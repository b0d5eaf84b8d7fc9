from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.images_response_background import (
    ImagesResponseBackground,
    check_images_response_background,
)
from ..models.images_response_output_format import (
    ImagesResponseOutputFormat,
    check_images_response_output_format,
)
from ..models.images_response_quality import ImagesResponseQuality, check_images_response_quality
from ..models.images_response_size import ImagesResponseSize, check_images_response_size
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.image_gen_usage import ImageGenUsage

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Image, ImageGenUsage
    from ..models.image import Image  # noqa: PLC0415
    from ..models.image_gen_usage import ImageGenUsage  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ImagesResponse")


@_attrs_define
class ImagesResponse:
    """The response from the image generation endpoint."""

    created: int
    """ The Unix timestamp (in seconds) of when the image was created. """
    data: list[Image] | Unset = UNSET
    """ The list of generated images. """
    background: ImagesResponseBackground | Unset = UNSET
    """ The background parameter used for the image generation. Either `transparent` or `opaque`. """
    output_format: ImagesResponseOutputFormat | Unset = UNSET
    """ The output format of the image generation. Either `png`, `webp`, or `jpeg`. """
    size: ImagesResponseSize | Unset = UNSET
    """ The size of the image generated. Either `1024x1024`, `1024x1536`, or `1536x1024`. """
    quality: ImagesResponseQuality | Unset = UNSET
    """ The quality of the image generated. Either `low`, `medium`, or `high`. """
    usage: ImageGenUsage | Unset = UNSET
    """ For `gpt-image-1` only, the token usage information for the image generation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "background": (
            "opaque",
            "transparent",
        ),
        "output_format": (
            "jpeg",
            "png",
            "webp",
        ),
        "size": (
            "1024x1024",
            "1024x1536",
            "1536x1024",
        ),
        "quality": (
            "high",
            "low",
            "medium",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("created",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "created",
            "data",
            "background",
            "output_format",
            "size",
            "quality",
            "usage",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.created, Unset):
            field_dict["created"] = self.created
        if self.data is not UNSET:
            field_dict["data"] = to_json(self.data)
        if self.background is not UNSET:
            field_dict["background"] = self.background
        if self.output_format is not UNSET:
            field_dict["output_format"] = self.output_format
        if self.size is not UNSET:
            field_dict["size"] = self.size
        if self.quality is not UNSET:
            field_dict["quality"] = self.quality
        if self.usage is not UNSET:
            field_dict["usage"] = to_json(self.usage)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ImagesResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        created = d.pop("created", UNSET)

        _raw_data = d.pop("data", UNSET)
        try:
            _data = _raw_data
            data: list[Image] | Unset = UNSET
            if _data is not UNSET:
                if not isinstance(_data, list):
                    raise TypeError()
                data = []
                for data_item_data in _data:
                    try:
                        data_item = Image.from_dict(data_item_data)

                    except LENIENT_ERRORS:
                        data_item = data_item_data
                    data.append(data_item)

        except LENIENT_ERRORS:
            data = _raw_data

        _raw_background = d.pop("background", UNSET)
        try:
            _background = _raw_background
            background: ImagesResponseBackground | Unset
            if isinstance(_background, Unset):
                background = UNSET
            else:
                background = check_images_response_background(_background)

        except LENIENT_ERRORS:
            background = _raw_background

        _raw_output_format = d.pop("output_format", UNSET)
        try:
            _output_format = _raw_output_format
            output_format: ImagesResponseOutputFormat | Unset
            if isinstance(_output_format, Unset):
                output_format = UNSET
            else:
                output_format = check_images_response_output_format(_output_format)

        except LENIENT_ERRORS:
            output_format = _raw_output_format

        _raw_size = d.pop("size", UNSET)
        try:
            _size = _raw_size
            size: ImagesResponseSize | Unset
            if isinstance(_size, Unset):
                size = UNSET
            else:
                size = check_images_response_size(_size)

        except LENIENT_ERRORS:
            size = _raw_size

        _raw_quality = d.pop("quality", UNSET)
        try:
            _quality = _raw_quality
            quality: ImagesResponseQuality | Unset
            if isinstance(_quality, Unset):
                quality = UNSET
            else:
                quality = check_images_response_quality(_quality)

        except LENIENT_ERRORS:
            quality = _raw_quality

        _raw_usage = d.pop("usage", UNSET)
        try:
            _usage = _raw_usage
            usage: ImageGenUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = ImageGenUsage.from_dict(_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        parsed_obj_ = cls(
            created=created,
            data=data,
            background=background,
            output_format=output_format,
            size=size,
            quality=quality,
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
