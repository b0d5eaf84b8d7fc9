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
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneDPOHyperparameters")


def _parse_beta(
    data: object,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        beta_type_0 = check_create_fine_tuning_job_request_hyperparameters_batch_size_enum(data)

        return beta_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | None | Unset", data
    )


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


@_attrs_define
class FineTuneDPOHyperparameters:
    """The hyperparameters used for the DPO fine-tuning job."""

    beta: CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | None | Unset = UNSET
    """ The beta value for the DPO method. A higher beta value will increase the weight of the penalty between the
    policy and reference model.

    Server default: `"auto"`. """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "beta",
            "batch_size",
            "learning_rate_multiplier",
            "n_epochs",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.beta is not UNSET:
            field_dict["beta"] = to_json(self.beta)
        if self.batch_size is not UNSET:
            field_dict["batch_size"] = to_json(self.batch_size)
        if self.learning_rate_multiplier is not UNSET:
            field_dict["learning_rate_multiplier"] = to_json(self.learning_rate_multiplier)
        if self.n_epochs is not UNSET:
            field_dict["n_epochs"] = to_json(self.n_epochs)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FineTuneDPOHyperparameters: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_beta = d.pop("beta", UNSET)
        try:
            beta = _parse_beta(_raw_beta)

        except LENIENT_ERRORS:
            beta = _raw_beta

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

        parsed_obj_ = cls(
            beta=beta,
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            n_epochs=n_epochs,
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
