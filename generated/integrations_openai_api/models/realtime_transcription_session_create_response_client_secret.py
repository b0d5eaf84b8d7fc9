from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponseClientSecret")


@_attrs_define
class RealtimeTranscriptionSessionCreateResponseClientSecret:
    """Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API.

    """

    value: str
    """ Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side.
     """
    expires_at: int
    """ Timestamp for when the token expires. Currently, all tokens expire
    after one minute.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "value",
        "expires_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "value",
            "expires_at",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.value, Unset):
            field_dict["value"] = self.value
        if not isinstance(self.expires_at, Unset):
            field_dict["expires_at"] = self.expires_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranscriptionSessionCreateResponseClientSecret: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        parsed_obj_ = cls(
            value=value,
            expires_at=expires_at,
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
