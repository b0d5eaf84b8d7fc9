from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.audit_log_actor_api_key_type import (
    AuditLogActorApiKeyType,
    check_audit_log_actor_api_key_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_actor_service_account import AuditLogActorServiceAccount
    from ..models.audit_log_actor_user import AuditLogActorUser

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogActorServiceAccount, AuditLogActorUser
    from ..models.audit_log_actor_service_account import AuditLogActorServiceAccount  # noqa: PLC0415
    from ..models.audit_log_actor_user import AuditLogActorUser  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AuditLogActorApiKey")


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_type_(data: object) -> AuditLogActorApiKeyType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = check_audit_log_actor_api_key_type(data)

        return type_type_0
    except LENIENT_ERRORS:
        pass
    return cast("AuditLogActorApiKeyType | None | Unset", data)


def _parse_user(data: object) -> AuditLogActorUser | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogActorUser.from_dict(data)
    return cast("AuditLogActorUser | None | Unset", data)


def _parse_service_account(data: object) -> AuditLogActorServiceAccount | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogActorServiceAccount.from_dict(data)
    return cast("AuditLogActorServiceAccount | None | Unset", data)


@_attrs_define
class AuditLogActorApiKey:
    """The API Key used to perform the audit logged action."""

    id: None | str | Unset = UNSET
    """ The tracking id of the API key. """
    type_: AuditLogActorApiKeyType | None | Unset = UNSET
    user: AuditLogActorUser | None | Unset = UNSET
    service_account: AuditLogActorServiceAccount | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type",
            "user",
            "service_account",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.id is not UNSET:
            field_dict["id"] = to_json(self.id)
        if self.type_ is not UNSET:
            field_dict["type"] = to_json(self.type_)
        if self.user is not UNSET:
            field_dict["user"] = to_json(self.user)
        if self.service_account is not UNSET:
            field_dict["service_account"] = to_json(self.service_account)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogActorApiKey: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _parse_type_(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_user = d.pop("user", UNSET)
        try:
            user = _parse_user(_raw_user)

        except LENIENT_ERRORS:
            user = _raw_user

        _raw_service_account = d.pop("service_account", UNSET)
        try:
            service_account = _parse_service_account(_raw_service_account)

        except LENIENT_ERRORS:
            service_account = _raw_service_account

        parsed_obj_ = cls(
            id=id,
            type_=type_,
            user=user,
            service_account=service_account,
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
