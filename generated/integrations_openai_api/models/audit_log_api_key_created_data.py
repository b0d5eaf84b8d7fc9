from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_scopes(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        scopes_type_0 = cast("list[str]", data)

        return scopes_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define(repr=False)
class AuditLogApiKeyCreatedData(ApiModel):
    """The payload used to create the API key."""

    scopes: list[str] | None = ABSENT
    """ A list of scopes allowed for the API key, e.g. `["api.model.request"]` """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("scopes", "scopes"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "scopes": "list[str] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("scopes",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_scopes = d.pop("scopes", UNSET)
        try:
            scopes = _parse_scopes(_raw_scopes)

        except LENIENT_ERRORS:
            scopes = _raw_scopes

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.scopes = None if isinstance(scopes, Unset) else scopes
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
