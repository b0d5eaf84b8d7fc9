from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

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


@_attrs_define
class FineTuneMethod:
    """The method used for fine-tuning."""

    type_: FineTuneMethodType
    """ The type of method. Is either `supervised`, `dpo`, or `reinforcement`. """
    supervised: FineTuneSupervisedMethod | Unset = UNSET
    """ Configuration for the supervised fine-tuning method. """
    dpo: FineTuneDPOMethod | Unset = UNSET
    """ Configuration for the DPO fine-tuning method. """
    reinforcement: FineTuneReinforcementMethod | Unset = UNSET
    """ Configuration for the reinforcement fine-tuning method. """
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
            _supervised = _raw_supervised
            supervised: FineTuneSupervisedMethod | Unset
            if isinstance(_supervised, Unset):
                supervised = UNSET
            else:
                supervised = FineTuneSupervisedMethod.from_dict(_supervised)

        except LENIENT_ERRORS:
            supervised = _raw_supervised

        _raw_dpo = d.pop("dpo", UNSET)
        try:
            _dpo = _raw_dpo
            dpo: FineTuneDPOMethod | Unset
            if isinstance(_dpo, Unset):
                dpo = UNSET
            else:
                dpo = FineTuneDPOMethod.from_dict(_dpo)

        except LENIENT_ERRORS:
            dpo = _raw_dpo

        _raw_reinforcement = d.pop("reinforcement", UNSET)
        try:
            _reinforcement = _raw_reinforcement
            reinforcement: FineTuneReinforcementMethod | Unset
            if isinstance(_reinforcement, Unset):
                reinforcement = UNSET
            else:
                reinforcement = FineTuneReinforcementMethod.from_dict(_reinforcement)

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
