from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_image_edit_request_background import (
    CreateImageEditRequestBackground,
    check_create_image_edit_request_background,
)
from ..models.create_image_edit_request_output_format import (
    CreateImageEditRequestOutputFormat,
    check_create_image_edit_request_output_format,
)
from ..models.create_image_edit_request_response_format import (
    CreateImageEditRequestResponseFormat,
    check_create_image_edit_request_response_format,
)
from ..models.create_image_request_model_enum import (
    CreateImageRequestModelEnum,
    check_create_image_request_model_enum,
)
from ..models.create_image_request_moderation import (
    CreateImageRequestModeration,
    check_create_image_request_moderation,
)
from ..models.create_image_request_quality import (
    CreateImageRequestQuality,
    check_create_image_request_quality,
)
from ..models.create_image_request_size_enum import (
    CreateImageRequestSizeEnum,
    check_create_image_request_size_enum,
)
from ..models.create_image_request_style import (
    CreateImageRequestStyle,
    check_create_image_request_style,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> CreateImageRequestModelEnum | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_image_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageRequestModelEnum | None | str | Unset", data)


def _parse_quality(data: object) -> CreateImageRequestQuality | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        quality_type_0 = check_create_image_request_quality(data)

        return quality_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageRequestQuality | None | Unset", data)


def _parse_response_format(data: object) -> CreateImageEditRequestResponseFormat | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        response_format_type_0 = check_create_image_edit_request_response_format(data)

        return response_format_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageEditRequestResponseFormat | None | Unset", data)


def _parse_output_format(data: object) -> CreateImageEditRequestOutputFormat | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        output_format_type_0 = check_create_image_edit_request_output_format(data)

        return output_format_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageEditRequestOutputFormat | None | Unset", data)


def _parse_size(data: object) -> CreateImageRequestSizeEnum | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        size_type_1 = check_create_image_request_size_enum(data)

        return size_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageRequestSizeEnum | None | str | Unset", data)


def _parse_moderation(data: object) -> CreateImageRequestModeration | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        moderation_type_0 = check_create_image_request_moderation(data)

        return moderation_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageRequestModeration | None | Unset", data)


def _parse_background(data: object) -> CreateImageEditRequestBackground | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        background_type_0 = check_create_image_edit_request_background(data)

        return background_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageEditRequestBackground | None | Unset", data)


def _parse_style(data: object) -> CreateImageRequestStyle | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        style_type_0 = check_create_image_request_style(data)

        return style_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageRequestStyle | None | Unset", data)


@_attrs_define(repr=False)
class CreateImageRequest(ApiModel):
    prompt: str
    """ A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models,
    1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`. """

    model: CreateImageRequestModelEnum | str | None = ABSENT
    """ The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`,
    `gpt-image-1-mini`, `gpt-image-1.5`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models
    is used.

    Server default: `"dall-e-2"`. """

    n: int | None = ABSENT
    """ The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.

    Server default: `1`. """

    quality: CreateImageRequestQuality | str | None = ABSENT
    """ The quality of the image that will be generated.

    - `auto` (default value) will automatically select the best quality for the given model.
    - `high`, `medium` and `low` are supported for the GPT image models.
    - `hd` and `standard` are supported for `dall-e-3`.
    - `standard` is the only option for `dall-e-2`.

    Server default: `"auto"`. """

    response_format: CreateImageEditRequestResponseFormat | str | None = ABSENT
    """ The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or
    `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't
    supported for the GPT image models, which always return base64-encoded images.

    Server default: `"url"`. """

    output_format: CreateImageEditRequestOutputFormat | str | None = ABSENT
    """ The format in which the generated images are returned. This parameter is only supported for the GPT image
    models. Must be one of `png`, `jpeg`, or `webp`.

    Server default: `"png"`. """

    output_compression: int | None = ABSENT
    """ The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image
    models with the `webp` or `jpeg` output formats, and defaults to 100.

    Server default: `100`. """

    stream: bool | None = ABSENT
    """ Generate the image in streaming mode. Defaults to `false`. See the
    [Image generation guide](https://platform.openai.com/docs/guides/image-generation) for more information.
    This parameter is only supported for the GPT image models.

    Server default: `false`. """

    partial_images: int | None = ABSENT

    size: CreateImageRequestSizeEnum | str | None = ABSENT
    """ The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are
    supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and
    the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the
    maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and
    edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models;
    `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or
    `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

    Server default: `"auto"`. """

    moderation: CreateImageRequestModeration | str | None = ABSENT
    """ Control the content-moderation level for images generated by the GPT image models. Must be either `low` for
    less restrictive filtering or `auto` (default value).

    Server default: `"auto"`. """

    background: CreateImageEditRequestBackground | str | None = ABSENT
    """ Allows to set transparency for the background of the generated image(s).
    This parameter is only supported for the GPT image models. Must be one of
    `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
    model will automatically determine the best background for the image.

    If `transparent`, the output format needs to support transparency, so it
    should be set to either `png` (default value) or `webp`.

    Server default: `"auto"`. """

    style: CreateImageRequestStyle | str | None = ABSENT
    """ The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid`
    or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes
    the model to produce more natural, less hyper-real looking images.

    Server default: `"vivid"`. """

    user: str | None = ABSENT
    """ A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn
    more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("prompt", "prompt"),
        ("model", "model"),
        ("n", "n"),
        ("quality", "quality"),
        ("response_format", "response_format"),
        ("output_format", "output_format"),
        ("output_compression", "output_compression"),
        ("stream", "stream"),
        ("partial_images", "partial_images"),
        ("size", "size"),
        ("moderation", "moderation"),
        ("background", "background"),
        ("style", "style"),
        ("user", "user"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "prompt": "str",
        "model": "CreateImageRequestModelEnum | None | str | Unset",
        "n": "int | None | Unset",
        "quality": "CreateImageRequestQuality | None | Unset",
        "response_format": "CreateImageEditRequestResponseFormat | None | Unset",
        "output_format": "CreateImageEditRequestOutputFormat | None | Unset",
        "output_compression": "int | None | Unset",
        "stream": "bool | None | Unset",
        "partial_images": "int | None | Unset",
        "size": "CreateImageRequestSizeEnum | None | str | Unset",
        "moderation": "CreateImageRequestModeration | None | Unset",
        "background": "CreateImageEditRequestBackground | None | Unset",
        "style": "CreateImageRequestStyle | None | Unset",
        "user": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("prompt",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "prompt",
            "model",
            "n",
            "quality",
            "response_format",
            "output_format",
            "output_compression",
            "stream",
            "partial_images",
            "size",
            "moderation",
            "background",
            "style",
            "user",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.prompt
        if value_1 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = value_1
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_2)
        value_3 = self.n
        if value_3 is None:
            if "n" in present:
                out["n"] = None
        else:
            out["n"] = to_json(value_3)
        value_4 = self.quality
        if value_4 is None:
            if "quality" in present:
                out["quality"] = None
        else:
            out["quality"] = to_json(value_4)
        value_5 = self.response_format
        if value_5 is None:
            if "response_format" in present:
                out["response_format"] = None
        else:
            out["response_format"] = to_json(value_5)
        value_6 = self.output_format
        if value_6 is None:
            if "output_format" in present:
                out["output_format"] = None
        else:
            out["output_format"] = to_json(value_6)
        value_7 = self.output_compression
        if value_7 is None:
            if "output_compression" in present:
                out["output_compression"] = None
        else:
            out["output_compression"] = to_json(value_7)
        value_8 = self.stream
        if value_8 is None:
            if "stream" in present:
                out["stream"] = None
        else:
            out["stream"] = to_json(value_8)
        value_9 = self.partial_images
        if value_9 is None:
            if "partial_images" in present:
                out["partial_images"] = None
        else:
            out["partial_images"] = to_json(value_9)
        value_10 = self.size
        if value_10 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = to_json(value_10)
        value_11 = self.moderation
        if value_11 is None:
            if "moderation" in present:
                out["moderation"] = None
        else:
            out["moderation"] = to_json(value_11)
        value_12 = self.background
        if value_12 is None:
            if "background" in present:
                out["background"] = None
        else:
            out["background"] = to_json(value_12)
        value_13 = self.style
        if value_13 is None:
            if "style" in present:
                out["style"] = None
        else:
            out["style"] = to_json(value_13)
        value_14 = self.user
        if value_14 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_14
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.prompt = get_("prompt")
        _raw_model = get_("model", UNSET)
        if _raw_model is not None and _raw_model is not UNSET:
            try:
                model = _parse_model(_raw_model)

            except LENIENT_ERRORS:
                model = _raw_model
        else:
            model = _raw_model
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_.n = get_("n")
        _raw_quality = get_("quality", UNSET)
        if _raw_quality is not None and _raw_quality is not UNSET:
            try:
                quality = _parse_quality(_raw_quality)

            except LENIENT_ERRORS:
                quality = _raw_quality
        else:
            quality = _raw_quality
        parsed_obj_.quality = None if isinstance(quality, Unset) else quality
        _raw_response_format = get_("response_format", UNSET)
        if _raw_response_format is not None and _raw_response_format is not UNSET:
            try:
                response_format = _parse_response_format(_raw_response_format)

            except LENIENT_ERRORS:
                response_format = _raw_response_format
        else:
            response_format = _raw_response_format
        parsed_obj_.response_format = (
            None if isinstance(response_format, Unset) else response_format
        )
        _raw_output_format = get_("output_format", UNSET)
        if _raw_output_format is not None and _raw_output_format is not UNSET:
            try:
                output_format = _parse_output_format(_raw_output_format)

            except LENIENT_ERRORS:
                output_format = _raw_output_format
        else:
            output_format = _raw_output_format
        parsed_obj_.output_format = None if isinstance(output_format, Unset) else output_format
        parsed_obj_.output_compression = get_("output_compression")
        parsed_obj_.stream = get_("stream")
        parsed_obj_.partial_images = get_("partial_images")
        _raw_size = get_("size", UNSET)
        if _raw_size is not None and _raw_size is not UNSET:
            try:
                size = _parse_size(_raw_size)

            except LENIENT_ERRORS:
                size = _raw_size
        else:
            size = _raw_size
        parsed_obj_.size = None if isinstance(size, Unset) else size
        _raw_moderation = get_("moderation", UNSET)
        if _raw_moderation is not None and _raw_moderation is not UNSET:
            try:
                moderation = _parse_moderation(_raw_moderation)

            except LENIENT_ERRORS:
                moderation = _raw_moderation
        else:
            moderation = _raw_moderation
        parsed_obj_.moderation = None if isinstance(moderation, Unset) else moderation
        _raw_background = get_("background", UNSET)
        if _raw_background is not None and _raw_background is not UNSET:
            try:
                background = _parse_background(_raw_background)

            except LENIENT_ERRORS:
                background = _raw_background
        else:
            background = _raw_background
        parsed_obj_.background = None if isinstance(background, Unset) else background
        _raw_style = get_("style", UNSET)
        if _raw_style is not None and _raw_style is not UNSET:
            try:
                style = _parse_style(_raw_style)

            except LENIENT_ERRORS:
                style = _raw_style
        else:
            style = _raw_style
        parsed_obj_.style = None if isinstance(style, Unset) else style
        parsed_obj_.user = get_("user")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
