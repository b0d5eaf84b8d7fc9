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
from ..models.audit_log_actor_type import AuditLogActorType

if TYPE_CHECKING:
    from ..models.audit_log_actor_api_key import AuditLogActorApiKey
    from ..models.audit_log_actor_session import AuditLogActorSession

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogActorApiKey, AuditLogActorSession
    from ..models.audit_log_actor_api_key import AuditLogActorApiKey  # noqa: PLC0415
    from ..models.audit_log_actor_session import AuditLogActorSession  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AuditLogActor(ApiModel):
    """The actor who performed the audit logged action."""

    type: AuditLogActorType | str | None = ABSENT
    """ The type of actor. Is either `session` or `api_key`. """

    session: AuditLogActorSession | None = ABSENT
    """ The session in which the audit logged action was performed. """

    api_key: AuditLogActorApiKey | None = ABSENT
    """ The API Key used to perform the audit logged action. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("session", "session"),
        ("api_key", "api_key"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "AuditLogActorType | Unset",
        "session": "AuditLogActorSession | Unset",
        "api_key": "AuditLogActorApiKey | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "api_key",
            "session",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "session",
            "api_key",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.session
        if value_2 is None:
            if "session" in present:
                out["session"] = None
        else:
            out["session"] = to_json(value_2)
        value_3 = self.api_key
        if value_3 is None:
            if "api_key" in present:
                out["api_key"] = None
        else:
            out["api_key"] = to_json(value_3)
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
        parsed_obj_.type = get_("type")
        session = get_("session")
        if session is not None:
            try:
                session = (
                    AuditLogActorSession._from_dict_(session)
                    if session.__class__ is dict
                    else AuditLogActorSession.from_dict(session)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.session = session
        api_key = get_("api_key")
        if api_key is not None:
            try:
                api_key = (
                    AuditLogActorApiKey._from_dict_(api_key)
                    if api_key.__class__ is dict
                    else AuditLogActorApiKey.from_dict(api_key)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.api_key = api_key
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
