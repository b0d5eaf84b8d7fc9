from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.image_gen_action_enum import ImageGenActionEnum
from ..models.image_gen_tool_background import (
    ImageGenToolBackground,
)
from ..models.image_gen_tool_complexity import (
    ImageGenToolComplexity,
    check_image_gen_tool_complexity,
)
from ..models.image_gen_tool_model_enum import (
    ImageGenToolModelEnum,
    check_image_gen_tool_model_enum,
)
from ..models.image_gen_tool_moderation import (
    ImageGenToolModeration,
)
from ..models.image_gen_tool_output_format import (
    ImageGenToolOutputFormat,
)
from ..models.image_gen_tool_quality import ImageGenToolQuality
from ..models.image_gen_tool_size_enum import ImageGenToolSizeEnum, check_image_gen_tool_size_enum
from ..models.input_fidelity import InputFidelity, check_input_fidelity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_gen_tool_input_image_mask import ImageGenToolInputImageMask
    from ..models.sdk_image_generation_svg import SdkImageGenerationSvg

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ImageGenToolInputImageMask, SdkImageGenerationSvg
    from ..models.image_gen_tool_input_image_mask import ImageGenToolInputImageMask  # noqa: PLC0415
    from ..models.sdk_image_generation_svg import SdkImageGenerationSvg  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> ImageGenToolModelEnum | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_image_gen_tool_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("ImageGenToolModelEnum | str | Unset", data)


def _parse_size(data: object) -> ImageGenToolSizeEnum | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        size_type_1 = check_image_gen_tool_size_enum(data)

        return size_type_1
    except LENIENT_ERRORS:
        pass
    return cast("ImageGenToolSizeEnum | str | Unset", data)


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


def _parse_complexity(data: object) -> ImageGenToolComplexity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        complexity_type_0 = check_image_gen_tool_complexity(data)

        return complexity_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ImageGenToolComplexity | None | Unset", data)


def _parse_svg(data: object) -> None | SdkImageGenerationSvg | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkImageGenerationSvg._from_dict_(data)
    return cast("None | SdkImageGenerationSvg | Unset", data)


