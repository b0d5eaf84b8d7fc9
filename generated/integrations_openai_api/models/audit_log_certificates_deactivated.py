from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_certificates_activated_certificates_item import (
        AuditLogCertificatesActivatedCertificatesItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogCertificatesActivatedCertificatesItem
    from ..models.audit_log_certificates_activated_certificates_item import (
        AuditLogCertificatesActivatedCertificatesItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_certificates(
    data: object,
) -> list[AuditLogCertificatesActivatedCertificatesItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        certificates_type_0 = []
        _certificates_type_0 = data
        if not isinstance(_certificates_type_0, list):
            raise TypeError()
        for certificates_type_0_item_data in _certificates_type_0:
            try:
                certificates_type_0_item = AuditLogCertificatesActivatedCertificatesItem.from_dict(
                    certificates_type_0_item_data
                )

            except LENIENT_ERRORS:
                certificates_type_0_item = certificates_type_0_item_data
            certificates_type_0.append(certificates_type_0_item)

        return certificates_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[AuditLogCertificatesActivatedCertificatesItem] | None | Unset", data)


@_attrs_define(repr=False)
class AuditLogCertificatesDeactivated(ApiModel):
    """The details for events with this `type`."""

    certificates: list[AuditLogCertificatesActivatedCertificatesItem] | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("certificates", "certificates"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "certificates": "list[AuditLogCertificatesActivatedCertificatesItem] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("certificates",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_certificates = d.pop("certificates", UNSET)
        try:
            certificates = _parse_certificates(_raw_certificates)

        except LENIENT_ERRORS:
            certificates = _raw_certificates

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.certificates = None if isinstance(certificates, Unset) else certificates
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
