from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SpendAlertNotificationChannel
    from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class OrganizationSpendAlert(ApiModel):
    """Represents a spend alert configured at the organization level."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """

    threshold_amount: int
    """ The alert threshold amount, in cents. """

    notification_channel: SpendAlertNotificationChannel
    """ Email notification settings for a spend alert. """

    object: Literal["organization.spend_alert"] = "organization.spend_alert"
    """ The object type, which is always `organization.spend_alert`. """

    currency: Literal["USD"] = "USD"
    """ The currency for the threshold amount. """

    interval: Literal["month"] = "month"
    """ The time interval for evaluating spend against the threshold. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("currency", "currency"),
        ("interval", "interval"),
        ("notification_channel", "notification_channel"),
        ("object", "object"),
        ("threshold_amount", "threshold_amount"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['organization.spend_alert']",
        "threshold_amount": "int",
        "currency": "Literal['USD']",
        "interval": "Literal['month']",
        "notification_channel": "SpendAlertNotificationChannel",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.spend_alert",),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.currency
        if value_2 is None:
            if "currency" in present:
                out["currency"] = None
        else:
            out["currency"] = value_2
        value_3 = self.interval
        if value_3 is None:
            if "interval" in present:
                out["interval"] = None
        else:
            out["interval"] = value_3
        value_4 = self.notification_channel
        if value_4 is None:
            if "notification_channel" in present:
                out["notification_channel"] = None
        else:
            out["notification_channel"] = to_json(value_4)
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.threshold_amount
        if value_6 is None:
            if "threshold_amount" in present:
                out["threshold_amount"] = None
        else:
            out["threshold_amount"] = value_6
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
        parsed_obj_.threshold_amount = get_("threshold_amount")
        parsed_obj_.currency = get_("currency")
        parsed_obj_.interval = get_("interval")
        notification_channel = get_("notification_channel")
        if notification_channel is not None:
            try:
                notification_channel = (
                    SpendAlertNotificationChannel._from_dict_(notification_channel)
                    if notification_channel.__class__ is dict
                    else SpendAlertNotificationChannel.from_dict(notification_channel)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.notification_channel = notification_channel
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
