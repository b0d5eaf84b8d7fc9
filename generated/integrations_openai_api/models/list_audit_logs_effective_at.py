from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ListAuditLogsEffectiveAt(ApiModel):
    gt: int | None = ABSENT
    """ Return only events whose `effective_at` (Unix seconds) is greater than this value. """

    gte: int | None = ABSENT
    """ Return only events whose `effective_at` (Unix seconds) is greater than or equal to this value. """

    lt: int | None = ABSENT
    """ Return only events whose `effective_at` (Unix seconds) is less than this value. """

    lte: int | None = ABSENT
    """ Return only events whose `effective_at` (Unix seconds) is less than or equal to this value. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("gt", "gt"),
        ("gte", "gte"),
        ("lt", "lt"),
        ("lte", "lte"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "gt": "int | Unset",
        "gte": "int | Unset",
        "lt": "int | Unset",
        "lte": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "gt",
            "gte",
            "lt",
            "lte",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.gt
        if value_1 is None:
            if "gt" in present:
                out["gt"] = None
        else:
            out["gt"] = value_1
        value_2 = self.gte
        if value_2 is None:
            if "gte" in present:
                out["gte"] = None
        else:
            out["gte"] = value_2
        value_3 = self.lt
        if value_3 is None:
            if "lt" in present:
                out["lt"] = None
        else:
            out["lt"] = value_3
        value_4 = self.lte
        if value_4 is None:
            if "lte" in present:
                out["lte"] = None
        else:
            out["lte"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.gt = get_("gt")
        parsed_obj_.gte = get_("gte")
        parsed_obj_.lt = get_("lt")
        parsed_obj_.lte = get_("lte")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
