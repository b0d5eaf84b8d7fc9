from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.organization_certificate_certificate_details import (
        OrganizationCertificateCertificateDetails,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, OrganizationCertificateCertificateDetails
    from ..models.organization_certificate_certificate_details import (
        OrganizationCertificateCertificateDetails,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_name(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define(repr=False)
class OrganizationCertificate(ApiModel):
    """Represents an individual certificate configured at the organization level."""

    id: str
    """ The identifier, which can be referenced in API endpoints """

    name: str | None
    """ The name of the certificate. """

    created_at: int
    """ The Unix timestamp (in seconds) of when the certificate was uploaded. """

    certificate_details: OrganizationCertificateCertificateDetails

    active: bool
    """ Whether the certificate is currently active at the organization level. """

    object: Literal["organization.certificate"] = "organization.certificate"
    """ The object type, which is always `organization.certificate`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("id", "id"),
        ("name", "name"),
        ("created_at", "created_at"),
        ("certificate_details", "certificate_details"),
        ("active", "active"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.certificate']",
        "id": "str",
        "name": "None | str",
        "created_at": "int",
        "certificate_details": "OrganizationCertificateCertificateDetails",
        "active": "bool",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.certificate",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "name",
        "created_at",
        "certificate_details",
        "active",
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["organization.certificate"]', _raw_object_)
            if object_ != "organization.certificate":
                raise ValueError(
                    f"object must match const 'organization.certificate', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", None)

        _raw_name = d.pop("name", None)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        created_at = d.pop("created_at", None)

        _raw_certificate_details = d.pop("certificate_details", None)
        try:
            certificate_details = OrganizationCertificateCertificateDetails.from_dict(
                _raw_certificate_details
            )

        except LENIENT_ERRORS:
            certificate_details = _raw_certificate_details

        active = d.pop("active", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.id = id
        parsed_obj_.name = name
        parsed_obj_.created_at = created_at
        parsed_obj_.certificate_details = certificate_details
        parsed_obj_.active = active
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
