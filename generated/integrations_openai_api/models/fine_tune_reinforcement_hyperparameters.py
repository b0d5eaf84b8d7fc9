from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.create_fine_tuning_job_request_hyperparameters_batch_size_enum import (
    CreateFineTuningJobRequestHyperparametersBatchSizeEnum,
    check_create_fine_tuning_job_request_hyperparameters_batch_size_enum,
)
from ..models.fine_tune_reinforcement_hyperparameters_reasoning_effort import (
    FineTuneReinforcementHyperparametersReasoningEffort,
    check_fine_tune_reinforcement_hyperparameters_reasoning_effort,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneReinforcementHyperparameters")


def _parse_batch_size(
    data: object,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        batch_size_type_0 = check_create_fine_tuning_job_request_hyperparameters_batch_size_enum(
            data
        )

        return batch_size_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset", data)


def _parse_learning_rate_multiplier(
    data: object,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        learning_rate_multiplier_type_0 = (
            check_create_fine_tuning_job_request_hyperparameters_batch_size_enum(data)
        )

        return learning_rate_multiplier_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | None | Unset", data
    )


def _parse_n_epochs(
    data: object,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        n_epochs_type_0 = check_create_fine_tuning_job_request_hyperparameters_batch_size_enum(data)

        return n_epochs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset", data)


def _parse_reasoning_effort(
    data: object,
) -> FineTuneReinforcementHyperparametersReasoningEffort | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        reasoning_effort_type_0 = check_fine_tune_reinforcement_hyperparameters_reasoning_effort(
            data
        )

        return reasoning_effort_type_0
    except LENIENT_ERRORS:
        pass
    return cast("FineTuneReinforcementHyperparametersReasoningEffort | None | Unset", data)


def _parse_compute_multiplier(
    data: object,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        compute_multiplier_type_0 = (
            check_create_fine_tuning_job_request_hyperparameters_batch_size_enum(data)
        )

        return compute_multiplier_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | None | Unset", data
    )


def _parse_eval_interval(
    data: object,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        eval_interval_type_0 = check_create_fine_tuning_job_request_hyperparameters_batch_size_enum(
            data
        )

        return eval_interval_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset", data)


def _parse_eval_samples(
    data: object,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        eval_samples_type_0 = check_create_fine_tuning_job_request_hyperparameters_batch_size_enum(
            data
        )

        return eval_samples_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset", data)


@_attrs_define
class FineTuneReinforcementHyperparameters:
    """The hyperparameters used for the reinforcement fine-tuning job."""

    batch_size: CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset = UNSET
    """ Number of examples in each batch. A larger batch size means that model parameters are updated less
    frequently, but with lower variance.

    Server default: `"auto"`. """
    learning_rate_multiplier: (
        CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | None | Unset
    ) = UNSET
    """ Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.

    Server default: `"auto"`. """
    n_epochs: CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset = UNSET
    """ The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.

    Server default: `"auto"`. """
    reasoning_effort: FineTuneReinforcementHyperparametersReasoningEffort | None | Unset = UNSET
    compute_multiplier: (
        CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | None | Unset
    ) = UNSET
    """ Multiplier on amount of compute used for exploring search space during training.

    Server default: `"auto"`. """
    eval_interval: CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset = (
        UNSET
    )
    """ The number of training steps between evaluation runs.

    Server default: `"auto"`. """
    eval_samples: CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | None | Unset = (
        UNSET
    )
    """ Number of evaluation samples to generate per training step.

    Server default: `"auto"`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "batch_size",
            "learning_rate_multiplier",
            "n_epochs",
            "reasoning_effort",
            "compute_multiplier",
            "eval_interval",
            "eval_samples",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.batch_size is not UNSET:
            field_dict["batch_size"] = to_json(self.batch_size)
        if self.learning_rate_multiplier is not UNSET:
            field_dict["learning_rate_multiplier"] = to_json(self.learning_rate_multiplier)
        if self.n_epochs is not UNSET:
            field_dict["n_epochs"] = to_json(self.n_epochs)
        if self.reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = to_json(self.reasoning_effort)
        if self.compute_multiplier is not UNSET:
            field_dict["compute_multiplier"] = to_json(self.compute_multiplier)
        if self.eval_interval is not UNSET:
            field_dict["eval_interval"] = to_json(self.eval_interval)
        if self.eval_samples is not UNSET:
            field_dict["eval_samples"] = to_json(self.eval_samples)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FineTuneReinforcementHyperparameters: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_batch_size = d.pop("batch_size", UNSET)
        try:
            batch_size = _parse_batch_size(_raw_batch_size)

        except LENIENT_ERRORS:
            batch_size = _raw_batch_size

        _raw_learning_rate_multiplier = d.pop("learning_rate_multiplier", UNSET)
        try:
            learning_rate_multiplier = _parse_learning_rate_multiplier(
                _raw_learning_rate_multiplier
            )

        except LENIENT_ERRORS:
            learning_rate_multiplier = _raw_learning_rate_multiplier

        _raw_n_epochs = d.pop("n_epochs", UNSET)
        try:
            n_epochs = _parse_n_epochs(_raw_n_epochs)

        except LENIENT_ERRORS:
            n_epochs = _raw_n_epochs

        _raw_reasoning_effort = d.pop("reasoning_effort", UNSET)
        try:
            reasoning_effort = _parse_reasoning_effort(_raw_reasoning_effort)

        except LENIENT_ERRORS:
            reasoning_effort = _raw_reasoning_effort

        _raw_compute_multiplier = d.pop("compute_multiplier", UNSET)
        try:
            compute_multiplier = _parse_compute_multiplier(_raw_compute_multiplier)

        except LENIENT_ERRORS:
            compute_multiplier = _raw_compute_multiplier

        _raw_eval_interval = d.pop("eval_interval", UNSET)
        try:
            eval_interval = _parse_eval_interval(_raw_eval_interval)

        except LENIENT_ERRORS:
            eval_interval = _raw_eval_interval

        _raw_eval_samples = d.pop("eval_samples", UNSET)
        try:
            eval_samples = _parse_eval_samples(_raw_eval_samples)

        except LENIENT_ERRORS:
            eval_samples = _raw_eval_samples

        parsed_obj_ = cls(
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            n_epochs=n_epochs,
            reasoning_effort=reasoning_effort,
            compute_multiplier=compute_multiplier,
            eval_interval=eval_interval,
            eval_samples=eval_samples,
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
