from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.fine_tuning_job_status import FineTuningJobStatus, check_fine_tuning_job_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.fine_tuning_integration import FineTuningIntegration
    from ..models.fine_tuning_job_error import FineTuningJobError
    from ..models.fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        FineTuneMethod, \
        FineTuningIntegration, \
        FineTuningJobError, \
        FineTuningJobHyperparameters, \
        Metadata2
    from ..models.fine_tune_method import FineTuneMethod  # noqa: PLC0415
    from ..models.fine_tuning_integration import FineTuningIntegration  # noqa: PLC0415
    from ..models.fine_tuning_job_error import FineTuningJobError  # noqa: PLC0415
    from ..models.fine_tuning_job_hyperparameters import FineTuningJobHyperparameters  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="FineTuningJob")


def _parse_error(data: object) -> FineTuningJobError | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return FineTuningJobError.from_dict(data)
    return cast("FineTuningJobError | None", data)


def _parse_fine_tuned_model(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_finished_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_trained_tokens(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_validation_file(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_seed(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_integrations(data: object) -> list[FineTuningIntegration] | None | Unset:
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
                integrations_type_0_item = FineTuningIntegration.from_dict(
                    integrations_type_0_item_data
                )

            except LENIENT_ERRORS:
                integrations_type_0_item = integrations_type_0_item_data
            integrations_type_0.append(integrations_type_0_item)

        return integrations_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[FineTuningIntegration] | None | Unset", data)


def _parse_estimated_finish(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_method(data: object) -> FineTuneMethod | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return FineTuneMethod.from_dict(data)
    return cast("FineTuneMethod | None | Unset", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define
class FineTuningJob:
    """The `fine_tuning.job` object represents a fine-tuning job that has been created through the API."""

    id: str
    """ The object identifier, which can be referenced in the API endpoints. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the fine-tuning job was created. """
    error: FineTuningJobError | None
    fine_tuned_model: None | str
    finished_at: int | None
    hyperparameters: FineTuningJobHyperparameters
    """ The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised`
    jobs. """
    model: str
    """ The base model that is being fine-tuned. """
    organization_id: str
    """ The organization that owns the fine-tuning job. """
    result_files: list[str]
    """ The compiled results file ID(s) for the fine-tuning job. You can retrieve the results with the [Files
    API](/docs/api-reference/files/retrieve-contents). """
    status: FineTuningJobStatus
    """ The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`,
    `succeeded`, `failed`, or `cancelled`. """
    trained_tokens: int | None
    training_file: str
    """ The file ID used for training. You can retrieve the training data with the [Files API](/docs/api-
    reference/files/retrieve-contents). """
    validation_file: None | str
    seed: int | None
    """ The seed used for the fine-tuning job. """
    object_: Literal["fine_tuning.job"] = "fine_tuning.job"
    """ The object type, which is always "fine_tuning.job". """
    integrations: list[FineTuningIntegration] | None | Unset = UNSET
    estimated_finish: int | None | Unset = UNSET
    method: FineTuneMethod | None | Unset = UNSET
    metadata: Metadata2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("fine_tuning.job",),
        "status": (
            "cancelled",
            "failed",
            "queued",
            "running",
            "succeeded",
            "validating_files",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "created_at",
        "error",
        "fine_tuned_model",
        "finished_at",
        "hyperparameters",
        "model",
        "object",
        "organization_id",
        "result_files",
        "status",
        "trained_tokens",
        "training_file",
        "validation_file",
        "seed",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "created_at",
            "error",
            "fine_tuned_model",
            "finished_at",
            "hyperparameters",
            "model",
            "object",
            "organization_id",
            "result_files",
            "status",
            "trained_tokens",
            "training_file",
            "validation_file",
            "seed",
            "integrations",
            "estimated_finish",
            "method",
            "metadata",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.error, Unset):
            field_dict["error"] = to_json(self.error)
        if not isinstance(self.fine_tuned_model, Unset):
            field_dict["fine_tuned_model"] = to_json(self.fine_tuned_model)
        if not isinstance(self.finished_at, Unset):
            field_dict["finished_at"] = to_json(self.finished_at)
        if not isinstance(self.hyperparameters, Unset):
            field_dict["hyperparameters"] = to_json(self.hyperparameters)
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.organization_id, Unset):
            field_dict["organization_id"] = self.organization_id
        if not isinstance(self.result_files, Unset):
            field_dict["result_files"] = to_json(self.result_files)
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.trained_tokens, Unset):
            field_dict["trained_tokens"] = to_json(self.trained_tokens)
        if not isinstance(self.training_file, Unset):
            field_dict["training_file"] = self.training_file
        if not isinstance(self.validation_file, Unset):
            field_dict["validation_file"] = to_json(self.validation_file)
        if not isinstance(self.seed, Unset):
            field_dict["seed"] = to_json(self.seed)
        if self.integrations is not UNSET:
            field_dict["integrations"] = to_json(self.integrations)
        if self.estimated_finish is not UNSET:
            field_dict["estimated_finish"] = to_json(self.estimated_finish)
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
            raise TypeError(f"FineTuningJob: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        _raw_error = d.pop("error", UNSET)
        try:
            error = _parse_error(_raw_error)

        except LENIENT_ERRORS:
            error = _raw_error

        _raw_fine_tuned_model = d.pop("fine_tuned_model", UNSET)
        try:
            fine_tuned_model = _parse_fine_tuned_model(_raw_fine_tuned_model)

        except LENIENT_ERRORS:
            fine_tuned_model = _raw_fine_tuned_model

        _raw_finished_at = d.pop("finished_at", UNSET)
        try:
            finished_at = _parse_finished_at(_raw_finished_at)

        except LENIENT_ERRORS:
            finished_at = _raw_finished_at

        _raw_hyperparameters = d.pop("hyperparameters", UNSET)
        try:
            hyperparameters = FineTuningJobHyperparameters.from_dict(_raw_hyperparameters)

        except LENIENT_ERRORS:
            hyperparameters = _raw_hyperparameters

        model = d.pop("model", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['fine_tuning.job']", _raw_object_)
            if object_ != "fine_tuning.job":
                raise ValueError(f"object must match const 'fine_tuning.job', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        organization_id = d.pop("organization_id", UNSET)

        _raw_result_files = d.pop("result_files", UNSET)
        try:
            result_files = cast("list[str]", _raw_result_files)

        except LENIENT_ERRORS:
            result_files = _raw_result_files

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_fine_tuning_job_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_trained_tokens = d.pop("trained_tokens", UNSET)
        try:
            trained_tokens = _parse_trained_tokens(_raw_trained_tokens)

        except LENIENT_ERRORS:
            trained_tokens = _raw_trained_tokens

        training_file = d.pop("training_file", UNSET)

        _raw_validation_file = d.pop("validation_file", UNSET)
        try:
            validation_file = _parse_validation_file(_raw_validation_file)

        except LENIENT_ERRORS:
            validation_file = _raw_validation_file

        _raw_seed = d.pop("seed", UNSET)
        try:
            seed = _parse_seed(_raw_seed)

        except LENIENT_ERRORS:
            seed = _raw_seed

        _raw_integrations = d.pop("integrations", UNSET)
        try:
            integrations = _parse_integrations(_raw_integrations)

        except LENIENT_ERRORS:
            integrations = _raw_integrations

        _raw_estimated_finish = d.pop("estimated_finish", UNSET)
        try:
            estimated_finish = _parse_estimated_finish(_raw_estimated_finish)

        except LENIENT_ERRORS:
            estimated_finish = _raw_estimated_finish

        _raw_method = d.pop("method", UNSET)
        try:
            method = _parse_method(_raw_method)

        except LENIENT_ERRORS:
            method = _raw_method

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_ = cls(
            id=id,
            created_at=created_at,
            error=error,
            fine_tuned_model=fine_tuned_model,
            finished_at=finished_at,
            hyperparameters=hyperparameters,
            model=model,
            object_=object_,
            organization_id=organization_id,
            result_files=result_files,
            status=status,
            trained_tokens=trained_tokens,
            training_file=training_file,
            validation_file=validation_file,
            seed=seed,
            integrations=integrations,
            estimated_finish=estimated_finish,
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
