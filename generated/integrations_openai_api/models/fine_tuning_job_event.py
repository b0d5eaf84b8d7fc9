from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.fine_tuning_job_event_level import (
    FineTuningJobEventLevel,
    check_fine_tuning_job_event_level,
)
from ..models.fine_tuning_job_event_type import (
    FineTuningJobEventType,
    check_fine_tuning_job_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tuning_job_event_data import FineTuningJobEventData

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuningJobEventData
    from ..models.fine_tuning_job_event_data import FineTuningJobEventData  # noqa: PLC0415

    _lazy_loaded = True


def _parse_type_(data: object) -> FineTuningJobEventType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = check_fine_tuning_job_event_type(data)

        return type_type_0
    except LENIENT_ERRORS:
        pass
    return cast("FineTuningJobEventType | None | Unset", data)


def _parse_data(data: object) -> FineTuningJobEventData | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return FineTuningJobEventData.from_dict(data)
    return cast("FineTuningJobEventData | None | Unset", data)


@_attrs_define(repr=False)
class FineTuningJobEvent(ApiModel):
    """Fine-tuning job event object"""

    id: str
    """ The object identifier. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the fine-tuning job was created. """

    level: FineTuningJobEventLevel | str
    """ The log level of the event. """

    message: str
    """ The message of the event. """

    object: Literal["fine_tuning.job.event"] = "fine_tuning.job.event"
    """ The object type, which is always "fine_tuning.job.event". """

    type: FineTuningJobEventType | str | None = ABSENT

    data: FineTuningJobEventData | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("id", "id"),
        ("created_at", "created_at"),
        ("level", "level"),
        ("message", "message"),
        ("type", "type"),
        ("data", "data"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['fine_tuning.job.event']",
        "id": "str",
        "created_at": "int",
        "level": "FineTuningJobEventLevel",
        "message": "str",
        "type": "FineTuningJobEventType | None | Unset",
        "data": "FineTuningJobEventData | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("fine_tuning.job.event",),
        "level": (
            "error",
            "info",
            "warn",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "created_at",
        "level",
        "message",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "created_at",
            "level",
            "message",
            "type",
            "data",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["fine_tuning.job.event"]', _raw_object_)
            if object_ != "fine_tuning.job.event":
                raise ValueError(
                    f"object must match const 'fine_tuning.job.event', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", None)

        created_at = d.pop("created_at", None)

        _raw_level = d.pop("level", None)
        try:
            level = check_fine_tuning_job_event_level(_raw_level)

        except LENIENT_ERRORS:
            level = _raw_level

        message = d.pop("message", None)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _parse_type_(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_data = d.pop("data", UNSET)
        try:
            data = _parse_data(_raw_data)

        except LENIENT_ERRORS:
            data = _raw_data

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.id = id
        parsed_obj_.created_at = created_at
        parsed_obj_.level = level
        parsed_obj_.message = message
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.data = None if isinstance(data, Unset) else data
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
