from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.wire import multipart_files
from ..models.video_model_enum import VideoModelEnum, check_video_model_enum
from ..models.video_seconds import VideoSeconds, check_video_seconds
from ..models.video_size import VideoSize, check_video_size
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.image_ref_param_2 import ImageRefParam2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ImageRefParam2
    from ..models.image_ref_param_2 import ImageRefParam2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateVideoMultipartBody")


def _parse_model(data: object) -> str | Unset | VideoModelEnum:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_video_model_type_1 = check_video_model_enum(data)

        return componentsschemas_video_model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("str | Unset | VideoModelEnum", data)


def _parse_input_reference(data: object) -> File | ImageRefParam2 | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ImageRefParam2.from_dict(data)
    try:
        if not isinstance(data, bytes):
            raise TypeError()
        input_reference_type_0 = File(payload=BytesIO(data))

        return input_reference_type_0
    except LENIENT_ERRORS:
        pass
    return cast("File | ImageRefParam2 | Unset", data)


@_attrs_define
class CreateVideoMultipartBody:
    """Multipart parameters for creating a new video generation job."""

    prompt: str
    """ Text prompt that describes the video to generate. """
    model: str | Unset | VideoModelEnum = UNSET
    input_reference: File | ImageRefParam2 | Unset = UNSET
    seconds: VideoSeconds | Unset = UNSET
    size: VideoSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "seconds": (
            "12",
            "4",
            "8",
        ),
        "size": (
            "1024x1792",
            "1280x720",
            "1792x1024",
            "720x1280",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("prompt",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "prompt",
            "model",
            "input_reference",
            "seconds",
            "size",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        if self.input_reference is not UNSET:
            field_dict["input_reference"] = to_json(self.input_reference)
        if self.seconds is not UNSET:
            field_dict["seconds"] = self.seconds
        if self.size is not UNSET:
            field_dict["size"] = self.size
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("prompt", self.prompt),
                ("model", self.model),
                ("input_reference", self.input_reference),
                ("seconds", self.seconds),
                ("size", self.size),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateVideoMultipartBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        _raw_input_reference = d.pop("input_reference", UNSET)
        try:
            input_reference = _parse_input_reference(_raw_input_reference)

        except LENIENT_ERRORS:
            input_reference = _raw_input_reference

        _raw_seconds = d.pop("seconds", UNSET)
        try:
            _seconds = _raw_seconds
            seconds: VideoSeconds | Unset
            if isinstance(_seconds, Unset):
                seconds = UNSET
            else:
                seconds = check_video_seconds(_seconds)

        except LENIENT_ERRORS:
            seconds = _raw_seconds

        _raw_size = d.pop("size", UNSET)
        try:
            _size = _raw_size
            size: VideoSize | Unset
            if isinstance(_size, Unset):
                size = UNSET
            else:
                size = check_video_size(_size)

        except LENIENT_ERRORS:
            size = _raw_size

        parsed_obj_ = cls(
            prompt=prompt,
            model=model,
            input_reference=input_reference,
            seconds=seconds,
            size=size,
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
