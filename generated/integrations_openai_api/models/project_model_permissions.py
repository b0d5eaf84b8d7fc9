from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.project_model_permissions_mode import (
    ProjectModelPermissionsMode,
    check_project_model_permissions_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectModelPermissions")


@_attrs_define
class ProjectModelPermissions:
    """Represents the model allowlist or denylist policy for a project."""

    mode: ProjectModelPermissionsMode
    """ Whether the project uses an allowlist or a denylist. """
    model_ids: list[str]
    """ The model IDs included in the model permissions policy. """
    object_: Literal["project.model_permissions"] = "project.model_permissions"
    """ The object type, which is always `project.model_permissions`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("project.model_permissions",),
        "mode": (
            "allow_list",
            "deny_list",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "mode",
        "model_ids",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "mode",
            "model_ids",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.mode, Unset):
            field_dict["mode"] = self.mode
        if not isinstance(self.model_ids, Unset):
            field_dict["model_ids"] = to_json(self.model_ids)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ProjectModelPermissions: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['project.model_permissions']", _raw_object_)
            if object_ != "project.model_permissions":
                raise ValueError(
                    f"object must match const 'project.model_permissions', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_mode = d.pop("mode", UNSET)
        try:
            mode = check_project_model_permissions_mode(_raw_mode)

        except LENIENT_ERRORS:
            mode = _raw_mode

        _raw_model_ids = d.pop("model_ids", UNSET)
        try:
            model_ids = cast("list[str]", _raw_model_ids)

        except LENIENT_ERRORS:
            model_ids = _raw_model_ids

        parsed_obj_ = cls(
            object_=object_,
            mode=mode,
            model_ids=model_ids,
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
