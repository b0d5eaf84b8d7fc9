from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..models.update_project_data_retention_body_retention_type import (
    UpdateProjectDataRetentionBodyRetentionType,
    check_update_project_data_retention_body_retention_type,
)


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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_retention_type = d.pop("retention_type", None)
        try:
            retention_type = check_update_project_data_retention_body_retention_type(
                _raw_retention_type
            )

        except LENIENT_ERRORS:
            retention_type = _raw_retention_type

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.retention_type = retention_type
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
