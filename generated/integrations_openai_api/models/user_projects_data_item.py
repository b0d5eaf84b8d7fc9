from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class UserProjectsDataItem(ApiModel):
    id: str | None = ABSENT

    name: str | None = ABSENT

    role: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "ProjectsData"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("role", "role"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "None | str | Unset",
        "name": "None | str | Unset",
        "role": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
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
            out["id"] = to_json(value_1)
        value_2 = self.name
        if value_2 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_2)
        value_3 = self.role
        if value_3 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        name = d.pop("name", None)

        role = d.pop("role", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.name = name
        parsed_obj_.role = role
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
