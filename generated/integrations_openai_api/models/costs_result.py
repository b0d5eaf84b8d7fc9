from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costs_result_amount import CostsResultAmount

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CostsResultAmount
    from ..models.costs_result_amount import CostsResultAmount  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CostsResult")


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


@_attrs_define
class CostsResult:
    """The aggregated costs details of the specific time bucket."""

    object_: Literal["organization.costs.result"] = "organization.costs.result"
    amount: CostsResultAmount | None | Unset = UNSET
    line_item: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    api_key_id: None | str | Unset = UNSET
    quantity: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if self.amount is not UNSET:
            field_dict["amount"] = to_json(self.amount)
        if self.line_item is not UNSET:
            field_dict["line_item"] = to_json(self.line_item)
        if self.project_id is not UNSET:
            field_dict["project_id"] = to_json(self.project_id)
        if self.api_key_id is not UNSET:
            field_dict["api_key_id"] = to_json(self.api_key_id)
        if self.quantity is not UNSET:
            field_dict["quantity"] = to_json(self.quantity)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"CostsResult: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['organization.costs.result']", _raw_object_)
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

        parsed_obj_ = cls(
            object_=object_,
            amount=amount,
            line_item=line_item,
            project_id=project_id,
            api_key_id=api_key_id,
            quantity=quantity,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
