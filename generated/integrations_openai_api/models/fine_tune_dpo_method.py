from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuneDPOHyperparameters
    from ..models.fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="FineTuneDPOMethod")


def _parse_hyperparameters(data: object) -> FineTuneDPOHyperparameters | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return FineTuneDPOHyperparameters.from_dict(data)
    return cast("FineTuneDPOHyperparameters | None | Unset", data)


@_attrs_define
class FineTuneDPOMethod:
    """Configuration for the DPO fine-tuning method."""

    hyperparameters: FineTuneDPOHyperparameters | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("hyperparameters",))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.hyperparameters is not UNSET:
            field_dict["hyperparameters"] = to_json(self.hyperparameters)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FineTuneDPOMethod: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_hyperparameters = d.pop("hyperparameters", UNSET)
        try:
            hyperparameters = _parse_hyperparameters(_raw_hyperparameters)

        except LENIENT_ERRORS:
            hyperparameters = _raw_hyperparameters

        parsed_obj_ = cls(
            hyperparameters=hyperparameters,
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
