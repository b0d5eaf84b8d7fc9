from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_created_by_user_obj(data: object) -> AssignedRoleDetailsCreatedByUserObj | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return AssignedRoleDetailsCreatedByUserObj._from_dict_(data)
    return cast("AssignedRoleDetailsCreatedByUserObj | None", data)


def _parse_metadata(data: object) -> AssignedRoleDetailsMetadata | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return AssignedRoleDetailsMetadata._from_dict_(data)
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
                assignment_sources_type_0_item = (
                    AssignedRoleDetailsAssignmentSourcesItem._from_dict_(
                        assignment_sources_type_0_item_data
                    )
                    if assignment_sources_type_0_item_data.__class__ is dict
                    else AssignedRoleDetailsAssignmentSourcesItem.from_dict(
                        assignment_sources_type_0_item_data
                    )
                )
            except LENIENT_ERRORS:
                assignment_sources_type_0_item = assignment_sources_type_0_item_data
            assignment_sources_type_0.append(assignment_sources_type_0_item)

        return assignment_sources_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[AssignedRoleDetailsAssignmentSourcesItem] | None", data)


@_attrs_define(repr=False)
class AssignedRoleDetails(ApiModel):
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

    description: str | None = ABSENT
    """ Description of the role. """

    created_at: int | None = ABSENT
    """ When the role was created. """

    updated_at: int | None = ABSENT
    """ When the role was last updated. """

    created_by: str | None = ABSENT
    """ Identifier of the actor who created the role. """

    created_by_user_obj: AssignedRoleDetailsCreatedByUserObj | None = ABSENT
    """ User details for the actor that created the role, when available. """

    metadata: AssignedRoleDetailsMetadata | None = ABSENT
    """ Arbitrary metadata stored on the role. """

    assignment_sources: list[AssignedRoleDetailsAssignmentSourcesItem] | None = ABSENT
    """ Principals from which the role assignment is inherited, when available. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("assignment_sources", "assignment_sources"),
        ("created_at", "created_at"),
        ("created_by", "created_by"),
        ("created_by_user_obj", "created_by_user_obj"),
        ("description", "description"),
        ("metadata", "metadata"),
        ("name", "name"),
        ("permissions", "permissions"),
        ("predefined_role", "predefined_role"),
        ("resource_type", "resource_type"),
        ("updated_at", "updated_at"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "permissions": "list[str]",
        "resource_type": "str",
        "predefined_role": "bool",
        "description": "None | str",
        "created_at": "int | None",
        "updated_at": "int | None",
        "created_by": "None | str",
        "created_by_user_obj": "AssignedRoleDetailsCreatedByUserObj | None",
        "metadata": "AssignedRoleDetailsMetadata | None",
        "assignment_sources": "list[AssignedRoleDetailsAssignmentSourcesItem] | None",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.assignment_sources
        if value_2 is None:
            if "assignment_sources" in present:
                out["assignment_sources"] = None
        else:
            out["assignment_sources"] = to_json(value_2)
        value_3 = self.created_at
        if value_3 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = to_json(value_3)
        value_4 = self.created_by
        if value_4 is None:
            if "created_by" in present:
                out["created_by"] = None
        else:
            out["created_by"] = to_json(value_4)
        value_5 = self.created_by_user_obj
        if value_5 is None:
            if "created_by_user_obj" in present:
                out["created_by_user_obj"] = None
        else:
            out["created_by_user_obj"] = to_json(value_5)
        value_6 = self.description
        if value_6 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = to_json(value_6)
        value_7 = self.metadata
        if value_7 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_7)
        value_8 = self.name
        if value_8 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_8
        value_9 = self.permissions
        if value_9 is None:
            if "permissions" in present:
                out["permissions"] = None
        elif value_9 or not isinstance(value_9, AbsentList) or "permissions" in present:
            out["permissions"] = to_json(value_9)
        value_10 = self.predefined_role
        if value_10 is None:
            if "predefined_role" in present:
                out["predefined_role"] = None
        else:
            out["predefined_role"] = value_10
        value_11 = self.resource_type
        if value_11 is None:
            if "resource_type" in present:
                out["resource_type"] = None
        else:
            out["resource_type"] = value_11
        value_12 = self.updated_at
        if value_12 is None:
            if "updated_at" in present:
                out["updated_at"] = None
        else:
            out["updated_at"] = to_json(value_12)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.name = get_("name")
        _raw_permissions = get_("permissions", UNSET)
        try:
            permissions = cast("list[str]", _raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions
        parsed_obj_.permissions = AbsentList() if isinstance(permissions, Unset) else permissions
        parsed_obj_.resource_type = get_("resource_type")
        parsed_obj_.predefined_role = get_("predefined_role")
        parsed_obj_.description = get_("description")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.updated_at = get_("updated_at")
        parsed_obj_.created_by = get_("created_by")
        _raw_created_by_user_obj = get_("created_by_user_obj", None)
        if _raw_created_by_user_obj is not None:
            try:
                created_by_user_obj = _parse_created_by_user_obj(_raw_created_by_user_obj)

            except LENIENT_ERRORS:
                created_by_user_obj = _raw_created_by_user_obj
        else:
            created_by_user_obj = _raw_created_by_user_obj
        parsed_obj_.created_by_user_obj = created_by_user_obj
        _raw_metadata = get_("metadata", None)
        if _raw_metadata is not None:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = metadata
        _raw_assignment_sources = get_("assignment_sources", None)
        if _raw_assignment_sources is not None:
            try:
                assignment_sources = _parse_assignment_sources(_raw_assignment_sources)

            except LENIENT_ERRORS:
                assignment_sources = _raw_assignment_sources
        else:
            assignment_sources = _raw_assignment_sources
        parsed_obj_.assignment_sources = assignment_sources
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
