from __future__ import annotations

from io import BytesIO
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from .._runtime.wire import multipart_files
from ..models.create_image_edit_request_background import (
    CreateImageEditRequestBackground,
    check_create_image_edit_request_background,
)
from ..models.create_image_edit_request_model_enum import (
    CreateImageEditRequestModelEnum,
    check_create_image_edit_request_model_enum,
)
from ..models.create_image_edit_request_output_format import (
    CreateImageEditRequestOutputFormat,
    check_create_image_edit_request_output_format,
)
from ..models.create_image_edit_request_quality import (
    CreateImageEditRequestQuality,
    check_create_image_edit_request_quality,
)
from ..models.create_image_edit_request_response_format import (
    CreateImageEditRequestResponseFormat,
    check_create_image_edit_request_response_format,
)
from ..models.create_image_edit_request_size_enum import (
    CreateImageEditRequestSizeEnum,
    check_create_image_edit_request_size_enum,
)
from ..models.input_fidelity import InputFidelity, check_input_fidelity
from ..types import UNSET, File, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_image(data: object) -> File | list[File]:
    try:
        if not isinstance(data, bytes):
            raise TypeError()
        image_type_0 = File(payload=BytesIO(data))

        return image_type_0
    except LENIENT_ERRORS:
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        image_type_1 = []
        _image_type_1 = data
        if not isinstance(_image_type_1, list):
            raise TypeError()
        for image_type_1_item_data in _image_type_1:
            try:
                image_type_1_item = File(payload=BytesIO(image_type_1_item_data))

            except LENIENT_ERRORS:
                image_type_1_item = image_type_1_item_data
            image_type_1.append(image_type_1_item)

        return image_type_1
    except LENIENT_ERRORS:
        pass
    return cast("File | list[File]", data)


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


def _parse_model(data: object) -> CreateImageEditRequestModelEnum | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_image_edit_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageEditRequestModelEnum | None | str | Unset", data)


def _parse_size(data: object) -> CreateImageEditRequestSizeEnum | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        size_type_1 = check_create_image_edit_request_size_enum(data)

        return size_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageEditRequestSizeEnum | None | str | Unset", data)


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


def _parse_quality(data: object) -> CreateImageEditRequestQuality | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        quality_type_0 = check_create_image_edit_request_quality(data)

        return quality_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageEditRequestQuality | None | Unset", data)


