from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.update_project_service_account_body_role import (
    UpdateProjectServiceAccountBodyRole,
    check_update_project_service_account_body_role,
)
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class UpdateProjectServiceAccountBody(ApiModel):
    """Parameters for updating a project service account."""

    name: str | None = ABSENT
    """ The updated service account name. """

    role: str | UpdateProjectServiceAccountBodyRole | None = ABSENT
    """ The updated service account role. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("role", "role"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str | Unset",
        "role": "UpdateProjectServiceAccountBodyRole | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": (
            "member",
            "owner",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "role",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        name = d.pop("name", None)

        _raw_role = d.pop("role", UNSET)
        try:
            _role = _raw_role
            role: UpdateProjectServiceAccountBodyRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = check_update_project_service_account_body_role(_role)

        except LENIENT_ERRORS:
            role = _raw_role

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = name
        parsed_obj_.role = None if isinstance(role, Unset) else role
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
