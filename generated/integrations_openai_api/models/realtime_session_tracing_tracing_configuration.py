from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_session_tracing_tracing_configuration_metadata import (
        RealtimeSessionTracingTracingConfigurationMetadata,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeSessionTracingTracingConfigurationMetadata
    from ..models.realtime_session_tracing_tracing_configuration_metadata import (
        RealtimeSessionTracingTracingConfigurationMetadata,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeSessionTracingTracingConfiguration")


def _parse_workflow_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_group_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_metadata(
    data: object,
) -> None | RealtimeSessionTracingTracingConfigurationMetadata | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionTracingTracingConfigurationMetadata.from_dict(data)
    return cast("None | RealtimeSessionTracingTracingConfigurationMetadata | Unset", data)


@_attrs_define
class RealtimeSessionTracingTracingConfiguration:
    """Granular configuration for tracing."""

    workflow_name: None | str | Unset = UNSET
    """ The name of the workflow to attach to this trace. This is used to
    name the trace in the traces dashboard.
     """
    group_id: None | str | Unset = UNSET
    """ The group id to attach to this trace to enable filtering and
    grouping in the traces dashboard.
     """
    metadata: None | RealtimeSessionTracingTracingConfigurationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "workflow_name",
            "group_id",
            "metadata",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.workflow_name is not UNSET:
            field_dict["workflow_name"] = to_json(self.workflow_name)
        if self.group_id is not UNSET:
            field_dict["group_id"] = to_json(self.group_id)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionTracingTracingConfiguration: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_workflow_name = d.pop("workflow_name", UNSET)
        try:
            workflow_name = _parse_workflow_name(_raw_workflow_name)

        except LENIENT_ERRORS:
            workflow_name = _raw_workflow_name

        _raw_group_id = d.pop("group_id", UNSET)
        try:
            group_id = _parse_group_id(_raw_group_id)

        except LENIENT_ERRORS:
            group_id = _raw_group_id

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_ = cls(
            workflow_name=workflow_name,
            group_id=group_id,
            metadata=metadata,
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
