from __future__ import annotations

from typing import Any, ClassVar, Self, cast

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

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        allowed_domains_type_0 = cast("list[str]", data)

        return allowed_domains_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define(repr=False)
class WebSearchToolFilters(ApiModel):
    """Filters for the search."""

    allowed_domains: list[str] | None = ABSENT

    _sdk_name_: ClassVar[str] = "Filters"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("allowed_domains", "allowed_domains"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "allowed_domains": "list[str] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("allowed_domains",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.allowed_domains
        if value_1 is None:
            if "allowed_domains" in present:
                out["allowed_domains"] = None
        else:
            out["allowed_domains"] = to_json(value_1)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_allowed_domains = get_("allowed_domains", UNSET)
        if _raw_allowed_domains is not None and _raw_allowed_domains is not UNSET:
            try:
                allowed_domains = _parse_allowed_domains(_raw_allowed_domains)

            except LENIENT_ERRORS:
                allowed_domains = _raw_allowed_domains
        else:
            allowed_domains = _raw_allowed_domains
        parsed_obj_.allowed_domains = (
            None if isinstance(allowed_domains, Unset) else allowed_domains
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
