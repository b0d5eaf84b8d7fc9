from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuningJobCheckpointMetrics
    from ..models.fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class FineTuningJobCheckpoint(ApiModel):
    """The `fine_tuning.job.checkpoint` object represents a model checkpoint for a fine-tuning job that is ready to use."""

    id: str
    """ The checkpoint identifier, which can be referenced in the API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the checkpoint was created. """

    fine_tuned_model_checkpoint: str
    """ The name of the fine-tuned checkpoint model that is created. """

    step_number: int
    """ The step number that the checkpoint was created at. """

    metrics: FineTuningJobCheckpointMetrics
    """ Metrics at the step number during the fine-tuning job. """

    fine_tuning_job_id: str
    """ The name of the fine-tuning job that this checkpoint was created from. """

    object: Literal["fine_tuning.job.checkpoint"] = "fine_tuning.job.checkpoint"
    """ The object type, which is always "fine_tuning.job.checkpoint". """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("fine_tuned_model_checkpoint", "fine_tuned_model_checkpoint"),
        ("step_number", "step_number"),
        ("metrics", "metrics"),
        ("fine_tuning_job_id", "fine_tuning_job_id"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "created_at": "int",
        "fine_tuned_model_checkpoint": "str",
        "step_number": "int",
        "metrics": "FineTuningJobCheckpointMetrics",
        "fine_tuning_job_id": "str",
        "object": "Literal['fine_tuning.job.checkpoint']",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("fine_tuning.job.checkpoint",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "created_at",
        "fine_tuned_model_checkpoint",
        "step_number",
        "metrics",
        "fine_tuning_job_id",
        "object",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "created_at",
            "fine_tuned_model_checkpoint",
            "step_number",
            "metrics",
            "fine_tuning_job_id",
            "object",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = d.pop("id", None)

        created_at = d.pop("created_at", None)

        fine_tuned_model_checkpoint = d.pop("fine_tuned_model_checkpoint", None)

        step_number = d.pop("step_number", None)

        _raw_metrics = d.pop("metrics", None)
        try:
            metrics = FineTuningJobCheckpointMetrics.from_dict(_raw_metrics)

        except LENIENT_ERRORS:
            metrics = _raw_metrics

        fine_tuning_job_id = d.pop("fine_tuning_job_id", None)

        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["fine_tuning.job.checkpoint"]', _raw_object_)
            if object_ != "fine_tuning.job.checkpoint":
                raise ValueError(
                    f"object must match const 'fine_tuning.job.checkpoint', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.created_at = created_at
        parsed_obj_.fine_tuned_model_checkpoint = fine_tuned_model_checkpoint
        parsed_obj_.step_number = step_number
        parsed_obj_.metrics = metrics
        parsed_obj_.fine_tuning_job_id = fine_tuning_job_id
        parsed_obj_.object = object_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
