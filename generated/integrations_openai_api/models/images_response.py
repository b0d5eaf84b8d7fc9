from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

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


def _parse_data(data: object) -> list[Image] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        data_type_0 = []
        _data_type_0 = data
        if not isinstance(_data_type_0, list):
            raise TypeError()
        for data_type_0_item_data in _data_type_0:
            try:
                data_type_0_item = Image.from_dict(data_type_0_item_data)

            except LENIENT_ERRORS:
                data_type_0_item = data_type_0_item_data
            data_type_0.append(data_type_0_item)

        return data_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[Image] | None | Unset", data)


def _parse_background(data: object) -> ImagesResponseBackground | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        background_type_0 = check_images_response_background(data)

        return background_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ImagesResponseBackground | None | Unset", data)


def _parse_output_format(data: object) -> ImagesResponseOutputFormat | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        output_format_type_0 = check_images_response_output_format(data)

        return output_format_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ImagesResponseOutputFormat | None | Unset", data)


def _parse_size(data: object) -> ImagesResponseSize | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        size_type_0 = check_images_response_size(data)

        return size_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ImagesResponseSize | None | Unset", data)


def _parse_quality(data: object) -> ImagesResponseQuality | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        quality_type_0 = check_images_response_quality(data)

        return quality_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ImagesResponseQuality | None | Unset", data)


def _parse_usage(data: object) -> ImageGenUsage | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ImageGenUsage.from_dict(data)
    return cast("ImageGenUsage | None | Unset", data)


@_attrs_define
class ImagesResponse:
    """The response from the image generation endpoint."""

    created: int
    """ The Unix timestamp (in seconds) of when the image was created. """
    data: list[Image] | None | Unset = UNSET
    """ The list of generated images. """
    background: ImagesResponseBackground | None | Unset = UNSET
    output_format: ImagesResponseOutputFormat | None | Unset = UNSET
    size: ImagesResponseSize | None | Unset = UNSET
    quality: ImagesResponseQuality | None | Unset = UNSET
    usage: ImageGenUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
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
            field_dict["background"] = to_json(self.background)
        if self.output_format is not UNSET:
            field_dict["output_format"] = to_json(self.output_format)
        if self.size is not UNSET:
            field_dict["size"] = to_json(self.size)
        if self.quality is not UNSET:
            field_dict["quality"] = to_json(self.quality)
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
            data = _parse_data(_raw_data)

        except LENIENT_ERRORS:
            data = _raw_data

        _raw_background = d.pop("background", UNSET)
        try:
            background = _parse_background(_raw_background)

        except LENIENT_ERRORS:
            background = _raw_background

        _raw_output_format = d.pop("output_format", UNSET)
        try:
            output_format = _parse_output_format(_raw_output_format)

        except LENIENT_ERRORS:
            output_format = _raw_output_format

        _raw_size = d.pop("size", UNSET)
        try:
            size = _parse_size(_raw_size)

        except LENIENT_ERRORS:
            size = _raw_size

        _raw_quality = d.pop("quality", UNSET)
        try:
            quality = _parse_quality(_raw_quality)

        except LENIENT_ERRORS:
            quality = _raw_quality

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = _parse_usage(_raw_usage)

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
