from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.certificate_ids
        if value_1 is None:
            if "certificate_ids" in present:
                out["certificate_ids"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "certificate_ids" in present:
            out["certificate_ids"] = to_json(value_1)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_certificate_ids = get_("certificate_ids", UNSET)
        try:
            certificate_ids = cast("list[str]", _raw_certificate_ids)

        except LENIENT_ERRORS:
            certificate_ids = _raw_certificate_ids
        parsed_obj_.certificate_ids = (
            AbsentList() if isinstance(certificate_ids, Unset) else certificate_ids
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
