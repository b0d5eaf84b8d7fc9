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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AuditLogCertificatesDeactivated(ApiModel):
    """The details for events with this `type`."""

    certificates: list[AuditLogCertificatesActivatedCertificatesItem] | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("certificates", "certificates"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "certificates": "list[AuditLogCertificatesActivatedCertificatesItem] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("certificates",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.certificates
        if value_1 is None:
            if "certificates" in present:
                out["certificates"] = None
        else:
            out["certificates"] = to_json(value_1)
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
        _raw_certificates = get_("certificates", UNSET)
        try:
            _certificates = _raw_certificates
            certificates: list[AuditLogCertificatesActivatedCertificatesItem] | Unset = UNSET
            if _certificates is not UNSET:
                if not isinstance(_certificates, list):
                    raise TypeError()
                certificates = []
                for certificates_item_data in _certificates:
                    try:
                        certificates_item = (
                            AuditLogCertificatesActivatedCertificatesItem._from_dict_(
                                certificates_item_data
                            )
                            if certificates_item_data.__class__ is dict
                            else AuditLogCertificatesActivatedCertificatesItem.from_dict(
                                certificates_item_data
                            )
                        )
                    except LENIENT_ERRORS:
                        certificates_item = certificates_item_data
                    certificates.append(certificates_item)

        except LENIENT_ERRORS:
            certificates = _raw_certificates
        parsed_obj_.certificates = None if isinstance(certificates, Unset) else certificates
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
