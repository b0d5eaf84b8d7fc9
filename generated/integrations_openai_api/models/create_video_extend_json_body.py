from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.video_seconds import VideoSeconds

if TYPE_CHECKING:
    from ..models.video_reference_input_param import VideoReferenceInputParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VideoReferenceInputParam
    from ..models.video_reference_input_param import VideoReferenceInputParam  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateVideoExtendJsonBody(ApiModel):
    """JSON parameters for extending an existing generated video."""

    video: VideoReferenceInputParam
    """ Reference to the completed video. """

    prompt: str
    """ Updated text prompt that directs the extension generation. """

    seconds: str | VideoSeconds

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("video", "video"),
        ("prompt", "prompt"),
        ("seconds", "seconds"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "video": "VideoReferenceInputParam",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.video
        if value_1 is None:
            if "video" in present:
                out["video"] = None
        else:
            out["video"] = to_json(value_1)
        value_2 = self.prompt
        if value_2 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = value_2
        value_3 = self.seconds
        if value_3 is None:
            if "seconds" in present:
                out["seconds"] = None
        else:
            out["seconds"] = value_3
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
        video = get_("video")
        if video is not None:
            try:
                video = (
                    VideoReferenceInputParam._from_dict_(video)
                    if video.__class__ is dict
                    else VideoReferenceInputParam.from_dict(video)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.video = video
        parsed_obj_.prompt = get_("prompt")
        parsed_obj_.seconds = get_("seconds")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
