from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.image_gen_action_enum import ImageGenActionEnum, check_image_gen_action_enum
from ..models.image_gen_tool_background import (
    ImageGenToolBackground,
    check_image_gen_tool_background,
)
from ..models.image_gen_tool_model_enum import (
    ImageGenToolModelEnum,
    check_image_gen_tool_model_enum,
)
from ..models.image_gen_tool_moderation import (
    ImageGenToolModeration,
    check_image_gen_tool_moderation,
)
from ..models.image_gen_tool_output_format import (
    ImageGenToolOutputFormat,
    check_image_gen_tool_output_format,
)
from ..models.image_gen_tool_quality import ImageGenToolQuality, check_image_gen_tool_quality
from ..models.image_gen_tool_size_enum import ImageGenToolSizeEnum, check_image_gen_tool_size_enum
from ..models.input_fidelity import InputFidelity, check_input_fidelity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_gen_tool_input_image_mask import ImageGenToolInputImageMask

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ImageGenToolInputImageMask
    from ..models.image_gen_tool_input_image_mask import ImageGenToolInputImageMask  # noqa: PLC0415

    _lazy_loaded = True


def _parse_model(data: object) -> ImageGenToolModelEnum | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_image_gen_tool_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("ImageGenToolModelEnum | None | str | Unset", data)


def _parse_quality(data: object) -> ImageGenToolQuality | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        quality_type_0 = check_image_gen_tool_quality(data)

        return quality_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ImageGenToolQuality | None | Unset", data)


def _parse_size(data: object) -> ImageGenToolSizeEnum | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        size_type_1 = check_image_gen_tool_size_enum(data)

        return size_type_1
    except LENIENT_ERRORS:
        pass
    return cast("ImageGenToolSizeEnum | None | str | Unset", data)


def _parse_output_format(data: object) -> ImageGenToolOutputFormat | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        output_format_type_0 = check_image_gen_tool_output_format(data)

        return output_format_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ImageGenToolOutputFormat | None | Unset", data)


