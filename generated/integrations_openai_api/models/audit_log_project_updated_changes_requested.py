from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_title(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class AuditLogProjectUpdatedChangesRequested(ApiModel):
    """The payload used to update the project."""

    title: str | None = ABSENT
    """ The title of the project as seen on the dashboard. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("title", "title"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "title": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("title",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_title = d.pop("title", UNSET)
        try:
            title = _parse_title(_raw_title)

        except LENIENT_ERRORS:
            title = _raw_title

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.title = None if isinstance(title, Unset) else title
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
