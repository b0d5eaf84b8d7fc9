from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="FineTuningJobEvent")


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


@_attrs_define
class FineTuningJobEvent:
    """Fine-tuning job event object"""

    id: str
    """ The object identifier. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the fine-tuning job was created. """
    level: FineTuningJobEventLevel
    """ The log level of the event. """
    message: str
    """ The message of the event. """
    object_: Literal["fine_tuning.job.event"] = "fine_tuning.job.event"
    """ The object type, which is always "fine_tuning.job.event". """
    type_: FineTuningJobEventType | None | Unset = UNSET
    data: FineTuningJobEventData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.level, Unset):
            field_dict["level"] = self.level
        if not isinstance(self.message, Unset):
            field_dict["message"] = self.message
        if self.type_ is not UNSET:
            field_dict["type"] = to_json(self.type_)
        if self.data is not UNSET:
            field_dict["data"] = to_json(self.data)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FineTuningJobEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['fine_tuning.job.event']", _raw_object_)
            if object_ != "fine_tuning.job.event":
                raise ValueError(
                    f"object must match const 'fine_tuning.job.event', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        _raw_level = d.pop("level", UNSET)
        try:
            level = check_fine_tuning_job_event_level(_raw_level)

        except LENIENT_ERRORS:
            level = _raw_level

        message = d.pop("message", UNSET)

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

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            created_at=created_at,
            level=level,
            message=message,
            type_=type_,
            data=data,
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
