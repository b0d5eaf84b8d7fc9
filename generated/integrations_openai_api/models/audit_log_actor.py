from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="AuditLogActor")


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


@_attrs_define
class AuditLogActor:
    """The actor who performed the audit logged action."""

    type_: AuditLogActorType | None | Unset = UNSET
    session: AuditLogActorSession | None | Unset = UNSET
    api_key: AuditLogActorApiKey | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "session",
            "api_key",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.type_ is not UNSET:
            field_dict["type"] = to_json(self.type_)
        if self.session is not UNSET:
            field_dict["session"] = to_json(self.session)
        if self.api_key is not UNSET:
            field_dict["api_key"] = to_json(self.api_key)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"AuditLogActor: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
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

        parsed_obj_ = cls(
            type_=type_,
            session=session,
            api_key=api_key,
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
