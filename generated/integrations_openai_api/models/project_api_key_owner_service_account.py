from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class ProjectApiKeyOwnerServiceAccount(ApiModel):
    """The service account that owns a project API key."""

    id: str
    """ The identifier, which can be referenced in API endpoints """

    name: str
    """ The name of the service account. """

    created_at: int
    """ The Unix timestamp (in seconds) of when the service account was created. """

    role: str
    """ The service account's project role. """

    _sdk_name_: ClassVar[str] = "OwnerServiceAccount"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("name", "name"),
        ("role", "role"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "created_at": "int",
        "role": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "created_at",
        "role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "created_at",
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
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.role
        if value_4 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        name = d.pop("name", None)

        created_at = d.pop("created_at", None)

        role = d.pop("role", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.name = name
        parsed_obj_.created_at = created_at
        parsed_obj_.role = role
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
