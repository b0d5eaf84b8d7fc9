from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_version(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class SkillReferenceParam(ApiModel):
    skill_id: str
    """ The ID of the referenced skill. """

    type: Literal["skill_reference"] = "skill_reference"
    """ References a skill created with the /v1/skills endpoint. """

    version: str | None = ABSENT
    """ Optional skill version. Use a positive integer or 'latest'. Omit for default. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("skill_id", "skill_id"),
        ("version", "version"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['skill_reference']",
        "skill_id": "str",
        "version": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("skill_reference",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "skill_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "skill_id",
            "version",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["skill_reference"]', _raw_type_)
            if type_ != "skill_reference":
                raise ValueError(f"type must match const 'skill_reference', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        skill_id = d.pop("skill_id", None)

        _raw_version = d.pop("version", UNSET)
        try:
            version = _parse_version(_raw_version)

        except LENIENT_ERRORS:
            version = _raw_version

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.skill_id = skill_id
        parsed_obj_.version = None if isinstance(version, Unset) else version
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
