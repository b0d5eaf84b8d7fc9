from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_actor_user import AuditLogActorUser

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogActorUser
    from ..models.audit_log_actor_user import AuditLogActorUser  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AuditLogActorSession")


def _parse_user(data: object) -> AuditLogActorUser | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogActorUser.from_dict(data)
    return cast("AuditLogActorUser | None | Unset", data)


def _parse_ip_address(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class AuditLogActorSession:
    """The session in which the audit logged action was performed."""

    user: AuditLogActorUser | None | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    """ The IP address from which the action was performed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "user",
            "ip_address",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.user is not UNSET:
            field_dict["user"] = to_json(self.user)
        if self.ip_address is not UNSET:
            field_dict["ip_address"] = to_json(self.ip_address)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogActorSession: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_user = d.pop("user", UNSET)
        try:
            user = _parse_user(_raw_user)

        except LENIENT_ERRORS:
            user = _raw_user

        _raw_ip_address = d.pop("ip_address", UNSET)
        try:
            ip_address = _parse_ip_address(_raw_ip_address)

        except LENIENT_ERRORS:
            ip_address = _raw_ip_address

        parsed_obj_ = cls(
            user=user,
            ip_address=ip_address,
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
