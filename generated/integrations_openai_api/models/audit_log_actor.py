from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.audit_log_actor_type import AuditLogActorType, check_audit_log_actor_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_actor_api_key import AuditLogActorApiKey
    from ..models.audit_log_actor_session import AuditLogActorSession

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogActorApiKey, AuditLogActorSession
    from ..models.audit_log_actor_api_key import AuditLogActorApiKey  # noqa: PLC0415
    from ..models.audit_log_actor_session import AuditLogActorSession  # noqa: PLC0415

    _lazy_loaded = True


def _parse_type_(data: object) -> AuditLogActorType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = check_audit_log_actor_type(data)

        return type_type_0
    except LENIENT_ERRORS:
        pass
    return cast("AuditLogActorType | None | Unset", data)


def _parse_session(data: object) -> AuditLogActorSession | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogActorSession.from_dict(data)
    return cast("AuditLogActorSession | None | Unset", data)


def _parse_api_key(data: object) -> AuditLogActorApiKey | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogActorApiKey.from_dict(data)
    return cast("AuditLogActorApiKey | None | Unset", data)


@_attrs_define(repr=False)
class AuditLogActor(ApiModel):
    """The actor who performed the audit logged action."""

    type: AuditLogActorType | str | None = ABSENT

    session: AuditLogActorSession | None = ABSENT

    api_key: AuditLogActorApiKey | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("session", "session"),
        ("api_key", "api_key"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "AuditLogActorType | None | Unset",
        "session": "AuditLogActorSession | None | Unset",
        "api_key": "AuditLogActorApiKey | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "session",
            "api_key",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _parse_type_(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_session = d.pop("session", UNSET)
        try:
            session = _parse_session(_raw_session)

        except LENIENT_ERRORS:
            session = _raw_session

        _raw_api_key = d.pop("api_key", UNSET)
        try:
            api_key = _parse_api_key(_raw_api_key)

        except LENIENT_ERRORS:
            api_key = _raw_api_key

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.session = None if isinstance(session, Unset) else session
        parsed_obj_.api_key = None if isinstance(api_key, Unset) else api_key
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
