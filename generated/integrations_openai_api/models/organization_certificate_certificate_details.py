from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class OrganizationCertificateCertificateDetails(ApiModel):
    valid_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) of when the certificate becomes valid. """

    expires_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) of when the certificate expires. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("valid_at", "valid_at"),
        ("expires_at", "expires_at"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "valid_at": "int | None | Unset",
        "expires_at": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "valid_at",
            "expires_at",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.valid_at = None if isinstance(valid_at, Unset) else valid_at
        parsed_obj_.expires_at = None if isinstance(expires_at, Unset) else expires_at
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
