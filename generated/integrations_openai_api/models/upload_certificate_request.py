from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class UploadCertificateRequest(ApiModel):
    certificate: str
    """ The certificate content in PEM format """

    name: str | None = ABSENT
    """ An optional name for the certificate """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("certificate", "certificate"),
        ("name", "name"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "certificate": "str",
        "name": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("certificate",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "certificate",
            "name",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        certificate = d.pop("certificate", None)

        name = d.pop("name", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.certificate = certificate
        parsed_obj_.name = name
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