def _parse_output_compression(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_moderation(data: object) -> ImageGenToolModeration | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        moderation_type_0 = check_image_gen_tool_moderation(data)

        return moderation_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ImageGenToolModeration | None | Unset", data)


def _parse_background(data: object) -> ImageGenToolBackground | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        background_type_0 = check_image_gen_tool_background(data)

        return background_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ImageGenToolBackground | None | Unset", data)


def _parse_input_fidelity(data: object) -> InputFidelity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        input_fidelity_type_0 = check_input_fidelity(data)

        return input_fidelity_type_0
    except LENIENT_ERRORS:
        pass
    return cast("InputFidelity | None | Unset", data)


def _parse_input_image_mask(data: object) -> ImageGenToolInputImageMask | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ImageGenToolInputImageMask.from_dict(data)
    return cast("ImageGenToolInputImageMask | None | Unset", data)


def _parse_partial_images(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_action(data: object) -> ImageGenActionEnum | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        action_type_0 = check_image_gen_action_enum(data)

        return action_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ImageGenActionEnum | None | Unset", data)


@_attrs_define(repr=False)
class ImageGenTool(ApiModel):
    """A tool that generates images using the GPT image models."""

    type: Literal["image_generation"] = "image_generation"
    """ The type of the image generation tool. Always `image_generation`.
     """

    model: ImageGenToolModelEnum | str | None = ABSENT

    quality: ImageGenToolQuality | str | None = ABSENT

    size: ImageGenToolSizeEnum | str | None = ABSENT
    """ The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are
    supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and
    the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the
    maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and
    edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models;
    `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or
    `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

    Server default: `"auto"`. """

    output_format: ImageGenToolOutputFormat | str | None = ABSENT

    output_compression: int | None = ABSENT
    """ Compression level for the output image. Default: 100.

    Server default: `100`. """

    moderation: ImageGenToolModeration | str | None = ABSENT

    background: ImageGenToolBackground | str | None = ABSENT

    input_fidelity: InputFidelity | str | None = ABSENT

    input_image_mask: ImageGenToolInputImageMask | None = ABSENT

    partial_images: int | None = ABSENT
    """ Number of partial images to generate in streaming mode, from 0 (default value) to 3.

    Server default: `0`. """

    action: ImageGenActionEnum | str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("model", "model"),
        ("quality", "quality"),
        ("size", "size"),
        ("output_format", "output_format"),
        ("output_compression", "output_compression"),
        ("moderation", "moderation"),
        ("background", "background"),
        ("input_fidelity", "input_fidelity"),
        ("input_image_mask", "input_image_mask"),
        ("partial_images", "partial_images"),
        ("action", "action"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['image_generation']",
        "model": "ImageGenToolModelEnum | None | str | Unset",
        "quality": "ImageGenToolQuality | None | Unset",
        "size": "ImageGenToolSizeEnum | None | str | Unset",
        "output_format": "ImageGenToolOutputFormat | None | Unset",
        "output_compression": "int | None | Unset",
        "moderation": "ImageGenToolModeration | None | Unset",
        "background": "ImageGenToolBackground | None | Unset",
        "input_fidelity": "InputFidelity | None | Unset",
        "input_image_mask": "ImageGenToolInputImageMask | None | Unset",
        "partial_images": "int | None | Unset",
        "action": "ImageGenActionEnum | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_generation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "model",
            "quality",
            "size",
            "output_format",
            "output_compression",
            "moderation",
            "background",
            "input_fidelity",
            "input_image_mask",
            "partial_images",
            "action",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["image_generation"]', _raw_type_)
            if type_ != "image_generation":
                raise ValueError(f"type must match const 'image_generation', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        _raw_quality = d.pop("quality", UNSET)
        try:
            quality = _parse_quality(_raw_quality)

        except LENIENT_ERRORS:
            quality = _raw_quality

        _raw_size = d.pop("size", UNSET)
        try:
            size = _parse_size(_raw_size)

        except LENIENT_ERRORS:
            size = _raw_size

        _raw_output_format = d.pop("output_format", UNSET)
        try:
            output_format = _parse_output_format(_raw_output_format)

        except LENIENT_ERRORS:
            output_format = _raw_output_format

        _raw_output_compression = d.pop("output_compression", UNSET)
        try:
            output_compression = _parse_output_compression(_raw_output_compression)

        except LENIENT_ERRORS:
            output_compression = _raw_output_compression

        _raw_moderation = d.pop("moderation", UNSET)
        try:
            moderation = _parse_moderation(_raw_moderation)

        except LENIENT_ERRORS:
            moderation = _raw_moderation

        _raw_background = d.pop("background", UNSET)
        try:
            background = _parse_background(_raw_background)

        except LENIENT_ERRORS:
            background = _raw_background

        _raw_input_fidelity = d.pop("input_fidelity", UNSET)
        try:
            input_fidelity = _parse_input_fidelity(_raw_input_fidelity)

        except LENIENT_ERRORS:
            input_fidelity = _raw_input_fidelity

        _raw_input_image_mask = d.pop("input_image_mask", UNSET)
        try:
            input_image_mask = _parse_input_image_mask(_raw_input_image_mask)

        except LENIENT_ERRORS:
            input_image_mask = _raw_input_image_mask

        _raw_partial_images = d.pop("partial_images", UNSET)
        try:
            partial_images = _parse_partial_images(_raw_partial_images)

        except LENIENT_ERRORS:
            partial_images = _raw_partial_images

        _raw_action = d.pop("action", UNSET)
        try:
            action = _parse_action(_raw_action)

        except LENIENT_ERRORS:
            action = _raw_action

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_.quality = None if isinstance(quality, Unset) else quality
        parsed_obj_.size = None if isinstance(size, Unset) else size
        parsed_obj_.output_format = None if isinstance(output_format, Unset) else output_format
        parsed_obj_.output_compression = (
            None if isinstance(output_compression, Unset) else output_compression
        )
        parsed_obj_.moderation = None if isinstance(moderation, Unset) else moderation
        parsed_obj_.background = None if isinstance(background, Unset) else background
        parsed_obj_.input_fidelity = None if isinstance(input_fidelity, Unset) else input_fidelity
        parsed_obj_.input_image_mask = (
            None if isinstance(input_image_mask, Unset) else input_image_mask
        )
        parsed_obj_.partial_images = None if isinstance(partial_images, Unset) else partial_images
        parsed_obj_.action = None if isinstance(action, Unset) else action
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
