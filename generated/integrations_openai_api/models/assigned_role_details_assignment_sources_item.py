from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class AssignedRoleDetailsAssignmentSourcesItem(ApiModel):
    principal_id: str

    principal_type: str

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("principal_id", "principal_id"),
        ("principal_type", "principal_type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "principal_id": "str",
        "principal_type": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "principal_id",
        "principal_type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "principal_id",
            "principal_type",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        principal_id = d.pop("principal_id", None)

        principal_type = d.pop("principal_type", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.principal_id = principal_id
        parsed_obj_.principal_type = principal_type
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
