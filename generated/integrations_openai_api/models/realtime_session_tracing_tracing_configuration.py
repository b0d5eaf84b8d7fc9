from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class RealtimeSessionTracingTracingConfiguration(ApiModel):
    """Granular configuration for tracing."""

    workflow_name: str | None = ABSENT
    """ The name of the workflow to attach to this trace. This is used to
    name the trace in the traces dashboard.
     """

    group_id: str | None = ABSENT
    """ The group id to attach to this trace to enable filtering and
    grouping in the traces dashboard.
     """

    metadata: RealtimeSessionTracingTracingConfigurationMetadata | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("workflow_name", "workflow_name"),
        ("group_id", "group_id"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "workflow_name": "None | str | Unset",
        "group_id": "None | str | Unset",
        "metadata": "None | RealtimeSessionTracingTracingConfigurationMetadata | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "workflow_name",
            "group_id",
            "metadata",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.workflow_name = None if isinstance(workflow_name, Unset) else workflow_name
        parsed_obj_.group_id = None if isinstance(group_id, Unset) else group_id
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
