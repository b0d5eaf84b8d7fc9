from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.comparison_filter_type import ComparisonFilterType

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_value(data: object) -> bool | float | list[float | str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_value_type_3_item(data: object) -> float | str:
            return cast("float | str", as_float(data))

        value_type_3 = []
        _value_type_3 = data
        if not isinstance(_value_type_3, list):
            raise TypeError()
        for value_type_3_item_data in _value_type_3:
            try:
                value_type_3_item = _parse_value_type_3_item(value_type_3_item_data)

            except LENIENT_ERRORS:
                value_type_3_item = value_type_3_item_data
            value_type_3.append(value_type_3_item)

        return value_type_3
    except LENIENT_ERRORS:
        pass
    return cast("bool | float | list[float | str] | str", as_float(data))


@_attrs_define(repr=False)
class ComparisonFilter(ApiModel):
    """A filter used to compare a specified attribute key to a given value using a defined comparison operation."""

    type: ComparisonFilterType
    """ Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.
    - `eq`: equals
    - `ne`: not equal
    - `gt`: greater than
    - `gte`: greater than or equal
    - `lt`: less than
    - `lte`: less than or equal
    - `in`: in
    - `nin`: not in

    Server default: `"eq"`. """

    key: str
    """ The key to compare against the value. """

    value: bool | float | list[float | str] | str
    """ The value to compare against the attribute key; supports string, number, or boolean types. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("type", "type"),
        ("value", "value"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "ComparisonFilterType",
        "key": "str",
        "value": "bool | float | list[float | str] | str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "eq",
            "gt",
            "gte",
            "in",
            "lt",
            "lte",
            "ne",
            "nin",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "key",
        "value",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "key",
            "value",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.key
        if value_1 is None:
            if "key" in present:
                out["key"] = None
        else:
            out["key"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.value
        if value_3 is None:
            if "value" in present:
                out["value"] = None
        else:
            out["value"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.key = get_("key")
        _raw_value = get_("value", None)
        try:
            value = _parse_value(_raw_value)

        except LENIENT_ERRORS:
            value = _raw_value
        parsed_obj_.value = value
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
