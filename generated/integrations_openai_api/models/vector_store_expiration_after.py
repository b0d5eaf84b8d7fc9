from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class VectorStoreExpirationAfter(ApiModel):
    """The expiration policy for a vector store."""

    days: int
    """ The number of days after the anchor time that the vector store will expire. """

    anchor: Literal["last_active_at"] = "last_active_at"
    """ Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`. """

    _sdk_name_: ClassVar[str] = "ExpiresAfter"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("anchor", "anchor"),
        ("days", "days"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "anchor": "Literal['last_active_at']",
        "days": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "anchor": ("last_active_at",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "anchor",
        "days",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "anchor",
            "days",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.anchor
        if value_1 is None:
            if "anchor" in present:
                out["anchor"] = None
        else:
            out["anchor"] = value_1
        value_2 = self.days
        if value_2 is None:
            if "days" in present:
                out["days"] = None
        else:
            out["days"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.anchor = get_("anchor")
        parsed_obj_.days = get_("days")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
