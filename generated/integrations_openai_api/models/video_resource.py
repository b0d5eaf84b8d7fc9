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
from ..models.video_model_enum import VideoModelEnum, check_video_model_enum
from ..models.video_size import VideoSize
from ..models.video_status import VideoStatus

if TYPE_CHECKING:
    from ..models.error_2 import Error2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Error2
    from ..models.error_2 import Error2  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> str | VideoModelEnum:
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_video_model_type_1 = check_video_model_enum(data)

        return componentsschemas_video_model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("str | VideoModelEnum", data)


def _parse_error(data: object) -> Error2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Error2._from_dict_(data)
    return cast("Error2 | None", data)


@_attrs_define(repr=False)
class VideoResource(ApiModel):
    """Structured information describing a generated video job."""

    id: str
    """ Unique identifier for the video job. """

    model: str | VideoModelEnum

    status: str | VideoStatus

    progress: int
    """ Approximate completion percentage for the generation task. """

    created_at: int
    """ Unix timestamp (seconds) for when the job was created. """

    size: str | VideoSize

    seconds: str
    """ Duration of the generated clip in seconds. For extensions, this is the stitched total duration. """

    object: Literal["video"] = "video"
    """ The object type, which is always `video`. """

    completed_at: int | None = ABSENT

    expires_at: int | None = ABSENT

    prompt: str | None = ABSENT

    remixed_from_video_id: str | None = ABSENT

    error: Error2 | None = ABSENT

    _sdk_name_: ClassVar[str] = "Video"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("completed_at", "completed_at"),
        ("created_at", "created_at"),
        ("error", "error"),
        ("expires_at", "expires_at"),
        ("model", "model"),
        ("object", "object"),
        ("progress", "progress"),
        ("prompt", "prompt"),
        ("remixed_from_video_id", "remixed_from_video_id"),
        ("seconds", "seconds"),
        ("size", "size"),
        ("status", "status"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['video']",
        "model": "str | VideoModelEnum",
        "status": "VideoStatus",
        "progress": "int",
        "created_at": "int",
        "completed_at": "int | None",
        "expires_at": "int | None",
        "prompt": "None | str",
        "size": "VideoSize",
        "seconds": "str",
        "remixed_from_video_id": "None | str",
        "error": "Error2 | None",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("video",),
        "status": (
            "completed",
            "failed",
            "in_progress",
            "queued",
        ),
        "size": (
            "1024x1792",
            "1280x720",
            "1792x1024",
            "720x1280",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "model",
        "status",
        "progress",
        "created_at",
        "completed_at",
        "expires_at",
        "prompt",
        "size",
        "seconds",
        "remixed_from_video_id",
        "error",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "model",
            "status",
            "progress",
            "created_at",
            "completed_at",
            "expires_at",
            "prompt",
            "size",
            "seconds",
            "remixed_from_video_id",
            "error",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.completed_at
        if value_2 is None:
            if "completed_at" in present:
                out["completed_at"] = None
        else:
            out["completed_at"] = to_json(value_2)
        value_3 = self.created_at
        if value_3 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_3
        value_4 = self.error
        if value_4 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_4)
        value_5 = self.expires_at
        if value_5 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = to_json(value_5)
        value_6 = self.model
        if value_6 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_6)
        value_7 = self.object
        if value_7 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_7
        value_8 = self.progress
        if value_8 is None:
            if "progress" in present:
                out["progress"] = None
        else:
            out["progress"] = value_8
        value_9 = self.prompt
        if value_9 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = to_json(value_9)
        value_10 = self.remixed_from_video_id
        if value_10 is None:
            if "remixed_from_video_id" in present:
                out["remixed_from_video_id"] = None
        else:
            out["remixed_from_video_id"] = to_json(value_10)
        value_11 = self.seconds
        if value_11 is None:
            if "seconds" in present:
                out["seconds"] = None
        else:
            out["seconds"] = value_11
        value_12 = self.size
        if value_12 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = value_12
        value_13 = self.status
        if value_13 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_13
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
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        _raw_model = get_("model", None)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model
        parsed_obj_.model = model
        parsed_obj_.status = get_("status")
        parsed_obj_.progress = get_("progress")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.completed_at = get_("completed_at")
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_.prompt = get_("prompt")
        parsed_obj_.size = get_("size")
        parsed_obj_.seconds = get_("seconds")
        parsed_obj_.remixed_from_video_id = get_("remixed_from_video_id")
        _raw_error = get_("error", None)
        if _raw_error is not None:
            try:
                error = _parse_error(_raw_error)

            except LENIENT_ERRORS:
                error = _raw_error
        else:
            error = _raw_error
        parsed_obj_.error = error
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
