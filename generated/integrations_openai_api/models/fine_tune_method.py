from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.fine_tune_method_type import FineTuneMethodType

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class FineTuneMethod(ApiModel):
    """The method used for fine-tuning."""

    type: FineTuneMethodType | str
    """ The type of method. Is either `supervised`, `dpo`, or `reinforcement`. """

    supervised: FineTuneSupervisedMethod | None = ABSENT
    """ Configuration for the supervised fine-tuning method. """

    dpo: FineTuneDPOMethod | None = ABSENT
    """ Configuration for the DPO fine-tuning method. """

    reinforcement: FineTuneReinforcementMethod | None = ABSENT
    """ Configuration for the reinforcement fine-tuning method. """

    _sdk_name_: ClassVar[str] = "Method"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("dpo", "dpo"),
        ("reinforcement", "reinforcement"),
        ("supervised", "supervised"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "FineTuneMethodType",
        "supervised": "FineTuneSupervisedMethod | Unset",
        "dpo": "FineTuneDPOMethod | Unset",
        "reinforcement": "FineTuneReinforcementMethod | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.dpo
        if value_2 is None:
            if "dpo" in present:
                out["dpo"] = None
        else:
            out["dpo"] = to_json(value_2)
        value_3 = self.reinforcement
        if value_3 is None:
            if "reinforcement" in present:
                out["reinforcement"] = None
        else:
            out["reinforcement"] = to_json(value_3)
        value_4 = self.supervised
        if value_4 is None:
            if "supervised" in present:
                out["supervised"] = None
        else:
            out["supervised"] = to_json(value_4)
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
        parsed_obj_.type = get_("type")
        supervised = get_("supervised")
        if supervised is not None:
            try:
                supervised = (
                    FineTuneSupervisedMethod._from_dict_(supervised)
                    if supervised.__class__ is dict
                    else FineTuneSupervisedMethod.from_dict(supervised)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.supervised = supervised
        dpo = get_("dpo")
        if dpo is not None:
            try:
                dpo = (
                    FineTuneDPOMethod._from_dict_(dpo)
                    if dpo.__class__ is dict
                    else FineTuneDPOMethod.from_dict(dpo)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.dpo = dpo
        reinforcement = get_("reinforcement")
        if reinforcement is not None:
            try:
                reinforcement = (
                    FineTuneReinforcementMethod._from_dict_(reinforcement)
                    if reinforcement.__class__ is dict
                    else FineTuneReinforcementMethod.from_dict(reinforcement)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.reinforcement = reinforcement
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
