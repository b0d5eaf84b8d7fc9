from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_external_key_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_geography(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class ProjectUpdateRequest(ApiModel):
    name: str | None = ABSENT
    """ The updated name of the project, this name appears in reports. """

    external_key_id: str | None = ABSENT
    """ External key ID to associate with the project. """

    geography: str | None = ABSENT
    """ Geography for the project. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("external_key_id", "external_key_id"),
        ("geography", "geography"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "None | str | Unset",
        "external_key_id": "None | str | Unset",
        "geography": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "external_key_id",
            "geography",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_external_key_id = d.pop("external_key_id", UNSET)
        try:
            external_key_id = _parse_external_key_id(_raw_external_key_id)

        except LENIENT_ERRORS:
            external_key_id = _raw_external_key_id

        _raw_geography = d.pop("geography", UNSET)
        try:
            geography = _parse_geography(_raw_geography)

        except LENIENT_ERRORS:
            geography = _raw_geography

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = None if isinstance(name, Unset) else name
        parsed_obj_.external_key_id = (
            None if isinstance(external_key_id, Unset) else external_key_id
        )
        parsed_obj_.geography = None if isinstance(geography, Unset) else geography
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
