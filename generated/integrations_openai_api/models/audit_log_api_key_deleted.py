from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class AuditLogApiKeyDeleted(ApiModel):
    """The details for events with this `type`."""

    id: str | None = ABSENT
    """ The tracking ID of the API key. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("id", "id"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("id",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = None if isinstance(id, Unset) else id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
