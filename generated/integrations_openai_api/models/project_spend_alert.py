from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SpendAlertNotificationChannel
    from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ProjectSpendAlert")


@_attrs_define
class ProjectSpendAlert:
    """Represents a spend alert configured at the project level."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """
    threshold_amount: int
    """ The alert threshold amount, in cents. """
    notification_channel: SpendAlertNotificationChannel
    """ Email notification settings for a spend alert. """
    object_: Literal["project.spend_alert"] = "project.spend_alert"
    """ The object type, which is always `project.spend_alert`. """
    currency: Literal["USD"] = "USD"
    """ The currency for the threshold amount. """
    interval: Literal["month"] = "month"
    """ The time interval for evaluating spend against the threshold. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("project.spend_alert",),
        "currency": ("USD",),
        "interval": ("month",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "threshold_amount",
        "currency",
        "interval",
        "notification_channel",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "threshold_amount",
            "currency",
            "interval",
            "notification_channel",
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
        if not isinstance(self.threshold_amount, Unset):
            field_dict["threshold_amount"] = self.threshold_amount
        if not isinstance(self.currency, Unset):
            field_dict["currency"] = self.currency
        if not isinstance(self.interval, Unset):
            field_dict["interval"] = self.interval
        if not isinstance(self.notification_channel, Unset):
            field_dict["notification_channel"] = to_json(self.notification_channel)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ProjectSpendAlert: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['project.spend_alert']", _raw_object_)
            if object_ != "project.spend_alert":
                raise ValueError(f"object must match const 'project.spend_alert', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        threshold_amount = d.pop("threshold_amount", UNSET)

        _raw_currency = d.pop("currency", UNSET)
        try:
            currency = cast("Literal['USD']", _raw_currency)
            if currency != "USD":
                raise ValueError(f"currency must match const 'USD', got '{currency}'")
        except LENIENT_ERRORS:
            currency = _raw_currency

        _raw_interval = d.pop("interval", UNSET)
        try:
            interval = cast("Literal['month']", _raw_interval)
            if interval != "month":
                raise ValueError(f"interval must match const 'month', got '{interval}'")
        except LENIENT_ERRORS:
            interval = _raw_interval

        _raw_notification_channel = d.pop("notification_channel", UNSET)
        try:
            notification_channel = SpendAlertNotificationChannel.from_dict(
                _raw_notification_channel
            )

        except LENIENT_ERRORS:
            notification_channel = _raw_notification_channel

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            threshold_amount=threshold_amount,
            currency=currency,
            interval=interval,
            notification_channel=notification_channel,
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
