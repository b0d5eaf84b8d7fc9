from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.update_project_data_retention_body_retention_type import (
    UpdateProjectDataRetentionBodyRetentionType,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class UpdateProjectDataRetentionBody(ApiModel):
    """Parameters for updating project data retention controls."""

    retention_type: str | UpdateProjectDataRetentionBodyRetentionType
    """ The desired project data retention type. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("retention_type", "retention_type"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "retention_type": "UpdateProjectDataRetentionBodyRetentionType",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "retention_type": (
            "enhanced_modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "modified_abuse_monitoring",
            "none",
            "organization_default",
            "zero_data_retention",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("retention_type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("retention_type",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.retention_type
        if value_1 is None:
            if "retention_type" in present:
                out["retention_type"] = None
        else:
            out["retention_type"] = value_1
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.retention_type = get_("retention_type")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
