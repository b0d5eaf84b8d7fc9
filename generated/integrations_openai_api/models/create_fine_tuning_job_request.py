from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.create_fine_tuning_job_request_model_enum import (
    CreateFineTuningJobRequestModelEnum,
    check_create_fine_tuning_job_request_model_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters,
    )
    from ..models.create_fine_tuning_job_request_integrations_item import (
        CreateFineTuningJobRequestIntegrationsItem,
    )
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateFineTuningJobRequestHyperparameters, \
        CreateFineTuningJobRequestIntegrationsItem, \
        FineTuneMethod, \
        Metadata2
    from ..models.create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters,  # noqa: PLC0415
    )
    from ..models.create_fine_tuning_job_request_integrations_item import (
        CreateFineTuningJobRequestIntegrationsItem,  # noqa: PLC0415
    )
    from ..models.fine_tune_method import FineTuneMethod  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateFineTuningJobRequest")


def _parse_model(data: object) -> CreateFineTuningJobRequestModelEnum | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_fine_tuning_job_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateFineTuningJobRequestModelEnum | str", data)


def _parse_suffix(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_validation_file(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_integrations(
    data: object,
) -> list[CreateFineTuningJobRequestIntegrationsItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        integrations_type_0 = []
        _integrations_type_0 = data
        if not isinstance(_integrations_type_0, list):
            raise TypeError()
        for integrations_type_0_item_data in _integrations_type_0:
            try:
                integrations_type_0_item = CreateFineTuningJobRequestIntegrationsItem.from_dict(
                    integrations_type_0_item_data
                )

            except LENIENT_ERRORS:
                integrations_type_0_item = integrations_type_0_item_data
            integrations_type_0.append(integrations_type_0_item)

        return integrations_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[CreateFineTuningJobRequestIntegrationsItem] | None | Unset", data)


def _parse_seed(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define
class CreateFineTuningJobRequest:
    model: CreateFineTuningJobRequestModelEnum | str
    """ The name of the model to fine-tune. You can select one of the
    [supported models](/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
     """
    training_file: str
    """ The ID of an uploaded file that contains training data.

    See [upload file](/docs/api-reference/files/create) for how to upload a file.

    Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-
    tune`.

    The contents of the file should differ depending on if the model uses the [chat](/docs/api-reference/fine-
    tuning/chat-input), [completions](/docs/api-reference/fine-tuning/completions-input) format, or if the fine-
    tuning method uses the [preference](/docs/api-reference/fine-tuning/preference-input) format.

    See the [fine-tuning guide](/docs/guides/model-optimization) for more details.
     """
    hyperparameters: CreateFineTuningJobRequestHyperparameters | Unset = UNSET
    """ The hyperparameters used for the fine-tuning job.
    This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
     """
    suffix: None | str | Unset = UNSET
    """ A string of up to 64 characters that will be added to your fine-tuned model name.

    For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-
    model-name:7p4lURel`.

    Server default: `null`. """
    validation_file: None | str | Unset = UNSET
    """ The ID of an uploaded file that contains validation data.

    If you provide this file, the data is used to generate validation
    metrics periodically during fine-tuning. These metrics can be viewed in
    the fine-tuning results file.
    The same data should not be present in both train and validation files.

    Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`.

    See the [fine-tuning guide](/docs/guides/model-optimization) for more details.
     """
    integrations: list[CreateFineTuningJobRequestIntegrationsItem] | None | Unset = UNSET
    """ A list of integrations to enable for your fine-tuning job. """
    seed: int | None | Unset = UNSET
    """ The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce
    the same results, but may differ in rare cases.
    If a seed is not specified, one will be generated for you.
     """
    method: FineTuneMethod | Unset = UNSET
    """ The method used for fine-tuning. """
    metadata: Metadata2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "model",
        "training_file",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "training_file",
            "hyperparameters",
            "suffix",
            "validation_file",
            "integrations",
            "seed",
            "method",
            "metadata",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.model, Unset):
            field_dict["model"] = to_json(self.model)
        if not isinstance(self.training_file, Unset):
            field_dict["training_file"] = self.training_file
        if self.hyperparameters is not UNSET:
            field_dict["hyperparameters"] = to_json(self.hyperparameters)
        if self.suffix is not UNSET:
            field_dict["suffix"] = to_json(self.suffix)
        if self.validation_file is not UNSET:
            field_dict["validation_file"] = to_json(self.validation_file)
        if self.integrations is not UNSET:
            field_dict["integrations"] = to_json(self.integrations)
        if self.seed is not UNSET:
            field_dict["seed"] = to_json(self.seed)
        if self.method is not UNSET:
            field_dict["method"] = to_json(self.method)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateFineTuningJobRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        training_file = d.pop("training_file", UNSET)

        _raw_hyperparameters = d.pop("hyperparameters", UNSET)
        try:
            _hyperparameters = _raw_hyperparameters
            hyperparameters: CreateFineTuningJobRequestHyperparameters | Unset
            if isinstance(_hyperparameters, Unset):
                hyperparameters = UNSET
            else:
                hyperparameters = CreateFineTuningJobRequestHyperparameters.from_dict(
                    _hyperparameters
                )

        except LENIENT_ERRORS:
            hyperparameters = _raw_hyperparameters

        _raw_suffix = d.pop("suffix", UNSET)
        try:
            suffix = _parse_suffix(_raw_suffix)

        except LENIENT_ERRORS:
            suffix = _raw_suffix

        _raw_validation_file = d.pop("validation_file", UNSET)
        try:
            validation_file = _parse_validation_file(_raw_validation_file)

        except LENIENT_ERRORS:
            validation_file = _raw_validation_file

        _raw_integrations = d.pop("integrations", UNSET)
        try:
            integrations = _parse_integrations(_raw_integrations)

        except LENIENT_ERRORS:
            integrations = _raw_integrations

        _raw_seed = d.pop("seed", UNSET)
        try:
            seed = _parse_seed(_raw_seed)

        except LENIENT_ERRORS:
            seed = _raw_seed

        _raw_method = d.pop("method", UNSET)
        try:
            _method = _raw_method
            method: FineTuneMethod | Unset
            if isinstance(_method, Unset):
                method = UNSET
            else:
                method = FineTuneMethod.from_dict(_method)

        except LENIENT_ERRORS:
            method = _raw_method

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_ = cls(
            model=model,
            training_file=training_file,
            hyperparameters=hyperparameters,
            suffix=suffix,
            validation_file=validation_file,
            integrations=integrations,
            seed=seed,
            method=method,
            metadata=metadata,
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
