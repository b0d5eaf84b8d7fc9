from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_actor_user import AuditLogActorUser

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogActorUser
    from ..models.audit_log_actor_user import AuditLogActorUser  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class AuditLogActorSession(ApiModel):
    """The session in which the audit logged action was performed."""

    user: AuditLogActorUser | None = ABSENT
    """ The user who performed the audit logged action. """

    ip_address: str | None = ABSENT
    """ The IP address from which the action was performed. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("user", "user"),
        ("ip_address", "ip_address"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "user": "AuditLogActorUser | Unset",
        "ip_address": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "user",
            "ip_address",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.user
        if value_1 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = to_json(value_1)
        value_2 = self.ip_address
        if value_2 is None:
            if "ip_address" in present:
                out["ip_address"] = None
        else:
            out["ip_address"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_user = d.pop("user", UNSET)
        try:
            _user = _raw_user
            user: AuditLogActorUser | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = AuditLogActorUser.from_dict(_user)

        except LENIENT_ERRORS:
            user = _raw_user

        ip_address = d.pop("ip_address", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.user = None if isinstance(user, Unset) else user
        parsed_obj_.ip_address = ip_address
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