@_attrs_define(repr=False)
class ImageGenTool(ApiModel):
    """A tool that generates images using the GPT image models."""

    type: Literal["image_generation"] = "image_generation"
    """ The type of the image generation tool. Always `image_generation`.
     """

    model: ImageGenToolModelEnum | str | None = ABSENT

    quality: ImageGenToolQuality | str | None = ABSENT
    """ The quality of the generated image. One of `low`, `medium`, `high`,
    or `auto`. Default: `auto`.

    Server default: `"auto"`. """

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
    """ The output format of the generated image. One of `png`, `webp`, or
    `jpeg`. Default: `png`.

    Server default: `"png"`. """

    output_compression: int | None = ABSENT
    """ Compression level for the output image. Default: 100.

    Server default: `100`. """

    moderation: ImageGenToolModeration | str | None = ABSENT
    """ Moderation level for the generated image. Default: `auto`.

    Server default: `"auto"`. """

    background: ImageGenToolBackground | str | None = ABSENT
    """ Background type for the generated image. One of `transparent`,
    `opaque`, or `auto`. Default: `auto`.

    Server default: `"auto"`. """

    input_fidelity: InputFidelity | str | None = ABSENT

    input_image_mask: ImageGenToolInputImageMask | None = ABSENT
    """ Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional).
     """

    partial_images: int | None = ABSENT
    """ Number of partial images to generate in streaming mode, from 0 (default value) to 3.

    Server default: `0`. """

    action: ImageGenActionEnum | str | None = ABSENT

    complexity: ImageGenToolComplexity | str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ImageGeneration` has it (the live API sends it). Reads None when
    absent. """

    frame_count: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ImageGeneration` has it (the live API sends it). Reads None when
    absent. """

    frame_duration_ms: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ImageGeneration` has it (the live API sends it). Reads None when
    absent. """

    svg: SdkImageGenerationSvg | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ImageGeneration` has it (the live API sends it). Reads None when
    absent. """

    _sdk_name_: ClassVar[str] = "ImageGeneration"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("action", "action"),
        ("background", "background"),
        ("complexity", "complexity"),
        ("frame_count", "frame_count"),
        ("frame_duration_ms", "frame_duration_ms"),
        ("input_fidelity", "input_fidelity"),
        ("input_image_mask", "input_image_mask"),
        ("model", "model"),
        ("moderation", "moderation"),
        ("output_compression", "output_compression"),
        ("output_format", "output_format"),
        ("partial_images", "partial_images"),
        ("quality", "quality"),
        ("size", "size"),
        ("svg", "svg"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['image_generation']",
        "model": "ImageGenToolModelEnum | str | Unset",
        "quality": "ImageGenToolQuality | Unset",
        "size": "ImageGenToolSizeEnum | str | Unset",
        "output_format": "ImageGenToolOutputFormat | Unset",
        "output_compression": "int | Unset",
        "moderation": "ImageGenToolModeration | Unset",
        "background": "ImageGenToolBackground | Unset",
        "input_fidelity": "InputFidelity | None | Unset",
        "input_image_mask": "ImageGenToolInputImageMask | Unset",
        "partial_images": "int | Unset",
        "action": "ImageGenActionEnum | Unset",
        "complexity": "ImageGenToolComplexity | None | Unset",
        "frame_count": "int | None | Unset",
        "frame_duration_ms": "int | None | Unset",
        "svg": "None | SdkImageGenerationSvg | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_generation",),
        "quality": (
            "auto",
            "high",
            "low",
            "medium",
        ),
        "output_format": (
            "jpeg",
            "png",
            "webp",
        ),
        "moderation": (
            "auto",
            "low",
        ),
        "background": (
            "auto",
            "opaque",
            "transparent",
        ),
        "action": (
            "auto",
            "edit",
            "generate",
        ),
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
            "complexity",
            "frame_count",
            "frame_duration_ms",
            "svg",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.action
        if value_2 is None:
            if "action" in present:
                out["action"] = None
        else:
            out["action"] = value_2
        value_3 = self.background
        if value_3 is None:
            if "background" in present:
                out["background"] = None
        else:
            out["background"] = value_3
        value_4 = self.complexity
        if value_4 is None:
            if "complexity" in present:
                out["complexity"] = None
        else:
            out["complexity"] = to_json(value_4)
        value_5 = self.frame_count
        if value_5 is None:
            if "frame_count" in present:
                out["frame_count"] = None
        else:
            out["frame_count"] = to_json(value_5)
        value_6 = self.frame_duration_ms
        if value_6 is None:
            if "frame_duration_ms" in present:
                out["frame_duration_ms"] = None
        else:
            out["frame_duration_ms"] = to_json(value_6)
        value_7 = self.input_fidelity
        if value_7 is None:
            if "input_fidelity" in present:
                out["input_fidelity"] = None
        else:
            out["input_fidelity"] = to_json(value_7)
        value_8 = self.input_image_mask
        if value_8 is None:
            if "input_image_mask" in present:
                out["input_image_mask"] = None
        else:
            out["input_image_mask"] = to_json(value_8)
        value_9 = self.model
        if value_9 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_9)
        value_10 = self.moderation
        if value_10 is None:
            if "moderation" in present:
                out["moderation"] = None
        else:
            out["moderation"] = value_10
        value_11 = self.output_compression
        if value_11 is None:
            if "output_compression" in present:
                out["output_compression"] = None
        else:
            out["output_compression"] = value_11
        value_12 = self.output_format
        if value_12 is None:
            if "output_format" in present:
                out["output_format"] = None
        else:
            out["output_format"] = value_12
        value_13 = self.partial_images
        if value_13 is None:
            if "partial_images" in present:
                out["partial_images"] = None
        else:
            out["partial_images"] = value_13
        value_14 = self.quality
        if value_14 is None:
            if "quality" in present:
                out["quality"] = None
        else:
            out["quality"] = value_14
        value_15 = self.size
        if value_15 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = to_json(value_15)
        value_16 = self.svg
        if value_16 is None:
            if "svg" in present:
                out["svg"] = None
        else:
            out["svg"] = to_json(value_16)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        _raw_model = get_("model", UNSET)
        if _raw_model is not UNSET:
            try:
                model = _parse_model(_raw_model)

            except LENIENT_ERRORS:
                model = _raw_model
        else:
            model = _raw_model
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_.quality = get_("quality")
        _raw_size = get_("size", UNSET)
        if _raw_size is not UNSET:
            try:
                size = _parse_size(_raw_size)

            except LENIENT_ERRORS:
                size = _raw_size
        else:
            size = _raw_size
        parsed_obj_.size = None if isinstance(size, Unset) else size
        parsed_obj_.output_format = get_("output_format")
        parsed_obj_.output_compression = get_("output_compression")
        parsed_obj_.moderation = get_("moderation")
        parsed_obj_.background = get_("background")
        _raw_input_fidelity = get_("input_fidelity", UNSET)
        if _raw_input_fidelity is not None and _raw_input_fidelity is not UNSET:
            try:
                input_fidelity = _parse_input_fidelity(_raw_input_fidelity)

            except LENIENT_ERRORS:
                input_fidelity = _raw_input_fidelity
        else:
            input_fidelity = _raw_input_fidelity
        parsed_obj_.input_fidelity = None if isinstance(input_fidelity, Unset) else input_fidelity
        input_image_mask = get_("input_image_mask")
        if input_image_mask is not None:
            try:
                input_image_mask = (
                    ImageGenToolInputImageMask._from_dict_(input_image_mask)
                    if input_image_mask.__class__ is dict
                    else ImageGenToolInputImageMask.from_dict(input_image_mask)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input_image_mask = input_image_mask
        parsed_obj_.partial_images = get_("partial_images")
        parsed_obj_.action = get_("action")
        _raw_complexity = get_("complexity", UNSET)
        if _raw_complexity is not None and _raw_complexity is not UNSET:
            try:
                complexity = _parse_complexity(_raw_complexity)

            except LENIENT_ERRORS:
                complexity = _raw_complexity
        else:
            complexity = _raw_complexity
        parsed_obj_.complexity = None if isinstance(complexity, Unset) else complexity
        parsed_obj_.frame_count = get_("frame_count")
        parsed_obj_.frame_duration_ms = get_("frame_duration_ms")
        _raw_svg = get_("svg", UNSET)
        if _raw_svg is not None and _raw_svg is not UNSET:
            try:
                svg = _parse_svg(_raw_svg)

            except LENIENT_ERRORS:
                svg = _raw_svg
        else:
            svg = _raw_svg
        parsed_obj_.svg = None if isinstance(svg, Unset) else svg
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
