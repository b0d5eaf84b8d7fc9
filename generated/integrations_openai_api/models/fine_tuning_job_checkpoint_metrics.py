from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

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

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("step", "step"),
        ("train_loss", "train_loss"),
        ("train_mean_token_accuracy", "train_mean_token_accuracy"),
        ("valid_loss", "valid_loss"),
        ("valid_mean_token_accuracy", "valid_mean_token_accuracy"),
        ("full_valid_loss", "full_valid_loss"),
        ("full_valid_mean_token_accuracy", "full_valid_mean_token_accuracy"),
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
