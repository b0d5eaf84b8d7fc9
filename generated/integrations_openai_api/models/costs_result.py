from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costs_result_amount import CostsResultAmount

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CostsResultAmount
    from ..models.costs_result_amount import CostsResultAmount  # noqa: PLC0415

    _lazy_loaded = True


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
        object_ = d.pop("object", None)

        _raw_amount = d.pop("amount", UNSET)
        try:
            _amount = _raw_amount
            amount: CostsResultAmount | Unset
            if isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = CostsResultAmount.from_dict(_amount)

        except LENIENT_ERRORS:
            amount = _raw_amount

        line_item = d.pop("line_item", None)

        project_id = d.pop("project_id", None)

        api_key_id = d.pop("api_key_id", None)

        quantity = d.pop("quantity", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.amount = None if isinstance(amount, Unset) else amount
        parsed_obj_.line_item = line_item
        parsed_obj_.project_id = project_id
        parsed_obj_.api_key_id = api_key_id
        parsed_obj_.quantity = quantity
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
