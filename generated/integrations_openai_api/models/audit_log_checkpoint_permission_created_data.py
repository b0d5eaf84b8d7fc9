from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogCheckpointPermissionCreatedData")


def _parse_project_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_fine_tuned_model_checkpoint(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class AuditLogCheckpointPermissionCreatedData:
    """The payload used to create the checkpoint permission."""

    project_id: None | str | Unset = UNSET
    """ The ID of the project that the checkpoint permission was created for. """
    fine_tuned_model_checkpoint: None | str | Unset = UNSET
    """ The ID of the fine-tuned model checkpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "project_id",
            "fine_tuned_model_checkpoint",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.project_id is not UNSET:
            field_dict["project_id"] = to_json(self.project_id)
        if self.fine_tuned_model_checkpoint is not UNSET:
            field_dict["fine_tuned_model_checkpoint"] = to_json(self.fine_tuned_model_checkpoint)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogCheckpointPermissionCreatedData: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_project_id = d.pop("project_id", UNSET)
        try:
            project_id = _parse_project_id(_raw_project_id)

        except LENIENT_ERRORS:
            project_id = _raw_project_id

        _raw_fine_tuned_model_checkpoint = d.pop("fine_tuned_model_checkpoint", UNSET)
        try:
            fine_tuned_model_checkpoint = _parse_fine_tuned_model_checkpoint(
                _raw_fine_tuned_model_checkpoint
            )

        except LENIENT_ERRORS:
            fine_tuned_model_checkpoint = _raw_fine_tuned_model_checkpoint

        parsed_obj_ = cls(
            project_id=project_id,
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
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
