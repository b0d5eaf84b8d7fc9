from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assigned_role_details_assignment_sources_item import (
        AssignedRoleDetailsAssignmentSourcesItem,
    )
    from ..models.assigned_role_details_created_by_user_obj import (
        AssignedRoleDetailsCreatedByUserObj,
    )
    from ..models.assigned_role_details_metadata import AssignedRoleDetailsMetadata

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AssignedRoleDetailsAssignmentSourcesItem, \
        AssignedRoleDetailsCreatedByUserObj, \
        AssignedRoleDetailsMetadata
    from ..models.assigned_role_details_assignment_sources_item import (
        AssignedRoleDetailsAssignmentSourcesItem,  # noqa: PLC0415
    )
    from ..models.assigned_role_details_created_by_user_obj import (
        AssignedRoleDetailsCreatedByUserObj,  # noqa: PLC0415
    )
    from ..models.assigned_role_details_metadata import AssignedRoleDetailsMetadata  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AssignedRoleDetails")


def _parse_description(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_created_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_updated_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_created_by(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_created_by_user_obj(data: object) -> AssignedRoleDetailsCreatedByUserObj | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return AssignedRoleDetailsCreatedByUserObj.from_dict(data)
    return cast("AssignedRoleDetailsCreatedByUserObj | None", data)


def _parse_metadata(data: object) -> AssignedRoleDetailsMetadata | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return AssignedRoleDetailsMetadata.from_dict(data)
    return cast("AssignedRoleDetailsMetadata | None", data)


def _parse_assignment_sources(
    data: object,
) -> list[AssignedRoleDetailsAssignmentSourcesItem] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        assignment_sources_type_0 = []
        _assignment_sources_type_0 = data
        if not isinstance(_assignment_sources_type_0, list):
            raise TypeError()
        for assignment_sources_type_0_item_data in _assignment_sources_type_0:
            try:
                assignment_sources_type_0_item = AssignedRoleDetailsAssignmentSourcesItem.from_dict(
                    assignment_sources_type_0_item_data
                )

            except LENIENT_ERRORS:
                assignment_sources_type_0_item = assignment_sources_type_0_item_data
            assignment_sources_type_0.append(assignment_sources_type_0_item)

        return assignment_sources_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[AssignedRoleDetailsAssignmentSourcesItem] | None", data)


@_attrs_define
class AssignedRoleDetails:
    """Detailed information about a role assignment entry returned when listing assignments."""

    id: str
    """ Identifier for the role. """
    name: str
    """ Name of the role. """
    permissions: list[str]
    """ Permissions associated with the role. """
    resource_type: str
    """ Resource type the role applies to. """
    predefined_role: bool
    """ Whether the role is predefined by OpenAI. """
    description: None | str
    """ Description of the role. """
    created_at: int | None
    """ When the role was created. """
    updated_at: int | None
    """ When the role was last updated. """
    created_by: None | str
    """ Identifier of the actor who created the role. """
    created_by_user_obj: AssignedRoleDetailsCreatedByUserObj | None
    """ User details for the actor that created the role, when available. """
    metadata: AssignedRoleDetailsMetadata | None
    """ Arbitrary metadata stored on the role. """
    assignment_sources: list[AssignedRoleDetailsAssignmentSourcesItem] | None
    """ Principals from which the role assignment is inherited, when available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "permissions",
        "resource_type",
        "predefined_role",
        "description",
        "created_at",
        "updated_at",
        "created_by",
        "created_by_user_obj",
        "metadata",
        "assignment_sources",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "permissions",
            "resource_type",
            "predefined_role",
            "description",
            "created_at",
            "updated_at",
            "created_by",
            "created_by_user_obj",
            "metadata",
            "assignment_sources",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.permissions, Unset):
            field_dict["permissions"] = to_json(self.permissions)
        if not isinstance(self.resource_type, Unset):
            field_dict["resource_type"] = self.resource_type
        if not isinstance(self.predefined_role, Unset):
            field_dict["predefined_role"] = self.predefined_role
        if not isinstance(self.description, Unset):
            field_dict["description"] = to_json(self.description)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = to_json(self.created_at)
        if not isinstance(self.updated_at, Unset):
            field_dict["updated_at"] = to_json(self.updated_at)
        if not isinstance(self.created_by, Unset):
            field_dict["created_by"] = to_json(self.created_by)
        if not isinstance(self.created_by_user_obj, Unset):
            field_dict["created_by_user_obj"] = to_json(self.created_by_user_obj)
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = to_json(self.metadata)
        if not isinstance(self.assignment_sources, Unset):
            field_dict["assignment_sources"] = to_json(self.assignment_sources)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AssignedRoleDetails: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _raw_permissions = d.pop("permissions", UNSET)
        try:
            permissions = cast("list[str]", _raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions

        resource_type = d.pop("resource_type", UNSET)

        predefined_role = d.pop("predefined_role", UNSET)

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        _raw_created_at = d.pop("created_at", UNSET)
        try:
            created_at = _parse_created_at(_raw_created_at)

        except LENIENT_ERRORS:
            created_at = _raw_created_at

        _raw_updated_at = d.pop("updated_at", UNSET)
        try:
            updated_at = _parse_updated_at(_raw_updated_at)

        except LENIENT_ERRORS:
            updated_at = _raw_updated_at

        _raw_created_by = d.pop("created_by", UNSET)
        try:
            created_by = _parse_created_by(_raw_created_by)

        except LENIENT_ERRORS:
            created_by = _raw_created_by

        _raw_created_by_user_obj = d.pop("created_by_user_obj", UNSET)
        try:
            created_by_user_obj = _parse_created_by_user_obj(_raw_created_by_user_obj)

        except LENIENT_ERRORS:
            created_by_user_obj = _raw_created_by_user_obj

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_assignment_sources = d.pop("assignment_sources", UNSET)
        try:
            assignment_sources = _parse_assignment_sources(_raw_assignment_sources)

        except LENIENT_ERRORS:
            assignment_sources = _raw_assignment_sources

        parsed_obj_ = cls(
            id=id,
            name=name,
            permissions=permissions,
            resource_type=resource_type,
            predefined_role=predefined_role,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            created_by_user_obj=created_by_user_obj,
            metadata=metadata,
            assignment_sources=assignment_sources,
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
