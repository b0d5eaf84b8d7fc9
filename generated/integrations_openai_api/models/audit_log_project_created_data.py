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


def _parse_title(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class AuditLogProjectCreatedData(ApiModel):
    """The payload used to create the project."""

    name: str | None = ABSENT
    """ The project name. """

    title: str | None = ABSENT
    """ The title of the project as seen on the dashboard. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("title", "title"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "None | str | Unset",
        "title": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "title",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_title = d.pop("title", UNSET)
        try:
            title = _parse_title(_raw_title)

        except LENIENT_ERRORS:
            title = _raw_title

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = None if isinstance(name, Unset) else name
        parsed_obj_.title = None if isinstance(title, Unset) else title
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
