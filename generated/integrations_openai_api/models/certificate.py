from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.certificate_object import CertificateObject

if TYPE_CHECKING:
    from ..models.certificate_certificate_details import CertificateCertificateDetails

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CertificateCertificateDetails
    from ..models.certificate_certificate_details import CertificateCertificateDetails  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class Certificate(ApiModel):
    """Represents an individual `certificate` uploaded to the organization."""

    object: CertificateObject | str
    """ The object type.

    - If creating, updating, or getting a specific certificate, the object type is `certificate`.
    - If listing, activating, or deactivating certificates for the organization, the object type is
    `organization.certificate`.
    - If listing, activating, or deactivating certificates for a project, the object type is
    `organization.project.certificate`.
     """

    id: str
    """ The identifier, which can be referenced in API endpoints """

    created_at: int
    """ The Unix timestamp (in seconds) of when the certificate was uploaded. """

    certificate_details: CertificateCertificateDetails

    name: str | None = ABSENT
    """ The name of the certificate. """

    active: bool | None = ABSENT
    """ Whether the certificate is currently active at the specified scope. Not returned when getting details for a
    specific certificate. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("certificate_details", "certificate_details"),
        ("created_at", "created_at"),
        ("name", "name"),
        ("object", "object"),
        ("active", "active"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "CertificateObject",
        "id": "str",
        "name": "None | str",
        "created_at": "int",
        "certificate_details": "CertificateCertificateDetails",
        "active": "bool | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.certificate_details
        if value_2 is None:
            if "certificate_details" in present:
                out["certificate_details"] = None
        else:
            out["certificate_details"] = to_json(value_2)
        value_3 = self.created_at
        if value_3 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_3
        value_4 = self.name
        if value_4 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_4)
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.active
        if value_6 is None:
            if "active" in present:
                out["active"] = None
        else:
            out["active"] = value_6
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = get_("object")
        parsed_obj_.id = get_("id")
        parsed_obj_.name = get_("name")
        parsed_obj_.created_at = get_("created_at")
        certificate_details = get_("certificate_details")
        if certificate_details is not None:
            try:
                certificate_details = (
                    CertificateCertificateDetails._from_dict_(certificate_details)
                    if certificate_details.__class__ is dict
                    else CertificateCertificateDetails.from_dict(certificate_details)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.certificate_details = certificate_details
        parsed_obj_.active = get_("active")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
