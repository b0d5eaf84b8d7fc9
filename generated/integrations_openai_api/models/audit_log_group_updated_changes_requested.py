from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_group_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class AuditLogGroupUpdatedChangesRequested(ApiModel):
    """The payload used to update the group."""

    group_name: str | None = ABSENT
    """ The updated group name. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("group_name", "group_name"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "group_name": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("group_name",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_group_name = d.pop("group_name", UNSET)
        try:
            group_name = _parse_group_name(_raw_group_name)

        except LENIENT_ERRORS:
            group_name = _raw_group_name

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.group_name = None if isinstance(group_name, Unset) else group_name
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
