from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuningJobCheckpointMetrics")


@_attrs_define
class FineTuningJobCheckpointMetrics:
    """Metrics at the step number during the fine-tuning job."""

    step: float | Unset = UNSET
    train_loss: float | Unset = UNSET
    train_mean_token_accuracy: float | Unset = UNSET
    valid_loss: float | Unset = UNSET
    valid_mean_token_accuracy: float | Unset = UNSET
    full_valid_loss: float | Unset = UNSET
    full_valid_mean_token_accuracy: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.step is not UNSET:
            field_dict["step"] = self.step
        if self.train_loss is not UNSET:
            field_dict["train_loss"] = self.train_loss
        if self.train_mean_token_accuracy is not UNSET:
            field_dict["train_mean_token_accuracy"] = self.train_mean_token_accuracy
        if self.valid_loss is not UNSET:
            field_dict["valid_loss"] = self.valid_loss
        if self.valid_mean_token_accuracy is not UNSET:
            field_dict["valid_mean_token_accuracy"] = self.valid_mean_token_accuracy
        if self.full_valid_loss is not UNSET:
            field_dict["full_valid_loss"] = self.full_valid_loss
        if self.full_valid_mean_token_accuracy is not UNSET:
            field_dict["full_valid_mean_token_accuracy"] = self.full_valid_mean_token_accuracy
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FineTuningJobCheckpointMetrics: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        step = d.pop("step", UNSET)

        train_loss = d.pop("train_loss", UNSET)

        train_mean_token_accuracy = d.pop("train_mean_token_accuracy", UNSET)

        valid_loss = d.pop("valid_loss", UNSET)

        valid_mean_token_accuracy = d.pop("valid_mean_token_accuracy", UNSET)

        full_valid_loss = d.pop("full_valid_loss", UNSET)

        full_valid_mean_token_accuracy = d.pop("full_valid_mean_token_accuracy", UNSET)

        parsed_obj_ = cls(
            step=step,
            train_loss=train_loss,
            train_mean_token_accuracy=train_mean_token_accuracy,
            valid_loss=valid_loss,
            valid_mean_token_accuracy=valid_mean_token_accuracy,
            full_valid_loss=full_valid_loss,
            full_valid_mean_token_accuracy=full_valid_mean_token_accuracy,
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
