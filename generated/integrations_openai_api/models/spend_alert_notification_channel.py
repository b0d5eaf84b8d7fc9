from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SpendAlertNotificationChannel(ApiModel):
    """Email notification settings for a spend alert."""

    recipients: list[str]
    """ Email addresses that receive the spend alert notification. """

    type: Literal["email"] = "email"
    """ The notification channel type. Currently only `email` is supported. """

    subject_prefix: str | None = ABSENT
    """ Optional subject prefix for alert emails. """

    _sdk_name_: ClassVar[str] = "NotificationChannel"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("recipients", "recipients"),
        ("type", "type"),
        ("subject_prefix", "subject_prefix"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['email']",
        "recipients": "list[str]",
        "subject_prefix": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("email",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "recipients",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "recipients",
            "subject_prefix",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.recipients
        if value_1 is None:
            if "recipients" in present:
                out["recipients"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "recipients" in present:
            out["recipients"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.subject_prefix
        if value_3 is None:
            if "subject_prefix" in present:
                out["subject_prefix"] = None
        else:
            out["subject_prefix"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        _raw_recipients = get_("recipients", UNSET)
        try:
            recipients = cast("list[str]", _raw_recipients)

        except LENIENT_ERRORS:
            recipients = _raw_recipients
        parsed_obj_.recipients = AbsentList() if isinstance(recipients, Unset) else recipients
        parsed_obj_.subject_prefix = get_("subject_prefix")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
