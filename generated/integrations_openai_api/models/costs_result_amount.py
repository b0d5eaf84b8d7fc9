from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_value(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_currency(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class CostsResultAmount(ApiModel):
    """The monetary value in its associated currency."""

    value: float | None = ABSENT
    """ The numeric value of the cost. """

    currency: str | None = ABSENT
    """ Lowercase ISO-4217 currency e.g. "usd" """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("value", "value"),
        ("currency", "currency"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "value": "float | None | Unset",
        "currency": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "value",
            "currency",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_value = d.pop("value", UNSET)
        try:
            value = _parse_value(_raw_value)

        except LENIENT_ERRORS:
            value = _raw_value

        _raw_currency = d.pop("currency", UNSET)
        try:
            currency = _parse_currency(_raw_currency)

        except LENIENT_ERRORS:
            currency = _raw_currency

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.value = None if isinstance(value, Unset) else value
        parsed_obj_.currency = None if isinstance(currency, Unset) else currency
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
