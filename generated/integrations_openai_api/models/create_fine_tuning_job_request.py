from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> CreateFineTuningJobRequestModelEnum | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_fine_tuning_job_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateFineTuningJobRequestModelEnum | str", data)


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
                integrations_type_0_item = (
                    CreateFineTuningJobRequestIntegrationsItem._from_dict_(
                        integrations_type_0_item_data
                    )
                    if integrations_type_0_item_data.__class__ is dict
                    else CreateFineTuningJobRequestIntegrationsItem.from_dict(
                        integrations_type_0_item_data
                    )
                )
            except LENIENT_ERRORS:
                integrations_type_0_item = integrations_type_0_item_data
            integrations_type_0.append(integrations_type_0_item)

        return integrations_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[CreateFineTuningJobRequestIntegrationsItem] | None | Unset", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define(repr=False)
class CreateFineTuningJobRequest(ApiModel):
    model: CreateFineTuningJobRequestModelEnum | str
    """ The name of the model to fine-tune. You can select one of the
    [supported models](https://platform.openai.com/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
     """

    training_file: str
    """ The ID of an uploaded file that contains training data.

    See [upload file](https://platform.openai.com/docs/api-reference/files/create) for how to upload a file.

    Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-
    tune`.

    The contents of the file should differ depending on if the model uses the
    [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input),
    [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input) format, or if the
    fine-tuning method uses the [preference](https://platform.openai.com/docs/api-reference/fine-tuning/preference-
    input) format.

    See the [fine-tuning guide](https://platform.openai.com/docs/guides/model-optimization) for more details.
     """

    hyperparameters: CreateFineTuningJobRequestHyperparameters | None = ABSENT
    """ The hyperparameters used for the fine-tuning job.
    This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
     """

    suffix: str | None = ABSENT
    """ A string of up to 64 characters that will be added to your fine-tuned model name.

    For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-
    model-name:7p4lURel`.

    Server default: `null`. """

    validation_file: str | None = ABSENT
    """ The ID of an uploaded file that contains validation data.

    If you provide this file, the data is used to generate validation
    metrics periodically during fine-tuning. These metrics can be viewed in
    the fine-tuning results file.
    The same data should not be present in both train and validation files.

    Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`.

    See the [fine-tuning guide](https://platform.openai.com/docs/guides/model-optimization) for more details.
     """

    integrations: list[CreateFineTuningJobRequestIntegrationsItem] | None = ABSENT
    """ A list of integrations to enable for your fine-tuning job. """

    seed: int | None = ABSENT
    """ The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce
    the same results, but may differ in rare cases.
    If a seed is not specified, one will be generated for you.
     """

    method: FineTuneMethod | None = ABSENT
    """ The method used for fine-tuning. """

    metadata: Metadata2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("training_file", "training_file"),
        ("hyperparameters", "hyperparameters"),
        ("suffix", "suffix"),
        ("validation_file", "validation_file"),
        ("integrations", "integrations"),
        ("seed", "seed"),
        ("method", "method"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "CreateFineTuningJobRequestModelEnum | str",
        "training_file": "str",
        "hyperparameters": "CreateFineTuningJobRequestHyperparameters | Unset",
        "suffix": "None | str | Unset",
        "validation_file": "None | str | Unset",
        "integrations": "list[CreateFineTuningJobRequestIntegrationsItem] | None | Unset",
        "seed": "int | None | Unset",
        "method": "FineTuneMethod | Unset",
        "metadata": "Metadata2 | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.model
        if value_1 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_1)
        value_2 = self.training_file
        if value_2 is None:
            if "training_file" in present:
                out["training_file"] = None
        else:
            out["training_file"] = value_2
        value_3 = self.hyperparameters
        if value_3 is None:
            if "hyperparameters" in present:
                out["hyperparameters"] = None
        else:
            out["hyperparameters"] = to_json(value_3)
        value_4 = self.suffix
        if value_4 is None:
            if "suffix" in present:
                out["suffix"] = None
        else:
            out["suffix"] = to_json(value_4)
        value_5 = self.validation_file
        if value_5 is None:
            if "validation_file" in present:
                out["validation_file"] = None
        else:
            out["validation_file"] = to_json(value_5)
        value_6 = self.integrations
        if value_6 is None:
            if "integrations" in present:
                out["integrations"] = None
        else:
            out["integrations"] = to_json(value_6)
        value_7 = self.seed
        if value_7 is None:
            if "seed" in present:
                out["seed"] = None
        else:
            out["seed"] = to_json(value_7)
        value_8 = self.method
        if value_8 is None:
            if "method" in present:
                out["method"] = None
        else:
            out["method"] = to_json(value_8)
        value_9 = self.metadata
        if value_9 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_9)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_model = get_("model", None)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model
        parsed_obj_.model = model
        parsed_obj_.training_file = get_("training_file")
        hyperparameters = get_("hyperparameters")
        if hyperparameters is not None:
            try:
                hyperparameters = (
                    CreateFineTuningJobRequestHyperparameters._from_dict_(hyperparameters)
                    if hyperparameters.__class__ is dict
                    else CreateFineTuningJobRequestHyperparameters.from_dict(hyperparameters)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.hyperparameters = hyperparameters
        parsed_obj_.suffix = get_("suffix")
        parsed_obj_.validation_file = get_("validation_file")
        _raw_integrations = get_("integrations", UNSET)
        if _raw_integrations is not None and _raw_integrations is not UNSET:
            try:
                integrations = _parse_integrations(_raw_integrations)

            except LENIENT_ERRORS:
                integrations = _raw_integrations
        else:
            integrations = _raw_integrations
        parsed_obj_.integrations = None if isinstance(integrations, Unset) else integrations
        parsed_obj_.seed = get_("seed")
        method = get_("method")
        if method is not None:
            try:
                method = (
                    FineTuneMethod._from_dict_(method)
                    if method.__class__ is dict
                    else FineTuneMethod.from_dict(method)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.method = method
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
