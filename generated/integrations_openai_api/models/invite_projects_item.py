from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel
from ..models.invite_projects_item_role import (
    InviteProjectsItemRole,
    check_invite_projects_item_role,
)


@_attrs_define(repr=False)
class InviteProjectsItem(ApiModel):
    id: str
    """ Project's public ID """

    role: InviteProjectsItemRole | str
    """ Project membership role """

    _sdk_name_: ClassVar[str] = "Project"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("role", "role"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "role": "InviteProjectsItemRole",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": (
            "member",
            "owner",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "role",
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
        value_2 = self.role
        if value_2 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        _raw_role = d.pop("role", None)
        try:
            role = check_invite_projects_item_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.role = role
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
