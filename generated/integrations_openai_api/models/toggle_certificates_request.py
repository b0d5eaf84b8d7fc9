from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import AbsentList, ApiModel
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class ToggleCertificatesRequest(ApiModel):
    certificate_ids: list[str]

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("certificate_ids", "certificate_ids"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "certificate_ids": "list[str]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("certificate_ids",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("certificate_ids",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_certificate_ids = d.pop("certificate_ids", UNSET)
        try:
            certificate_ids = cast("list[str]", _raw_certificate_ids)

        except LENIENT_ERRORS:
            certificate_ids = _raw_certificate_ids

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.certificate_ids = (
            AbsentList() if isinstance(certificate_ids, Unset) else certificate_ids
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
