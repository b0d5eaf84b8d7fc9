from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class FineTuningJobCheckpointMetrics(ApiModel):
    """Metrics at the step number during the fine-tuning job."""

    step: float | None = ABSENT

    train_loss: float | None = ABSENT

    train_mean_token_accuracy: float | None = ABSENT

    valid_loss: float | None = ABSENT

    valid_mean_token_accuracy: float | None = ABSENT

    full_valid_loss: float | None = ABSENT

    full_valid_mean_token_accuracy: float | None = ABSENT

    _sdk_name_: ClassVar[str] = "Metrics"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("full_valid_loss", "full_valid_loss"),
        ("full_valid_mean_token_accuracy", "full_valid_mean_token_accuracy"),
        ("step", "step"),
        ("train_loss", "train_loss"),
        ("train_mean_token_accuracy", "train_mean_token_accuracy"),
        ("valid_loss", "valid_loss"),
        ("valid_mean_token_accuracy", "valid_mean_token_accuracy"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "step": "float | Unset",
        "train_loss": "float | Unset",
        "train_mean_token_accuracy": "float | Unset",
        "valid_loss": "float | Unset",
        "valid_mean_token_accuracy": "float | Unset",
        "full_valid_loss": "float | Unset",
        "full_valid_mean_token_accuracy": "float | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "step",
            "train_loss",
            "train_mean_token_accuracy",
            "valid_loss",
            "valid_mean_token_accuracy",
            "full_valid_loss",
            "full_valid_mean_token_accuracy",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.full_valid_loss
        if value_1 is None:
            if "full_valid_loss" in present:
                out["full_valid_loss"] = None
        else:
            out["full_valid_loss"] = value_1
        value_2 = self.full_valid_mean_token_accuracy
        if value_2 is None:
            if "full_valid_mean_token_accuracy" in present:
                out["full_valid_mean_token_accuracy"] = None
        else:
            out["full_valid_mean_token_accuracy"] = value_2
        value_3 = self.step
        if value_3 is None:
            if "step" in present:
                out["step"] = None
        else:
            out["step"] = value_3
        value_4 = self.train_loss
        if value_4 is None:
            if "train_loss" in present:
                out["train_loss"] = None
        else:
            out["train_loss"] = value_4
        value_5 = self.train_mean_token_accuracy
        if value_5 is None:
            if "train_mean_token_accuracy" in present:
                out["train_mean_token_accuracy"] = None
        else:
            out["train_mean_token_accuracy"] = value_5
        value_6 = self.valid_loss
        if value_6 is None:
            if "valid_loss" in present:
                out["valid_loss"] = None
        else:
            out["valid_loss"] = value_6
        value_7 = self.valid_mean_token_accuracy
        if value_7 is None:
            if "valid_mean_token_accuracy" in present:
                out["valid_mean_token_accuracy"] = None
        else:
            out["valid_mean_token_accuracy"] = value_7
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.step = as_float(get_("step"))
        parsed_obj_.train_loss = as_float(get_("train_loss"))
        parsed_obj_.train_mean_token_accuracy = as_float(get_("train_mean_token_accuracy"))
        parsed_obj_.valid_loss = as_float(get_("valid_loss"))
        parsed_obj_.valid_mean_token_accuracy = as_float(get_("valid_mean_token_accuracy"))
        parsed_obj_.full_valid_loss = as_float(get_("full_valid_loss"))
        parsed_obj_.full_valid_mean_token_accuracy = as_float(
            get_("full_valid_mean_token_accuracy")
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
