from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_fine_tuning_job_request_hyperparameters_batch_size_enum import (
    CreateFineTuningJobRequestHyperparametersBatchSizeEnum,
    check_create_fine_tuning_job_request_hyperparameters_batch_size_enum,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_batch_size(
    data: object,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | Unset:
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
    return cast("CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | Unset", data)


def _parse_learning_rate_multiplier(
    data: object,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | Unset:
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
        "CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | Unset", as_float(data)
    )


def _parse_n_epochs(
    data: object,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        n_epochs_type_0 = check_create_fine_tuning_job_request_hyperparameters_batch_size_enum(data)

        return n_epochs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | Unset", data)


@_attrs_define(repr=False)
class FineTuneSupervisedHyperparameters(ApiModel):
    """The hyperparameters used for the fine-tuning job."""

    batch_size: CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | str | None = ABSENT
    """ Number of examples in each batch. A larger batch size means that model parameters are updated less
    frequently, but with lower variance.

    Server default: `"auto"`. """

    learning_rate_multiplier: (
        CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | str | None
    ) = ABSENT
    """ Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting.

    Server default: `"auto"`. """

    n_epochs: CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | str | None = ABSENT
    """ The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset.

    Server default: `"auto"`. """

    _sdk_name_: ClassVar[str] = "SupervisedHyperparameters"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("batch_size", "batch_size"),
        ("learning_rate_multiplier", "learning_rate_multiplier"),
        ("n_epochs", "n_epochs"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "batch_size": "CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | Unset",
        "learning_rate_multiplier": "CreateFineTuningJobRequestHyperparametersBatchSizeEnum | float | Unset",
        "n_epochs": "CreateFineTuningJobRequestHyperparametersBatchSizeEnum | int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "batch_size",
            "learning_rate_multiplier",
            "n_epochs",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.batch_size
        if value_1 is None:
            if "batch_size" in present:
                out["batch_size"] = None
        else:
            out["batch_size"] = to_json(value_1)
        value_2 = self.learning_rate_multiplier
        if value_2 is None:
            if "learning_rate_multiplier" in present:
                out["learning_rate_multiplier"] = None
        else:
            out["learning_rate_multiplier"] = to_json(value_2)
        value_3 = self.n_epochs
        if value_3 is None:
            if "n_epochs" in present:
                out["n_epochs"] = None
        else:
            out["n_epochs"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_batch_size = get_("batch_size", UNSET)
        if _raw_batch_size is not UNSET:
            try:
                batch_size = _parse_batch_size(_raw_batch_size)

            except LENIENT_ERRORS:
                batch_size = _raw_batch_size
        else:
            batch_size = _raw_batch_size
        parsed_obj_.batch_size = None if isinstance(batch_size, Unset) else batch_size
        _raw_learning_rate_multiplier = get_("learning_rate_multiplier", UNSET)
        if _raw_learning_rate_multiplier is not UNSET:
            try:
                learning_rate_multiplier = _parse_learning_rate_multiplier(
                    _raw_learning_rate_multiplier
                )

            except LENIENT_ERRORS:
                learning_rate_multiplier = _raw_learning_rate_multiplier
        else:
            learning_rate_multiplier = _raw_learning_rate_multiplier
        parsed_obj_.learning_rate_multiplier = (
            None if isinstance(learning_rate_multiplier, Unset) else learning_rate_multiplier
        )
        _raw_n_epochs = get_("n_epochs", UNSET)
        if _raw_n_epochs is not UNSET:
            try:
                n_epochs = _parse_n_epochs(_raw_n_epochs)

            except LENIENT_ERRORS:
                n_epochs = _raw_n_epochs
        else:
            n_epochs = _raw_n_epochs
        parsed_obj_.n_epochs = None if isinstance(n_epochs, Unset) else n_epochs
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
