from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.wire import multipart_files
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.video_reference_input_param import VideoReferenceInputParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VideoReferenceInputParam
    from ..models.video_reference_input_param import VideoReferenceInputParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateVideoEditMultipartBody")


def _parse_video(data: object) -> File | VideoReferenceInputParam:
    if isinstance(data, dict):
        return VideoReferenceInputParam.from_dict(data)
    try:
        if not isinstance(data, bytes):
            raise TypeError()
        video_type_0 = File(payload=BytesIO(data))

        return video_type_0
    except LENIENT_ERRORS:
        pass
    return cast("File | VideoReferenceInputParam", data)


@_attrs_define
class CreateVideoEditMultipartBody:
    """Parameters for editing an existing generated video."""

    video: File | VideoReferenceInputParam
    prompt: str
    """ Text prompt that describes how to edit the source video. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "video",
        "prompt",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "video",
            "prompt",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.video, Unset):
            field_dict["video"] = to_json(self.video)
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("video", self.video),
                ("prompt", self.prompt),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateVideoEditMultipartBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_video = d.pop("video", UNSET)
        try:
            video = _parse_video(_raw_video)

        except LENIENT_ERRORS:
            video = _raw_video

        prompt = d.pop("prompt", UNSET)

        parsed_obj_ = cls(
            video=video,
            prompt=prompt,
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
