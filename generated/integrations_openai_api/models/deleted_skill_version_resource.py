from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class DeletedSkillVersionResource(ApiModel):
    deleted: bool

    id: str

    version: str
    """ The deleted skill version. """

    object: Literal["skill.version.deleted"] = "skill.version.deleted"

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("deleted", "deleted"),
        ("id", "id"),
        ("version", "version"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['skill.version.deleted']",
        "deleted": "bool",
        "id": "str",
        "version": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("skill.version.deleted",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "deleted",
        "id",
        "version",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "deleted",
            "id",
            "version",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["skill.version.deleted"]', _raw_object_)
            if object_ != "skill.version.deleted":
                raise ValueError(
                    f"object must match const 'skill.version.deleted', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        deleted = d.pop("deleted", None)

        id = d.pop("id", None)

        version = d.pop("version", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.deleted = deleted
        parsed_obj_.id = id
        parsed_obj_.version = version
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
