from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.video_model_enum import VideoModelEnum, check_video_model_enum
from ..models.video_size import VideoSize, check_video_size
from ..models.video_status import VideoStatus, check_video_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_2 import Error2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Error2
    from ..models.error_2 import Error2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="VideoResource")


def _parse_model(data: object) -> str | VideoModelEnum:
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_video_model_type_1 = check_video_model_enum(data)

        return componentsschemas_video_model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("str | VideoModelEnum", data)


def _parse_completed_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_expires_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_prompt(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_remixed_from_video_id(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_error(data: object) -> Error2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Error2.from_dict(data)
    return cast("Error2 | None", data)


@_attrs_define
class VideoResource:
    """Structured information describing a generated video job."""

    id: str
    """ Unique identifier for the video job. """
    model: str | VideoModelEnum
    status: VideoStatus
    progress: int
    """ Approximate completion percentage for the generation task. """
    created_at: int
    """ Unix timestamp (seconds) for when the job was created. """
    completed_at: int | None
    expires_at: int | None
    prompt: None | str
    size: VideoSize
    seconds: str
    """ Duration of the generated clip in seconds. For extensions, this is the stitched total duration. """
    remixed_from_video_id: None | str
    error: Error2 | None
    object_: Literal["video"] = "video"
    """ The object type, which is always `video`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.model, Unset):
            field_dict["model"] = to_json(self.model)
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.progress, Unset):
            field_dict["progress"] = self.progress
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.completed_at, Unset):
            field_dict["completed_at"] = to_json(self.completed_at)
        if not isinstance(self.expires_at, Unset):
            field_dict["expires_at"] = to_json(self.expires_at)
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = to_json(self.prompt)
        if not isinstance(self.size, Unset):
            field_dict["size"] = self.size
        if not isinstance(self.seconds, Unset):
            field_dict["seconds"] = self.seconds
        if not isinstance(self.remixed_from_video_id, Unset):
            field_dict["remixed_from_video_id"] = to_json(self.remixed_from_video_id)
        if not isinstance(self.error, Unset):
            field_dict["error"] = to_json(self.error)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"VideoResource: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['video']", _raw_object_)
            if object_ != "video":
                raise ValueError(f"object must match const 'video', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_video_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        progress = d.pop("progress", UNSET)

        created_at = d.pop("created_at", UNSET)

        _raw_completed_at = d.pop("completed_at", UNSET)
        try:
            completed_at = _parse_completed_at(_raw_completed_at)

        except LENIENT_ERRORS:
            completed_at = _raw_completed_at

        _raw_expires_at = d.pop("expires_at", UNSET)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        _raw_prompt = d.pop("prompt", UNSET)
        try:
            prompt = _parse_prompt(_raw_prompt)

        except LENIENT_ERRORS:
            prompt = _raw_prompt

        _raw_size = d.pop("size", UNSET)
        try:
            size = check_video_size(_raw_size)

        except LENIENT_ERRORS:
            size = _raw_size

        seconds = d.pop("seconds", UNSET)

        _raw_remixed_from_video_id = d.pop("remixed_from_video_id", UNSET)
        try:
            remixed_from_video_id = _parse_remixed_from_video_id(_raw_remixed_from_video_id)

        except LENIENT_ERRORS:
            remixed_from_video_id = _raw_remixed_from_video_id

        _raw_error = d.pop("error", UNSET)
        try:
            error = _parse_error(_raw_error)

        except LENIENT_ERRORS:
            error = _raw_error

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            model=model,
            status=status,
            progress=progress,
            created_at=created_at,
            completed_at=completed_at,
            expires_at=expires_at,
            prompt=prompt,
            size=size,
            seconds=seconds,
            remixed_from_video_id=remixed_from_video_id,
            error=error,
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
