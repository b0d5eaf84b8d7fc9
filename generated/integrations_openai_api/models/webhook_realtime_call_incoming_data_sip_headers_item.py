from __future__ import annotations

from typing import Any, ClassVar, Self

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
class WebhookRealtimeCallIncomingDataSipHeadersItem(ApiModel):
    """A header from the SIP Invite."""

    name: str
    """ Name of the SIP Header.
     """

    value: str
    """ Value of the SIP Header.
     """

    _sdk_name_: ClassVar[str] = "DataSipHeader"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("value", "value"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "value": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "value",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "value",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.name
        if value_1 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_1
        value_2 = self.value
        if value_2 is None:
            if "value" in present:
                out["value"] = None
        else:
            out["value"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = get_("name")
        parsed_obj_.value = get_("value")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
