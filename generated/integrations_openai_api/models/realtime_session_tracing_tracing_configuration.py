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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
    """ The arbitrary metadata to attach to this trace to enable
    filtering in the traces dashboard.
     """

    _sdk_name_: ClassVar[str] = "TracingTracingConfiguration"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("group_id", "group_id"),
        ("metadata", "metadata"),
        ("workflow_name", "workflow_name"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "workflow_name": "str | Unset",
        "group_id": "str | Unset",
        "metadata": "RealtimeSessionTracingTracingConfigurationMetadata | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.group_id
        if value_1 is None:
            if "group_id" in present:
                out["group_id"] = None
        else:
            out["group_id"] = value_1
        value_2 = self.metadata
        if value_2 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_2)
        value_3 = self.workflow_name
        if value_3 is None:
            if "workflow_name" in present:
                out["workflow_name"] = None
        else:
            out["workflow_name"] = value_3
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
        parsed_obj_.workflow_name = get_("workflow_name")
        parsed_obj_.group_id = get_("group_id")
        metadata = get_("metadata")
        if metadata is not None:
            try:
                metadata = (
                    RealtimeSessionTracingTracingConfigurationMetadata._from_dict_(metadata)
                    if metadata.__class__ is dict
                    else RealtimeSessionTracingTracingConfigurationMetadata.from_dict(metadata)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.metadata = metadata
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
