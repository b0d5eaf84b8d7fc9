from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costs_result_amount import CostsResultAmount

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CostsResultAmount
    from ..models.costs_result_amount import CostsResultAmount  # noqa: PLC0415

    _lazy_loaded = True


def _parse_amount(data: object) -> CostsResultAmount | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CostsResultAmount.from_dict(data)
    return cast("CostsResultAmount | None | Unset", data)


def _parse_line_item(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_project_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_api_key_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_quantity(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


@_attrs_define(repr=False)
class CostsResult(ApiModel):
    """The aggregated costs details of the specific time bucket."""

    object: Literal["organization.costs.result"] = "organization.costs.result"

    amount: CostsResultAmount | None = ABSENT

    line_item: str | None = ABSENT

    project_id: str | None = ABSENT

    api_key_id: str | None = ABSENT

    quantity: float | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("amount", "amount"),
        ("line_item", "line_item"),
        ("project_id", "project_id"),
        ("api_key_id", "api_key_id"),
        ("quantity", "quantity"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.costs.result']",
        "amount": "CostsResultAmount | None | Unset",
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["organization.costs.result"]', _raw_object_)
            if object_ != "organization.costs.result":
                raise ValueError(
                    f"object must match const 'organization.costs.result', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_amount = d.pop("amount", UNSET)
        try:
            amount = _parse_amount(_raw_amount)

        except LENIENT_ERRORS:
            amount = _raw_amount

        _raw_line_item = d.pop("line_item", UNSET)
        try:
            line_item = _parse_line_item(_raw_line_item)

        except LENIENT_ERRORS:
            line_item = _raw_line_item

        _raw_project_id = d.pop("project_id", UNSET)
        try:
            project_id = _parse_project_id(_raw_project_id)

        except LENIENT_ERRORS:
            project_id = _raw_project_id

        _raw_api_key_id = d.pop("api_key_id", UNSET)
        try:
            api_key_id = _parse_api_key_id(_raw_api_key_id)

        except LENIENT_ERRORS:
            api_key_id = _raw_api_key_id

        _raw_quantity = d.pop("quantity", UNSET)
        try:
            quantity = _parse_quantity(_raw_quantity)

        except LENIENT_ERRORS:
            quantity = _raw_quantity

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.amount = None if isinstance(amount, Unset) else amount
        parsed_obj_.line_item = None if isinstance(line_item, Unset) else line_item
        parsed_obj_.project_id = None if isinstance(project_id, Unset) else project_id
        parsed_obj_.api_key_id = None if isinstance(api_key_id, Unset) else api_key_id
        parsed_obj_.quantity = None if isinstance(quantity, Unset) else quantity
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
