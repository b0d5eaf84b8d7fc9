from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
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

T = TypeVar("T", bound="CreateImageVariationRequest")


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


def _parse_n(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


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


@_attrs_define
class CreateImageVariationRequest:
    image: File
    """ The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square. """
    model: CreateImageVariationRequestModelEnum | None | str | Unset = UNSET
    """ The model to use for image generation. Only `dall-e-2` is supported at this time.

    Server default: `"dall-e-2"`. """
    n: int | None | Unset = UNSET
    """ The number of images to generate. Must be between 1 and 10.

    Server default: `1`. """
    response_format: CreateImageEditRequestResponseFormat | None | Unset = UNSET
    """ The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only
    valid for 60 minutes after the image has been generated.

    Server default: `"url"`. """
    size: CreateImageVariationRequestSize | None | Unset = UNSET
    """ The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.

    Server default: `"1024x1024"`. """
    user: str | Unset = UNSET
    """ A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn
    more](/docs/guides/safety-best-practices#end-user-ids).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.image, Unset):
            field_dict["image"] = to_json(self.image)
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        if self.n is not UNSET:
            field_dict["n"] = to_json(self.n)
        if self.response_format is not UNSET:
            field_dict["response_format"] = to_json(self.response_format)
        if self.size is not UNSET:
            field_dict["size"] = to_json(self.size)
        if self.user is not UNSET:
            field_dict["user"] = self.user
        return field_dict

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateImageVariationRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_image = d.pop("image", UNSET)
        try:
            image = File(payload=BytesIO(_raw_image))

        except LENIENT_ERRORS:
            image = _raw_image

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        _raw_n = d.pop("n", UNSET)
        try:
            n = _parse_n(_raw_n)

        except LENIENT_ERRORS:
            n = _raw_n

        _raw_response_format = d.pop("response_format", UNSET)
        try:
            response_format = _parse_response_format(_raw_response_format)

        except LENIENT_ERRORS:
            response_format = _raw_response_format

        _raw_size = d.pop("size", UNSET)
        try:
            size = _parse_size(_raw_size)

        except LENIENT_ERRORS:
            size = _raw_size

        user = d.pop("user", UNSET)

        parsed_obj_ = cls(
            image=image,
            model=model,
            n=n,
            response_format=response_format,
            size=size,
            user=user,
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
