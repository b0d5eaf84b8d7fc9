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

if TYPE_CHECKING:
    from ..models.fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuneDPOHyperparameters
    from ..models.fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class FineTuneDPOMethod(ApiModel):
    """Configuration for the DPO fine-tuning method."""

    hyperparameters: FineTuneDPOHyperparameters | None = ABSENT
    """ The hyperparameters used for the DPO fine-tuning job. """

    _sdk_name_: ClassVar[str] = "DpoMethod"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("hyperparameters", "hyperparameters"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "hyperparameters": "FineTuneDPOHyperparameters | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("hyperparameters",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.hyperparameters
        if value_1 is None:
            if "hyperparameters" in present:
                out["hyperparameters"] = None
        else:
            out["hyperparameters"] = to_json(value_1)
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
        hyperparameters = get_("hyperparameters")
        if hyperparameters is not None:
            try:
                hyperparameters = (
                    FineTuneDPOHyperparameters._from_dict_(hyperparameters)
                    if hyperparameters.__class__ is dict
                    else FineTuneDPOHyperparameters.from_dict(hyperparameters)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.hyperparameters = hyperparameters
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
