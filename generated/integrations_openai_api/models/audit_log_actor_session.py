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

if TYPE_CHECKING:
    from ..models.audit_log_actor_user import AuditLogActorUser

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogActorUser
    from ..models.audit_log_actor_user import AuditLogActorUser  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
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
        parsed_obj_.ip_address = get_("ip_address")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
