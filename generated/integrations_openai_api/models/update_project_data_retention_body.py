from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.update_project_data_retention_body_retention_type import (
    UpdateProjectDataRetentionBodyRetentionType,
    check_update_project_data_retention_body_retention_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProjectDataRetentionBody")


@_attrs_define
class UpdateProjectDataRetentionBody:
    """Parameters for updating project data retention controls."""

    retention_type: UpdateProjectDataRetentionBodyRetentionType
    """ The desired project data retention type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.retention_type, Unset):
            field_dict["retention_type"] = self.retention_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UpdateProjectDataRetentionBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_retention_type = d.pop("retention_type", UNSET)
        try:
            retention_type = check_update_project_data_retention_body_retention_type(
                _raw_retention_type
            )

        except LENIENT_ERRORS:
            retention_type = _raw_retention_type

        parsed_obj_ = cls(
            retention_type=retention_type,
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
