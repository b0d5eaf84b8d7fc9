from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuningJobCheckpointMetrics")


def _parse_step(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_train_loss(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_train_mean_token_accuracy(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_valid_loss(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_valid_mean_token_accuracy(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_full_valid_loss(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_full_valid_mean_token_accuracy(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


@_attrs_define
class FineTuningJobCheckpointMetrics:
    """Metrics at the step number during the fine-tuning job."""

    step: float | None | Unset = UNSET
    train_loss: float | None | Unset = UNSET
    train_mean_token_accuracy: float | None | Unset = UNSET
    valid_loss: float | None | Unset = UNSET
    valid_mean_token_accuracy: float | None | Unset = UNSET
    full_valid_loss: float | None | Unset = UNSET
    full_valid_mean_token_accuracy: float | None | Unset = UNSET
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
            field_dict["step"] = to_json(self.step)
        if self.train_loss is not UNSET:
            field_dict["train_loss"] = to_json(self.train_loss)
        if self.train_mean_token_accuracy is not UNSET:
            field_dict["train_mean_token_accuracy"] = to_json(self.train_mean_token_accuracy)
        if self.valid_loss is not UNSET:
            field_dict["valid_loss"] = to_json(self.valid_loss)
        if self.valid_mean_token_accuracy is not UNSET:
            field_dict["valid_mean_token_accuracy"] = to_json(self.valid_mean_token_accuracy)
        if self.full_valid_loss is not UNSET:
            field_dict["full_valid_loss"] = to_json(self.full_valid_loss)
        if self.full_valid_mean_token_accuracy is not UNSET:
            field_dict["full_valid_mean_token_accuracy"] = to_json(
                self.full_valid_mean_token_accuracy
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FineTuningJobCheckpointMetrics: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_step = d.pop("step", UNSET)
        try:
            step = _parse_step(_raw_step)

        except LENIENT_ERRORS:
            step = _raw_step

        _raw_train_loss = d.pop("train_loss", UNSET)
        try:
            train_loss = _parse_train_loss(_raw_train_loss)

        except LENIENT_ERRORS:
            train_loss = _raw_train_loss

        _raw_train_mean_token_accuracy = d.pop("train_mean_token_accuracy", UNSET)
        try:
            train_mean_token_accuracy = _parse_train_mean_token_accuracy(
                _raw_train_mean_token_accuracy
            )

        except LENIENT_ERRORS:
            train_mean_token_accuracy = _raw_train_mean_token_accuracy

        _raw_valid_loss = d.pop("valid_loss", UNSET)
        try:
            valid_loss = _parse_valid_loss(_raw_valid_loss)

        except LENIENT_ERRORS:
            valid_loss = _raw_valid_loss

        _raw_valid_mean_token_accuracy = d.pop("valid_mean_token_accuracy", UNSET)
        try:
            valid_mean_token_accuracy = _parse_valid_mean_token_accuracy(
                _raw_valid_mean_token_accuracy
            )

        except LENIENT_ERRORS:
            valid_mean_token_accuracy = _raw_valid_mean_token_accuracy

        _raw_full_valid_loss = d.pop("full_valid_loss", UNSET)
        try:
            full_valid_loss = _parse_full_valid_loss(_raw_full_valid_loss)

        except LENIENT_ERRORS:
            full_valid_loss = _raw_full_valid_loss

        _raw_full_valid_mean_token_accuracy = d.pop("full_valid_mean_token_accuracy", UNSET)
        try:
            full_valid_mean_token_accuracy = _parse_full_valid_mean_token_accuracy(
                _raw_full_valid_mean_token_accuracy
            )

        except LENIENT_ERRORS:
            full_valid_mean_token_accuracy = _raw_full_valid_mean_token_accuracy

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
