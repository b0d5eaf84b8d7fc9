from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class UserDeleteResponse(ApiModel):
    id: str

    deleted: bool

    object: Literal["organization.user.deleted"] = "organization.user.deleted"

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("deleted", "deleted"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.user.deleted']",
        "id": "str",
        "deleted": "bool",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.user.deleted",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "deleted",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "deleted",
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
        value_2 = self.deleted
        if value_2 is None:
            if "deleted" in present:
                out["deleted"] = None
        else:
            out["deleted"] = value_2
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        object_ = d.pop("object", None)

        id = d.pop("id", None)

        deleted = d.pop("deleted", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.id = id
        parsed_obj_.deleted = deleted
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
