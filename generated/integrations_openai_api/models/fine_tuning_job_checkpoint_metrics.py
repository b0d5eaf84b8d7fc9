from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ABSENT, ApiModel


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
        step = d.pop("step", None)

        train_loss = d.pop("train_loss", None)

        train_mean_token_accuracy = d.pop("train_mean_token_accuracy", None)

        valid_loss = d.pop("valid_loss", None)

        valid_mean_token_accuracy = d.pop("valid_mean_token_accuracy", None)

        full_valid_loss = d.pop("full_valid_loss", None)

        full_valid_mean_token_accuracy = d.pop("full_valid_mean_token_accuracy", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.step = step
        parsed_obj_.train_loss = train_loss
        parsed_obj_.train_mean_token_accuracy = train_mean_token_accuracy
        parsed_obj_.valid_loss = valid_loss
        parsed_obj_.valid_mean_token_accuracy = valid_mean_token_accuracy
        parsed_obj_.full_valid_loss = full_valid_loss
        parsed_obj_.full_valid_mean_token_accuracy = full_valid_mean_token_accuracy
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
