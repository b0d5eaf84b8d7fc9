from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.fine_tuning_job_status import FineTuningJobStatus
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_error(data: object) -> FineTuningJobError | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return FineTuningJobError._from_dict_(data)
    return cast("FineTuningJobError | None", data)


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
                integrations_type_0_item = (
                    FineTuningIntegration._from_dict_(integrations_type_0_item_data)
                    if integrations_type_0_item_data.__class__ is dict
                    else FineTuningIntegration.from_dict(integrations_type_0_item_data)
                )
            except LENIENT_ERRORS:
                integrations_type_0_item = integrations_type_0_item_data
            integrations_type_0.append(integrations_type_0_item)

        return integrations_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[FineTuningIntegration] | None | Unset", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define(repr=False)
class FineTuningJob(ApiModel):
    """The `fine_tuning.job` object represents a fine-tuning job that has been created through the API."""

    id: str
    """ The object identifier, which can be referenced in the API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the fine-tuning job was created. """

    hyperparameters: FineTuningJobHyperparameters
    """ The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised`
    jobs. """

    model: str
    """ The base model that is being fine-tuned. """

    organization_id: str
    """ The organization that owns the fine-tuning job. """

    result_files: list[str]
    """ The compiled results file ID(s) for the fine-tuning job. You can retrieve the results with the [Files
    API](https://platform.openai.com/docs/api-reference/files/retrieve-contents). """

    status: FineTuningJobStatus | str
    """ The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`,
    `succeeded`, `failed`, or `cancelled`. """

    training_file: str
    """ The file ID used for training. You can retrieve the training data with the [Files
    API](https://platform.openai.com/docs/api-reference/files/retrieve-contents). """

    error: FineTuningJobError | None = ABSENT

    fine_tuned_model: str | None = ABSENT

    finished_at: int | None = ABSENT

    object: Literal["fine_tuning.job"] = "fine_tuning.job"
    """ The object type, which is always "fine_tuning.job". """

    trained_tokens: int | None = ABSENT

    validation_file: str | None = ABSENT

    seed: int | None = ABSENT
    """ The seed used for the fine-tuning job. """

    integrations: list[FineTuningIntegration] | None = ABSENT

    estimated_finish: int | None = ABSENT

    method: FineTuneMethod | None = ABSENT
    """ The method used for fine-tuning. """

    metadata: Metadata2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("error", "error"),
        ("fine_tuned_model", "fine_tuned_model"),
        ("finished_at", "finished_at"),
        ("hyperparameters", "hyperparameters"),
        ("model", "model"),
        ("object", "object"),
        ("organization_id", "organization_id"),
        ("result_files", "result_files"),
        ("seed", "seed"),
        ("status", "status"),
        ("trained_tokens", "trained_tokens"),
        ("training_file", "training_file"),
        ("validation_file", "validation_file"),
        ("estimated_finish", "estimated_finish"),
        ("integrations", "integrations"),
        ("metadata", "metadata"),
        ("method", "method"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "created_at": "int",
        "error": "FineTuningJobError | None",
        "fine_tuned_model": "None | str",
        "finished_at": "int | None",
        "hyperparameters": "FineTuningJobHyperparameters",
        "model": "str",
        "object": "Literal['fine_tuning.job']",
        "organization_id": "str",
        "result_files": "list[str]",
        "status": "FineTuningJobStatus",
        "trained_tokens": "int | None",
        "training_file": "str",
        "validation_file": "None | str",
        "seed": "int | None",
        "integrations": "list[FineTuningIntegration] | None | Unset",
        "estimated_finish": "int | None | Unset",
        "method": "FineTuneMethod | Unset",
        "metadata": "Metadata2 | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.error
        if value_3 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_3)
        value_4 = self.fine_tuned_model
        if value_4 is None:
            if "fine_tuned_model" in present:
                out["fine_tuned_model"] = None
        else:
            out["fine_tuned_model"] = to_json(value_4)
        value_5 = self.finished_at
        if value_5 is None:
            if "finished_at" in present:
                out["finished_at"] = None
        else:
            out["finished_at"] = to_json(value_5)
        value_6 = self.hyperparameters
        if value_6 is None:
            if "hyperparameters" in present:
                out["hyperparameters"] = None
        else:
            out["hyperparameters"] = to_json(value_6)
        value_7 = self.model
        if value_7 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_7
        value_8 = self.object
        if value_8 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_8
        value_9 = self.organization_id
        if value_9 is None:
            if "organization_id" in present:
                out["organization_id"] = None
        else:
            out["organization_id"] = value_9
        value_10 = self.result_files
        if value_10 is None:
            if "result_files" in present:
                out["result_files"] = None
        elif value_10 or not isinstance(value_10, AbsentList) or "result_files" in present:
            out["result_files"] = to_json(value_10)
        value_11 = self.seed
        if value_11 is None:
            if "seed" in present:
                out["seed"] = None
        else:
            out["seed"] = to_json(value_11)
        value_12 = self.status
        if value_12 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_12
        value_13 = self.trained_tokens
        if value_13 is None:
            if "trained_tokens" in present:
                out["trained_tokens"] = None
        else:
            out["trained_tokens"] = to_json(value_13)
        value_14 = self.training_file
        if value_14 is None:
            if "training_file" in present:
                out["training_file"] = None
        else:
            out["training_file"] = value_14
        value_15 = self.validation_file
        if value_15 is None:
            if "validation_file" in present:
                out["validation_file"] = None
        else:
            out["validation_file"] = to_json(value_15)
        value_16 = self.estimated_finish
        if value_16 is None:
            if "estimated_finish" in present:
                out["estimated_finish"] = None
        else:
            out["estimated_finish"] = to_json(value_16)
        value_17 = self.integrations
        if value_17 is None:
            if "integrations" in present:
                out["integrations"] = None
        else:
            out["integrations"] = to_json(value_17)
        value_18 = self.metadata
        if value_18 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_18)
        value_19 = self.method
        if value_19 is None:
            if "method" in present:
                out["method"] = None
        else:
            out["method"] = to_json(value_19)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.created_at = get_("created_at")
        _raw_error = get_("error", None)
        if _raw_error is not None:
            try:
                error = _parse_error(_raw_error)

            except LENIENT_ERRORS:
                error = _raw_error
        else:
            error = _raw_error
        parsed_obj_.error = error
        parsed_obj_.fine_tuned_model = get_("fine_tuned_model")
        parsed_obj_.finished_at = get_("finished_at")
        hyperparameters = get_("hyperparameters")
        if hyperparameters is not None:
            try:
                hyperparameters = (
                    FineTuningJobHyperparameters._from_dict_(hyperparameters)
                    if hyperparameters.__class__ is dict
                    else FineTuningJobHyperparameters.from_dict(hyperparameters)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.hyperparameters = hyperparameters
        parsed_obj_.model = get_("model")
        parsed_obj_.object = get_("object")
        parsed_obj_.organization_id = get_("organization_id")
        _raw_result_files = get_("result_files", UNSET)
        try:
            result_files = cast("list[str]", _raw_result_files)

        except LENIENT_ERRORS:
            result_files = _raw_result_files
        parsed_obj_.result_files = AbsentList() if isinstance(result_files, Unset) else result_files
        parsed_obj_.status = get_("status")
        parsed_obj_.trained_tokens = get_("trained_tokens")
        parsed_obj_.training_file = get_("training_file")
        parsed_obj_.validation_file = get_("validation_file")
        parsed_obj_.seed = get_("seed")
        _raw_integrations = get_("integrations", UNSET)
        if _raw_integrations is not None and _raw_integrations is not UNSET:
            try:
                integrations = _parse_integrations(_raw_integrations)

            except LENIENT_ERRORS:
                integrations = _raw_integrations
        else:
            integrations = _raw_integrations
        parsed_obj_.integrations = None if isinstance(integrations, Unset) else integrations
        parsed_obj_.estimated_finish = get_("estimated_finish")
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
