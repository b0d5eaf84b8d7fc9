from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_role_updated_changes_requested_metadata import (
        AuditLogRoleUpdatedChangesRequestedMetadata,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogRoleUpdatedChangesRequestedMetadata
    from ..models.audit_log_role_updated_changes_requested_metadata import (
        AuditLogRoleUpdatedChangesRequestedMetadata,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AuditLogRoleUpdatedChangesRequested(ApiModel):
    """The payload used to update the role."""

    role_name: str | None = ABSENT
    """ The updated role name, when provided. """

    resource_id: str | None = ABSENT
    """ The resource the role is scoped to. """

    resource_type: str | None = ABSENT
    """ The type of resource the role belongs to. """

    permissions_added: list[str] | None = ABSENT
    """ The permissions added to the role. """

    permissions_removed: list[str] | None = ABSENT
    """ The permissions removed from the role. """

    description: str | None = ABSENT
    """ The updated role description, when provided. """

    metadata: AuditLogRoleUpdatedChangesRequestedMetadata | None = ABSENT
    """ Additional metadata stored on the role. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role_name", "role_name"),
        ("resource_id", "resource_id"),
        ("resource_type", "resource_type"),
        ("permissions_added", "permissions_added"),
        ("permissions_removed", "permissions_removed"),
        ("description", "description"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role_name": "str | Unset",
        "resource_id": "str | Unset",
        "resource_type": "str | Unset",
        "permissions_added": "list[str] | Unset",
        "permissions_removed": "list[str] | Unset",
        "description": "str | Unset",
        "metadata": "AuditLogRoleUpdatedChangesRequestedMetadata | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role_name",
            "resource_id",
            "resource_type",
            "permissions_added",
            "permissions_removed",
            "description",
            "metadata",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.role_name
        if value_1 is None:
            if "role_name" in present:
                out["role_name"] = None
        else:
            out["role_name"] = value_1
        value_2 = self.resource_id
        if value_2 is None:
            if "resource_id" in present:
                out["resource_id"] = None
        else:
            out["resource_id"] = value_2
        value_3 = self.resource_type
        if value_3 is None:
            if "resource_type" in present:
                out["resource_type"] = None
        else:
            out["resource_type"] = value_3
        value_4 = self.permissions_added
        if value_4 is None:
            if "permissions_added" in present:
                out["permissions_added"] = None
        else:
            out["permissions_added"] = to_json(value_4)
        value_5 = self.permissions_removed
        if value_5 is None:
            if "permissions_removed" in present:
                out["permissions_removed"] = None
        else:
            out["permissions_removed"] = to_json(value_5)
        value_6 = self.description
        if value_6 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = value_6
        value_7 = self.metadata
        if value_7 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_7)
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
        parsed_obj_.role_name = get_("role_name")
        parsed_obj_.resource_id = get_("resource_id")
        parsed_obj_.resource_type = get_("resource_type")
        _raw_permissions_added = get_("permissions_added", UNSET)
        try:
            permissions_added = cast("list[str]", _raw_permissions_added)

        except LENIENT_ERRORS:
            permissions_added = _raw_permissions_added
        parsed_obj_.permissions_added = (
            None if isinstance(permissions_added, Unset) else permissions_added
        )
        _raw_permissions_removed = get_("permissions_removed", UNSET)
        try:
            permissions_removed = cast("list[str]", _raw_permissions_removed)

        except LENIENT_ERRORS:
            permissions_removed = _raw_permissions_removed
        parsed_obj_.permissions_removed = (
            None if isinstance(permissions_removed, Unset) else permissions_removed
        )
        parsed_obj_.description = get_("description")
        metadata = get_("metadata")
        if metadata is not None:
            try:
                metadata = (
                    AuditLogRoleUpdatedChangesRequestedMetadata._from_dict_(metadata)
                    if metadata.__class__ is dict
                    else AuditLogRoleUpdatedChangesRequestedMetadata.from_dict(metadata)
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
