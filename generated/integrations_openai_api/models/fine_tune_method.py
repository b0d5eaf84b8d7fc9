from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class FineTuneMethod(ApiModel):
    """The method used for fine-tuning."""

    type: FineTuneMethodType | str
    """ The type of method. Is either `supervised`, `dpo`, or `reinforcement`. """

    supervised: FineTuneSupervisedMethod | None = ABSENT

    dpo: FineTuneDPOMethod | None = ABSENT

    reinforcement: FineTuneReinforcementMethod | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("supervised", "supervised"),
        ("dpo", "dpo"),
        ("reinforcement", "reinforcement"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "FineTuneMethodType",
        "supervised": "FineTuneSupervisedMethod | None | Unset",
        "dpo": "FineTuneDPOMethod | None | Unset",
        "reinforcement": "FineTuneReinforcementMethod | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.supervised = None if isinstance(supervised, Unset) else supervised
        parsed_obj_.dpo = None if isinstance(dpo, Unset) else dpo
        parsed_obj_.reinforcement = None if isinstance(reinforcement, Unset) else reinforcement
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
