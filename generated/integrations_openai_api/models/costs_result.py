from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.costs_result_amount import CostsResultAmount

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CostsResultAmount
    from ..models.costs_result_amount import CostsResultAmount  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    _sdk_name_: ClassVar[str] = "DataResultOrganizationCostsResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("amount", "amount"),
        ("api_key_id", "api_key_id"),
        ("line_item", "line_item"),
        ("project_id", "project_id"),
        ("quantity", "quantity"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.costs.result']",
        "amount": "CostsResultAmount | Unset",
        "line_item": "None | str | Unset",
        "project_id": "None | str | Unset",
        "api_key_id": "None | str | Unset",
        "quantity": "float | None | Unset",
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
        value_4 = self.line_item
        if value_4 is None:
            if "line_item" in present:
                out["line_item"] = None
        else:
            out["line_item"] = to_json(value_4)
        value_5 = self.project_id
        if value_5 is None:
            if "project_id" in present:
                out["project_id"] = None
        else:
            out["project_id"] = to_json(value_5)
        value_6 = self.quantity
        if value_6 is None:
            if "quantity" in present:
                out["quantity"] = None
        else:
            out["quantity"] = to_json(value_6)
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
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
