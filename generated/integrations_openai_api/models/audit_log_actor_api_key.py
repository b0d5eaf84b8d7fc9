from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.audit_log_actor_api_key_type import (
    AuditLogActorApiKeyType,
)

if TYPE_CHECKING:
    from ..models.audit_log_actor_service_account import AuditLogActorServiceAccount
    from ..models.audit_log_actor_user import AuditLogActorUser

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogActorServiceAccount, AuditLogActorUser
    from ..models.audit_log_actor_service_account import AuditLogActorServiceAccount  # noqa: PLC0415
    from ..models.audit_log_actor_user import AuditLogActorUser  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AuditLogActorApiKey(ApiModel):
    """The API Key used to perform the audit logged action."""

    id: str | None = ABSENT
    """ The tracking id of the API key. """

    type: AuditLogActorApiKeyType | str | None = ABSENT
    """ The type of API key. Can be either `user` or `service_account`. """

    user: AuditLogActorUser | None = ABSENT
    """ The user who performed the audit logged action. """

    service_account: AuditLogActorServiceAccount | None = ABSENT
    """ The service account that performed the audit logged action. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type", "type"),
        ("user", "user"),
        ("service_account", "service_account"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "type": "AuditLogActorApiKeyType | Unset",
        "user": "AuditLogActorUser | Unset",
        "service_account": "AuditLogActorServiceAccount | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "service_account",
            "user",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type",
            "user",
            "service_account",
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
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.user
        if value_3 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = to_json(value_3)
        value_4 = self.service_account
        if value_4 is None:
            if "service_account" in present:
                out["service_account"] = None
        else:
            out["service_account"] = to_json(value_4)
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
        parsed_obj_.type = get_("type")
        user = get_("user")
        if user is not None:
            try:
                user = (
                    AuditLogActorUser._from_dict_(user)
                    if user.__class__ is dict
                    else AuditLogActorUser.from_dict(user)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.user = user
        service_account = get_("service_account")
        if service_account is not None:
            try:
                service_account = (
                    AuditLogActorServiceAccount._from_dict_(service_account)
                    if service_account.__class__ is dict
                    else AuditLogActorServiceAccount.from_dict(service_account)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.service_account = service_account
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
