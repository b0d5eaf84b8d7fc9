from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogApiKeyCreatedData")


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


@_attrs_define
class AuditLogApiKeyCreatedData:
    """The payload used to create the API key."""

    scopes: list[str] | None | Unset = UNSET
    """ A list of scopes allowed for the API key, e.g. `["api.model.request"]` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("scopes",))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.scopes is not UNSET:
            field_dict["scopes"] = to_json(self.scopes)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogApiKeyCreatedData: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_scopes = d.pop("scopes", UNSET)
        try:
            scopes = _parse_scopes(_raw_scopes)

        except LENIENT_ERRORS:
            scopes = _raw_scopes

        parsed_obj_ = cls(
            scopes=scopes,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
