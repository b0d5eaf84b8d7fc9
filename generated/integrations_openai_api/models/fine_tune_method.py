from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.fine_tune_method_type import FineTuneMethodType, check_fine_tune_method_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_dpo_method import FineTuneDPOMethod
    from ..models.fine_tune_reinforcement_method import FineTuneReinforcementMethod
    from ..models.fine_tune_supervised_method import FineTuneSupervisedMethod

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuneDPOMethod, FineTuneReinforcementMethod, FineTuneSupervisedMethod
    from ..models.fine_tune_dpo_method import FineTuneDPOMethod  # noqa: PLC0415
    from ..models.fine_tune_reinforcement_method import FineTuneReinforcementMethod  # noqa: PLC0415
    from ..models.fine_tune_supervised_method import FineTuneSupervisedMethod  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="FineTuneMethod")


def _parse_supervised(data: object) -> FineTuneSupervisedMethod | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return FineTuneSupervisedMethod.from_dict(data)
    return cast("FineTuneSupervisedMethod | None | Unset", data)


def _parse_dpo(data: object) -> FineTuneDPOMethod | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return FineTuneDPOMethod.from_dict(data)
    return cast("FineTuneDPOMethod | None | Unset", data)


def _parse_reinforcement(data: object) -> FineTuneReinforcementMethod | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return FineTuneReinforcementMethod.from_dict(data)
    return cast("FineTuneReinforcementMethod | None | Unset", data)


@_attrs_define
class FineTuneMethod:
    """The method used for fine-tuning."""

    type_: FineTuneMethodType
    """ The type of method. Is either `supervised`, `dpo`, or `reinforcement`. """
    supervised: FineTuneSupervisedMethod | None | Unset = UNSET
    dpo: FineTuneDPOMethod | None | Unset = UNSET
    reinforcement: FineTuneReinforcementMethod | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "dpo",
            "reinforcement",
            "supervised",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "supervised",
            "dpo",
            "reinforcement",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.supervised is not UNSET:
            field_dict["supervised"] = to_json(self.supervised)
        if self.dpo is not UNSET:
            field_dict["dpo"] = to_json(self.dpo)
        if self.reinforcement is not UNSET:
            field_dict["reinforcement"] = to_json(self.reinforcement)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FineTuneMethod: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_fine_tune_method_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_supervised = d.pop("supervised", UNSET)
        try:
            supervised = _parse_supervised(_raw_supervised)

        except LENIENT_ERRORS:
            supervised = _raw_supervised

        _raw_dpo = d.pop("dpo", UNSET)
        try:
            dpo = _parse_dpo(_raw_dpo)

        except LENIENT_ERRORS:
            dpo = _raw_dpo

        _raw_reinforcement = d.pop("reinforcement", UNSET)
        try:
            reinforcement = _parse_reinforcement(_raw_reinforcement)

        except LENIENT_ERRORS:
            reinforcement = _raw_reinforcement

        parsed_obj_ = cls(
            type_=type_,
            supervised=supervised,
            dpo=dpo,
            reinforcement=reinforcement,
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
