from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_fine_tuning_job_cancelled_data import WebhookFineTuningJobCancelledData

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WebhookFineTuningJobCancelledData
    from ..models.webhook_fine_tuning_job_cancelled_data import WebhookFineTuningJobCancelledData  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="WebhookFineTuningJobCancelled")


@_attrs_define
class WebhookFineTuningJobCancelled:
    """Sent when a fine-tuning job has been cancelled."""

    created_at: int
    """ The Unix timestamp (in seconds) of when the fine-tuning job was cancelled.
     """
    id: str
    """ The unique ID of the event.
     """
    data: WebhookFineTuningJobCancelledData
    """ Event data payload.
     """
    type_: Literal["fine_tuning.job.cancelled"] = "fine_tuning.job.cancelled"
    """ The type of the event. Always `fine_tuning.job.cancelled`.
     """
    object_: Literal["event"] | Unset = "event"
    """ The object of the event. Always `event`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("fine_tuning.job.cancelled",),
        "object": ("event",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "data",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "created_at",
            "id",
            "data",
            "type",
            "object",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.data, Unset):
            field_dict["data"] = to_json(self.data)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.object_ is not UNSET:
            field_dict["object"] = self.object_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"WebhookFineTuningJobCancelled: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        id = d.pop("id", UNSET)

        _raw_data = d.pop("data", UNSET)
        try:
            data = WebhookFineTuningJobCancelledData.from_dict(_raw_data)

        except LENIENT_ERRORS:
            data = _raw_data

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['fine_tuning.job.cancelled']", _raw_type_)
            if type_ != "fine_tuning.job.cancelled":
                raise ValueError(
                    f"type must match const 'fine_tuning.job.cancelled', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['event'] | Unset", _raw_object_)
            if object_ != "event" and not isinstance(object_, Unset):
                raise ValueError(f"object must match const 'event', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        parsed_obj_ = cls(
            created_at=created_at,
            id=id,
            data=data,
            type_=type_,
            object_=object_,
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
