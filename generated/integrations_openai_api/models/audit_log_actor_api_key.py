from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class AuditLogActorApiKey(ApiModel):
    """The API Key used to perform the audit logged action."""

    id: str | None = ABSENT
    """ The tracking id of the API key. """

    type: AuditLogActorApiKeyType | str | None = ABSENT

    user: AuditLogActorUser | None = ABSENT

    service_account: AuditLogActorServiceAccount | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type", "type"),
        ("user", "user"),
        ("service_account", "service_account"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "None | str | Unset",
        "type": "AuditLogActorApiKeyType | None | Unset",
        "user": "AuditLogActorUser | None | Unset",
        "service_account": "AuditLogActorServiceAccount | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = None if isinstance(id, Unset) else id
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.user = None if isinstance(user, Unset) else user
        parsed_obj_.service_account = (
            None if isinstance(service_account, Unset) else service_account
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
