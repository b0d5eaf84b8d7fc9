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
from ..models.create_image_edit_request_response_format import (
    CreateImageEditRequestResponseFormat,
    check_create_image_edit_request_response_format,
)
from ..models.create_image_variation_request_model_enum import (
    CreateImageVariationRequestModelEnum,
    check_create_image_variation_request_model_enum,
)
from ..models.create_image_variation_request_size import (
    CreateImageVariationRequestSize,
    check_create_image_variation_request_size,
)
from ..types import UNSET, File, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> CreateImageVariationRequestModelEnum | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_image_variation_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageVariationRequestModelEnum | None | str | Unset", data)


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


def _parse_size(data: object) -> CreateImageVariationRequestSize | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        size_type_0 = check_create_image_variation_request_size(data)

        return size_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageVariationRequestSize | None | Unset", data)


@_attrs_define(repr=False)
class CreateImageVariationRequest(ApiModel):
    image: File
    """ The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square. """

    model: CreateImageVariationRequestModelEnum | str | None = ABSENT
    """ The model to use for image generation. Only `dall-e-2` is supported at this time.

    Server default: `"dall-e-2"`. """

    n: int | None = ABSENT
    """ The number of images to generate. Must be between 1 and 10.

    Server default: `1`. """

    response_format: CreateImageEditRequestResponseFormat | str | None = ABSENT
    """ The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only
    valid for 60 minutes after the image has been generated.

    Server default: `"url"`. """

    size: CreateImageVariationRequestSize | str | None = ABSENT
    """ The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.

    Server default: `"1024x1024"`. """

    user: str | None = ABSENT
    """ A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn
    more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("image", "image"),
        ("model", "model"),
        ("n", "n"),
        ("response_format", "response_format"),
        ("size", "size"),
        ("user", "user"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "image": "File",
        "model": "CreateImageVariationRequestModelEnum | None | str | Unset",
        "n": "int | None | Unset",
        "response_format": "CreateImageEditRequestResponseFormat | None | Unset",
        "size": "CreateImageVariationRequestSize | None | Unset",
        "user": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("image",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "image",
            "model",
            "n",
            "response_format",
            "size",
            "user",
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
        value_4 = self.response_format
        if value_4 is None:
            if "response_format" in present:
                out["response_format"] = None
        else:
            out["response_format"] = to_json(value_4)
        value_5 = self.size
        if value_5 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = to_json(value_5)
        value_6 = self.user
        if value_6 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_6
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("image", self.image),
                ("model", self.model),
                ("n", self.n),
                ("response_format", self.response_format),
                ("size", self.size),
                ("user", self.user),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_image = get_("image", None)
        try:
            image = File(payload=BytesIO(_raw_image))

        except LENIENT_ERRORS:
            image = _raw_image
        parsed_obj_.image = image
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
        _raw_size = get_("size", UNSET)
        if _raw_size is not None and _raw_size is not UNSET:
            try:
                size = _parse_size(_raw_size)

            except LENIENT_ERRORS:
                size = _raw_size
        else:
            size = _raw_size
        parsed_obj_.size = None if isinstance(size, Unset) else size
        parsed_obj_.user = get_("user")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
