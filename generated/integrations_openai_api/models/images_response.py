from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class ImagesResponse(ApiModel):
    """The response from the image generation endpoint."""

    created: int
    """ The Unix timestamp (in seconds) of when the image was created. """

    data: list[Image] | None = ABSENT
    """ The list of generated images. """

    background: ImagesResponseBackground | str | None = ABSENT

    output_format: ImagesResponseOutputFormat | str | None = ABSENT

    size: ImagesResponseSize | str | None = ABSENT

    quality: ImagesResponseQuality | str | None = ABSENT

    usage: ImageGenUsage | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created", "created"),
        ("data", "data"),
        ("background", "background"),
        ("output_format", "output_format"),
        ("size", "size"),
        ("quality", "quality"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "created": "int",
        "data": "list[Image] | None | Unset",
        "background": "ImagesResponseBackground | None | Unset",
        "output_format": "ImagesResponseOutputFormat | None | Unset",
        "size": "ImagesResponseSize | None | Unset",
        "quality": "ImagesResponseQuality | None | Unset",
        "usage": "ImageGenUsage | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        created = d.pop("created", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.created = created
        parsed_obj_.data = None if isinstance(data, Unset) else data
        parsed_obj_.background = None if isinstance(background, Unset) else background
        parsed_obj_.output_format = None if isinstance(output_format, Unset) else output_format
        parsed_obj_.size = None if isinstance(size, Unset) else size
        parsed_obj_.quality = None if isinstance(quality, Unset) else quality
        parsed_obj_.usage = None if isinstance(usage, Unset) else usage
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
