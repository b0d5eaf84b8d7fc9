from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificateCertificateDetails")


def _parse_valid_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_expires_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_content(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class CertificateCertificateDetails:
    valid_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) of when the certificate becomes valid. """
    expires_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) of when the certificate expires. """
    content: None | str | Unset = UNSET
    """ The content of the certificate in PEM format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "valid_at",
            "expires_at",
            "content",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.valid_at is not UNSET:
            field_dict["valid_at"] = to_json(self.valid_at)
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = to_json(self.expires_at)
        if self.content is not UNSET:
            field_dict["content"] = to_json(self.content)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CertificateCertificateDetails: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_valid_at = d.pop("valid_at", UNSET)
        try:
            valid_at = _parse_valid_at(_raw_valid_at)

        except LENIENT_ERRORS:
            valid_at = _raw_valid_at

        _raw_expires_at = d.pop("expires_at", UNSET)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        parsed_obj_ = cls(
            valid_at=valid_at,
            expires_at=expires_at,
            content=content,
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
