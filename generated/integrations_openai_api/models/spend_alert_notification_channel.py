from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpendAlertNotificationChannel")


def _parse_subject_prefix(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class SpendAlertNotificationChannel:
    """Email notification settings for a spend alert."""

    recipients: list[str]
    """ Email addresses that receive the spend alert notification. """
    type_: Literal["email"] = "email"
    """ The notification channel type. Currently only `email` is supported. """
    subject_prefix: None | str | Unset = UNSET
    """ Optional subject prefix for alert emails. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.recipients, Unset):
            field_dict["recipients"] = to_json(self.recipients)
        if self.subject_prefix is not UNSET:
            field_dict["subject_prefix"] = to_json(self.subject_prefix)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SpendAlertNotificationChannel: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['email']", _raw_type_)
            if type_ != "email":
                raise ValueError(f"type must match const 'email', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_recipients = d.pop("recipients", UNSET)
        try:
            recipients = cast("list[str]", _raw_recipients)

        except LENIENT_ERRORS:
            recipients = _raw_recipients

        _raw_subject_prefix = d.pop("subject_prefix", UNSET)
        try:
            subject_prefix = _parse_subject_prefix(_raw_subject_prefix)

        except LENIENT_ERRORS:
            subject_prefix = _raw_subject_prefix

        parsed_obj_ = cls(
            type_=type_,
            recipients=recipients,
            subject_prefix=subject_prefix,
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