@_attrs_define(repr=False)
class CreateImageEditRequest(ApiModel):
    image: File | list[File]
    """ The image(s) to edit. Must be a supported image file or an array of images.

    For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, and `gpt-image-1.5`), each image should be a `png`,
    `webp`, or `jpg`
    file less than 50MB. You can provide up to 16 images.
    `chatgpt-image-latest` follows the same input constraints as GPT image models.

    For `dall-e-2`, you can only provide one image, and it should be a square
    `png` file less than 4MB.
     """

    prompt: str
    """ A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000
    characters for the GPT image models. """

    mask: File | None = ABSENT
    """ An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should
    be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid
    PNG file, less than 4MB, and have the same dimensions as `image`. """

    background: CreateImageEditRequestBackground | str | None = ABSENT
    """ Allows to set transparency for the background of the generated image(s).
    This parameter is only supported for the GPT image models. Must be one of
    `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
    model will automatically determine the best background for the image.

    If `transparent`, the output format needs to support transparency, so it
    should be set to either `png` (default value) or `webp`.

    Server default: `"auto"`. """

    model: CreateImageEditRequestModelEnum | str | None = ABSENT
    """ The model to use for image generation. Defaults to `gpt-image-1.5`.

    Server default: `"gpt-image-1.5"`. """

    n: int | None = ABSENT
    """ The number of images to generate. Must be between 1 and 10.

    Server default: `1`. """

    size: CreateImageEditRequestSizeEnum | str | None = ABSENT
    """ The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are
    supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and
    the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the
    maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and
    edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models;
    `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or
    `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

    Server default: `"1024x1024"`. """

    response_format: CreateImageEditRequestResponseFormat | str | None = ABSENT
    """ The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only
    valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2`
    (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images. """

    output_format: CreateImageEditRequestOutputFormat | str | None = ABSENT
    """ The format in which the generated images are returned. This parameter is
    only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
    The default value is `png`.

    Server default: `"png"`. """

    output_compression: int | None = ABSENT
    """ The compression level (0-100%) for the generated images. This parameter
    is only supported for the GPT image models with the `webp` or `jpeg` output
    formats, and defaults to 100.

    Server default: `100`. """

    user: str | None = ABSENT
    """ A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn
    more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
     """

    input_fidelity: InputFidelity | str | None = ABSENT

    stream: bool | None = ABSENT
    """ Edit the image in streaming mode. Defaults to `false`. See the
    [Image generation guide](https://platform.openai.com/docs/guides/image-generation) for more information.

    Server default: `false`. """

    partial_images: int | None = ABSENT

    quality: CreateImageEditRequestQuality | str | None = ABSENT
    """ The quality of the image that will be generated for GPT image models. Defaults to `auto`.

    Server default: `"auto"`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("image", "image"),
        ("prompt", "prompt"),
        ("mask", "mask"),
        ("background", "background"),
        ("model", "model"),
        ("n", "n"),
        ("size", "size"),
        ("response_format", "response_format"),
        ("output_format", "output_format"),
        ("output_compression", "output_compression"),
        ("user", "user"),
        ("input_fidelity", "input_fidelity"),
        ("stream", "stream"),
        ("partial_images", "partial_images"),
        ("quality", "quality"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "image": "File | list[File]",
        "prompt": "str",
        "mask": "File | Unset",
        "background": "CreateImageEditRequestBackground | None | Unset",
        "model": "CreateImageEditRequestModelEnum | None | str | Unset",
        "n": "int | None | Unset",
        "size": "CreateImageEditRequestSizeEnum | None | str | Unset",
        "response_format": "CreateImageEditRequestResponseFormat | None | Unset",
        "output_format": "CreateImageEditRequestOutputFormat | None | Unset",
        "output_compression": "int | None | Unset",
        "user": "str | Unset",
        "input_fidelity": "InputFidelity | None | Unset",
        "stream": "bool | None | Unset",
        "partial_images": "int | None | Unset",
        "quality": "CreateImageEditRequestQuality | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "image",
        "prompt",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "image",
            "prompt",
            "mask",
            "background",
            "model",
            "n",
            "size",
            "response_format",
            "output_format",
            "output_compression",
            "user",
            "input_fidelity",
            "stream",
            "partial_images",
            "quality",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.image
        if value_1 is None:
            if "image" in present:
                out["image"] = None
        else:
            out["image"] = to_json(value_1)
        value_2 = self.prompt
        if value_2 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = value_2
        value_3 = self.mask
        if value_3 is None:
            if "mask" in present:
                out["mask"] = None
        else:
            out["mask"] = to_json(value_3)
        value_4 = self.background
        if value_4 is None:
            if "background" in present:
                out["background"] = None
        else:
            out["background"] = to_json(value_4)
        value_5 = self.model
        if value_5 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_5)
        value_6 = self.n
        if value_6 is None:
            if "n" in present:
                out["n"] = None
        else:
            out["n"] = to_json(value_6)
        value_7 = self.size
        if value_7 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = to_json(value_7)
        value_8 = self.response_format
        if value_8 is None:
            if "response_format" in present:
                out["response_format"] = None
        else:
            out["response_format"] = to_json(value_8)
        value_9 = self.output_format
        if value_9 is None:
            if "output_format" in present:
                out["output_format"] = None
        else:
            out["output_format"] = to_json(value_9)
        value_10 = self.output_compression
        if value_10 is None:
            if "output_compression" in present:
                out["output_compression"] = None
        else:
            out["output_compression"] = to_json(value_10)
        value_11 = self.user
        if value_11 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_11
        value_12 = self.input_fidelity
        if value_12 is None:
            if "input_fidelity" in present:
                out["input_fidelity"] = None
        else:
            out["input_fidelity"] = to_json(value_12)
        value_13 = self.stream
        if value_13 is None:
            if "stream" in present:
                out["stream"] = None
        else:
            out["stream"] = to_json(value_13)
        value_14 = self.partial_images
        if value_14 is None:
            if "partial_images" in present:
                out["partial_images"] = None
        else:
            out["partial_images"] = to_json(value_14)
        value_15 = self.quality
        if value_15 is None:
            if "quality" in present:
                out["quality"] = None
        else:
            out["quality"] = to_json(value_15)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("image", self.image),
                ("prompt", self.prompt),
                ("mask", self.mask),
                ("background", self.background),
                ("model", self.model),
                ("n", self.n),
                ("size", self.size),
                ("response_format", self.response_format),
                ("output_format", self.output_format),
                ("output_compression", self.output_compression),
                ("user", self.user),
                ("input_fidelity", self.input_fidelity),
                ("stream", self.stream),
                ("partial_images", self.partial_images),
                ("quality", self.quality),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_image = get_("image", None)
        try:
            image = _parse_image(_raw_image)

        except LENIENT_ERRORS:
            image = _raw_image
        parsed_obj_.image = image
        parsed_obj_.prompt = get_("prompt")
        _raw_mask = get_("mask", UNSET)
        try:
            _mask = _raw_mask
            mask: File | Unset
            if isinstance(_mask, Unset):
                mask = UNSET
            else:
                mask = File(payload=BytesIO(_mask))

        except LENIENT_ERRORS:
            mask = _raw_mask
        parsed_obj_.mask = None if isinstance(mask, Unset) else mask
        _raw_background = get_("background", UNSET)
        if _raw_background is not None and _raw_background is not UNSET:
            try:
                background = _parse_background(_raw_background)

            except LENIENT_ERRORS:
                background = _raw_background
        else:
            background = _raw_background
        parsed_obj_.background = None if isinstance(background, Unset) else background
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
        _raw_size = get_("size", UNSET)
        if _raw_size is not None and _raw_size is not UNSET:
            try:
                size = _parse_size(_raw_size)

            except LENIENT_ERRORS:
                size = _raw_size
        else:
            size = _raw_size
        parsed_obj_.size = None if isinstance(size, Unset) else size
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
        parsed_obj_.user = get_("user")
        _raw_input_fidelity = get_("input_fidelity", UNSET)
        if _raw_input_fidelity is not None and _raw_input_fidelity is not UNSET:
            try:
                input_fidelity = _parse_input_fidelity(_raw_input_fidelity)

            except LENIENT_ERRORS:
                input_fidelity = _raw_input_fidelity
        else:
            input_fidelity = _raw_input_fidelity
        parsed_obj_.input_fidelity = None if isinstance(input_fidelity, Unset) else input_fidelity
        parsed_obj_.stream = get_("stream")
        parsed_obj_.partial_images = get_("partial_images")
        _raw_quality = get_("quality", UNSET)
        if _raw_quality is not None and _raw_quality is not UNSET:
            try:
                quality = _parse_quality(_raw_quality)

            except LENIENT_ERRORS:
                quality = _raw_quality
        else:
            quality = _raw_quality
        parsed_obj_.quality = None if isinstance(quality, Unset) else quality
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
