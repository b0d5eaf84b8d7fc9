from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.costs_result_api_source import CostsResultApiSource, check_costs_result_api_source
from ..models.costs_result_quantity_unit import (
    CostsResultQuantityUnit,
    check_costs_result_quantity_unit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costs_result_amount import CostsResultAmount

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CostsResultAmount
    from ..models.costs_result_amount import CostsResultAmount  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_api_source(data: object) -> CostsResultApiSource | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_source_type_0 = check_costs_result_api_source(data)

        return api_source_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CostsResultApiSource | None | Unset", data)


def _parse_quantity_unit(data: object) -> CostsResultQuantityUnit | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        quantity_unit_type_0 = check_costs_result_quantity_unit(data)

        return quantity_unit_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CostsResultQuantityUnit | None | Unset", data)


@_attrs_define(repr=False)
class CostsResult(ApiModel):
    """The aggregated costs details of the specific time bucket."""

    object: Literal["organization.costs.result"] = "organization.costs.result"

    amount: CostsResultAmount | None = ABSENT
    """ The monetary value in its associated currency. """

    line_item: str | None = ABSENT

    project_id: str | None = ABSENT

    api_key_id: str | None = ABSENT

    quantity: float | None = ABSENT

    api_source: CostsResultApiSource | str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationCostsResult` has it (the live API sends
    it). Reads None when absent. """

    quantity_unit: CostsResultQuantityUnit | str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationCostsResult` has it (the live API sends
    it). Reads None when absent. """

    user_id: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationCostsResult` has it (the live API sends
    it). Reads None when absent. """

    _sdk_name_: ClassVar[str] = "DataResultOrganizationCostsResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("amount", "amount"),
        ("api_key_id", "api_key_id"),
        ("api_source", "api_source"),
        ("line_item", "line_item"),
        ("project_id", "project_id"),
        ("quantity", "quantity"),
        ("quantity_unit", "quantity_unit"),
        ("user_id", "user_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.costs.result']",
        "amount": "CostsResultAmount | Unset",
        "line_item": "None | str | Unset",
        "project_id": "None | str | Unset",
        "api_key_id": "None | str | Unset",
        "quantity": "float | None | Unset",
        "api_source": "CostsResultApiSource | None | Unset",
        "quantity_unit": "CostsResultQuantityUnit | None | Unset",
        "user_id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.costs.result",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("object",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "amount",
            "line_item",
            "project_id",
            "api_key_id",
            "quantity",
            "api_source",
            "quantity_unit",
            "user_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.object
        if value_1 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_1
        value_2 = self.amount
        if value_2 is None:
            if "amount" in present:
                out["amount"] = None
        else:
            out["amount"] = to_json(value_2)
        value_3 = self.api_key_id
        if value_3 is None:
            if "api_key_id" in present:
                out["api_key_id"] = None
        else:
            out["api_key_id"] = to_json(value_3)
        value_4 = self.api_source
        if value_4 is None:
            if "api_source" in present:
                out["api_source"] = None
        else:
            out["api_source"] = to_json(value_4)
        value_5 = self.line_item
        if value_5 is None:
            if "line_item" in present:
                out["line_item"] = None
        else:
            out["line_item"] = to_json(value_5)
        value_6 = self.project_id
        if value_6 is None:
            if "project_id" in present:
                out["project_id"] = None
        else:
            out["project_id"] = to_json(value_6)
        value_7 = self.quantity
        if value_7 is None:
            if "quantity" in present:
                out["quantity"] = None
        else:
            out["quantity"] = to_json(value_7)
        value_8 = self.quantity_unit
        if value_8 is None:
            if "quantity_unit" in present:
                out["quantity_unit"] = None
        else:
            out["quantity_unit"] = to_json(value_8)
        value_9 = self.user_id
        if value_9 is None:
            if "user_id" in present:
                out["user_id"] = None
        else:
            out["user_id"] = to_json(value_9)
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
        parsed_obj_.object = get_("object")
        amount = get_("amount")
        if amount is not None:
            try:
                amount = (
                    CostsResultAmount._from_dict_(amount)
                    if amount.__class__ is dict
                    else CostsResultAmount.from_dict(amount)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.amount = amount
        parsed_obj_.line_item = get_("line_item")
        parsed_obj_.project_id = get_("project_id")
        parsed_obj_.api_key_id = get_("api_key_id")
        parsed_obj_.quantity = as_float(get_("quantity"))
        _raw_api_source = get_("api_source", UNSET)
        if _raw_api_source is not None and _raw_api_source is not UNSET:
            try:
                api_source = _parse_api_source(_raw_api_source)

            except LENIENT_ERRORS:
                api_source = _raw_api_source
        else:
            api_source = _raw_api_source
        parsed_obj_.api_source = None if isinstance(api_source, Unset) else api_source
        _raw_quantity_unit = get_("quantity_unit", UNSET)
        if _raw_quantity_unit is not None and _raw_quantity_unit is not UNSET:
            try:
                quantity_unit = _parse_quantity_unit(_raw_quantity_unit)

            except LENIENT_ERRORS:
                quantity_unit = _raw_quantity_unit
        else:
            quantity_unit = _raw_quantity_unit
        parsed_obj_.quantity_unit = None if isinstance(quantity_unit, Unset) else quantity_unit
        parsed_obj_.user_id = get_("user_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
