from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_api_key_updated_changes_requested import (
        AuditLogApiKeyUpdatedChangesRequested,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogApiKeyUpdatedChangesRequested
    from ..models.audit_log_api_key_updated_changes_requested import (
        AuditLogApiKeyUpdatedChangesRequested,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="AuditLogApiKeyUpdated")


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_changes_requested(data: object) -> AuditLogApiKeyUpdatedChangesRequested | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogApiKeyUpdatedChangesRequested.from_dict(data)
    return cast("AuditLogApiKeyUpdatedChangesRequested | None | Unset", data)


@_attrs_define
class AuditLogApiKeyUpdated:
    """The details for events with this `type`."""

    id: None | str | Unset = UNSET
    """ The tracking ID of the API key. """
    changes_requested: AuditLogApiKeyUpdatedChangesRequested | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "changes_requested",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.id is not UNSET:
            field_dict["id"] = to_json(self.id)
        if self.changes_requested is not UNSET:
            field_dict["changes_requested"] = to_json(self.changes_requested)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogApiKeyUpdated: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_changes_requested = d.pop("changes_requested", UNSET)
        try:
            changes_requested = _parse_changes_requested(_raw_changes_requested)

        except LENIENT_ERRORS:
            changes_requested = _raw_changes_requested

        parsed_obj_ = cls(
            id=id,
            changes_requested=changes_requested,
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
