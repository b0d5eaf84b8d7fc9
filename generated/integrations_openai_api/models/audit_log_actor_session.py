from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_actor_user import AuditLogActorUser

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogActorUser
    from ..models.audit_log_actor_user import AuditLogActorUser  # noqa: PLC0415

    _lazy_loaded = True


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


@_attrs_define(repr=False)
class AuditLogActorSession(ApiModel):
    """The session in which the audit logged action was performed."""

    user: AuditLogActorUser | None = ABSENT

    ip_address: str | None = ABSENT
    """ The IP address from which the action was performed. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("user", "user"),
        ("ip_address", "ip_address"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "user": "AuditLogActorUser | None | Unset",
        "ip_address": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "user",
            "ip_address",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.user = None if isinstance(user, Unset) else user
        parsed_obj_.ip_address = None if isinstance(ip_address, Unset) else ip_address
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
