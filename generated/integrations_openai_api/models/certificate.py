from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.certificate_object import CertificateObject, check_certificate_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate_certificate_details import CertificateCertificateDetails

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CertificateCertificateDetails
    from ..models.certificate_certificate_details import CertificateCertificateDetails  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Certificate")


def _parse_name(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_active(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


@_attrs_define
class Certificate:
    """Represents an individual `certificate` uploaded to the organization."""

    object_: CertificateObject
    """ The object type.

    - If creating, updating, or getting a specific certificate, the object type is `certificate`.
    - If listing, activating, or deactivating certificates for the organization, the object type is
    `organization.certificate`.
    - If listing, activating, or deactivating certificates for a project, the object type is
    `organization.project.certificate`.
     """
    id: str
    """ The identifier, which can be referenced in API endpoints """
    name: None | str
    """ The name of the certificate. """
    created_at: int
    """ The Unix timestamp (in seconds) of when the certificate was uploaded. """
    certificate_details: CertificateCertificateDetails
    active: bool | None | Unset = UNSET
    """ Whether the certificate is currently active at the specified scope. Not returned when getting details for a
    specific certificate. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": (
            "certificate",
            "organization.certificate",
            "organization.project.certificate",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "name",
        "created_at",
        "certificate_details",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "name",
            "created_at",
            "certificate_details",
            "active",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = to_json(self.name)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.certificate_details, Unset):
            field_dict["certificate_details"] = to_json(self.certificate_details)
        if self.active is not UNSET:
            field_dict["active"] = to_json(self.active)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Certificate: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = check_certificate_object(_raw_object_)

        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        created_at = d.pop("created_at", UNSET)

        _raw_certificate_details = d.pop("certificate_details", UNSET)
        try:
            certificate_details = CertificateCertificateDetails.from_dict(_raw_certificate_details)

        except LENIENT_ERRORS:
            certificate_details = _raw_certificate_details

        _raw_active = d.pop("active", UNSET)
        try:
            active = _parse_active(_raw_active)

        except LENIENT_ERRORS:
            active = _raw_active

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            name=name,
            created_at=created_at,
            certificate_details=certificate_details,
            active=active,
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
