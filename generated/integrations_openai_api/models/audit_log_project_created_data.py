from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.name
        if value_1 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_1)
        value_2 = self.title
        if value_2 is None:
            if "title" in present:
                out["title"] = None
        else:
            out["title"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

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
