from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from .._runtime.wire import multipart_files
from ..models.video_seconds import VideoSeconds, check_video_seconds
from ..types import File

if TYPE_CHECKING:
    from ..models.video_reference_input_param import VideoReferenceInputParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VideoReferenceInputParam
    from ..models.video_reference_input_param import VideoReferenceInputParam  # noqa: PLC0415

    _lazy_loaded = True


def _parse_video(data: object) -> File | VideoReferenceInputParam:
    if isinstance(data, dict):
        return VideoReferenceInputParam.from_dict(data)
    try:
        if not isinstance(data, bytes):
            raise TypeError()
        video_type_1 = File(payload=BytesIO(data))

        return video_type_1
    except LENIENT_ERRORS:
        pass
    return cast("File | VideoReferenceInputParam", data)


@_attrs_define(repr=False)
class CreateVideoExtendMultipartBody(ApiModel):
    """Multipart parameters for extending an existing generated video."""

    video: File | VideoReferenceInputParam

    prompt: str
    """ Updated text prompt that directs the extension generation. """

    seconds: str | VideoSeconds

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("video", "video"),
        ("prompt", "prompt"),
        ("seconds", "seconds"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "video": "File | VideoReferenceInputParam",
        "prompt": "str",
        "seconds": "VideoSeconds",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "seconds": (
            "12",
            "4",
            "8",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "video",
        "prompt",
        "seconds",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "video",
            "prompt",
            "seconds",
        )
    )

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("video", self.video),
                ("prompt", self.prompt),
                ("seconds", self.seconds),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_video = d.pop("video", None)
        try:
            video = _parse_video(_raw_video)

        except LENIENT_ERRORS:
            video = _raw_video

        prompt = d.pop("prompt", None)

        _raw_seconds = d.pop("seconds", None)
        try:
            seconds = check_video_seconds(_raw_seconds)

        except LENIENT_ERRORS:
            seconds = _raw_seconds

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.video = video
        parsed_obj_.prompt = prompt
        parsed_obj_.seconds = seconds
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
