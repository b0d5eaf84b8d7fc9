from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.project_residency import ProjectResidency, check_project_residency
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_residency(data: object) -> None | ProjectResidency | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        residency_type_0 = check_project_residency(data)

        return residency_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ProjectResidency | Unset", data)


@_attrs_define(repr=False)
class Project(ApiModel):
    """Represents an individual project."""

    id: str
    """ The identifier, which can be referenced in API endpoints """

    created_at: int
    """ The Unix timestamp (in seconds) of when the project was created. """

    object: Literal["organization.project"] = "organization.project"
    """ The object type, which is always `organization.project` """

    name: str | None = ABSENT
    """ The name of the project. This appears in reporting. """

    archived_at: int | None = ABSENT

    status: str | None = ABSENT
    """ `active` or `archived` """

    external_key_id: str | None = ABSENT
    """ The external key associated with the project. """

    residency: ProjectResidency | str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Project` has it (the live API sends it). Reads None when absent.
    """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("object", "object"),
        ("archived_at", "archived_at"),
        ("external_key_id", "external_key_id"),
        ("name", "name"),
        ("residency", "residency"),
        ("status", "status"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['organization.project']",
        "created_at": "int",
        "name": "None | str | Unset",
        "archived_at": "int | None | Unset",
        "status": "None | str | Unset",
        "external_key_id": "None | str | Unset",
        "residency": "None | ProjectResidency | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.project",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "name",
            "archived_at",
            "status",
            "external_key_id",
            "residency",
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
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.archived_at
        if value_4 is None:
            if "archived_at" in present:
                out["archived_at"] = None
        else:
            out["archived_at"] = to_json(value_4)
        value_5 = self.external_key_id
        if value_5 is None:
            if "external_key_id" in present:
                out["external_key_id"] = None
        else:
            out["external_key_id"] = to_json(value_5)
        value_6 = self.name
        if value_6 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_6)
        value_7 = self.residency
        if value_7 is None:
            if "residency" in present:
                out["residency"] = None
        else:
            out["residency"] = to_json(value_7)
        value_8 = self.status
        if value_8 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = to_json(value_8)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.name = get_("name")
        parsed_obj_.archived_at = get_("archived_at")
        parsed_obj_.status = get_("status")
        parsed_obj_.external_key_id = get_("external_key_id")
        _raw_residency = get_("residency", UNSET)
        if _raw_residency is not None and _raw_residency is not UNSET:
            try:
                residency = _parse_residency(_raw_residency)

            except LENIENT_ERRORS:
                residency = _raw_residency
        else:
            residency = _raw_residency
        parsed_obj_.residency = None if isinstance(residency, Unset) else residency
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
