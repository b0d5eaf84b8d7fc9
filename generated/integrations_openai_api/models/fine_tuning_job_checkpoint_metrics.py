from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


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
        "step": "float | None | Unset",
        "train_loss": "float | None | Unset",
        "train_mean_token_accuracy": "float | None | Unset",
        "valid_loss": "float | None | Unset",
        "valid_mean_token_accuracy": "float | None | Unset",
        "full_valid_loss": "float | None | Unset",
        "full_valid_mean_token_accuracy": "float | None | Unset",
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.step = None if isinstance(step, Unset) else step
        parsed_obj_.train_loss = None if isinstance(train_loss, Unset) else train_loss
        parsed_obj_.train_mean_token_accuracy = (
            None if isinstance(train_mean_token_accuracy, Unset) else train_mean_token_accuracy
        )
        parsed_obj_.valid_loss = None if isinstance(valid_loss, Unset) else valid_loss
        parsed_obj_.valid_mean_token_accuracy = (
            None if isinstance(valid_mean_token_accuracy, Unset) else valid_mean_token_accuracy
        )
        parsed_obj_.full_valid_loss = (
            None if isinstance(full_valid_loss, Unset) else full_valid_loss
        )
        parsed_obj_.full_valid_mean_token_accuracy = (
            None
            if isinstance(full_valid_mean_token_accuracy, Unset)
            else full_valid_mean_token_accuracy
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
