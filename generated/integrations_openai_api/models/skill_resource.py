from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class SkillResource(ApiModel):
    id: str
    """ Unique identifier for the skill. """

    name: str
    """ Name of the skill. """

    description: str
    """ Description of the skill. """

    created_at: int
    """ Unix timestamp (seconds) for when the skill was created. """

    default_version: str
    """ Default version for the skill. """

    latest_version: str
    """ Latest version for the skill. """

    object: Literal["skill"] = "skill"
    """ The object type, which is `skill`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("name", "name"),
        ("description", "description"),
        ("created_at", "created_at"),
        ("default_version", "default_version"),
        ("latest_version", "latest_version"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['skill']",
        "name": "str",
        "description": "str",
        "created_at": "int",
        "default_version": "str",
        "latest_version": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("skill",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "name",
        "description",
        "created_at",
        "default_version",
        "latest_version",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "name",
            "description",
            "created_at",
            "default_version",
            "latest_version",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["skill"]', _raw_object_)
            if object_ != "skill":
                raise ValueError(f"object must match const 'skill', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        name = d.pop("name", None)

        description = d.pop("description", None)

        created_at = d.pop("created_at", None)

        default_version = d.pop("default_version", None)

        latest_version = d.pop("latest_version", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.name = name
        parsed_obj_.description = description
        parsed_obj_.created_at = created_at
        parsed_obj_.default_version = default_version
        parsed_obj_.latest_version = latest_version
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
