from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuningJobCheckpointMetrics
    from ..models.fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        ("fine_tuning_job_id", "fine_tuning_job_id"),
        ("metrics", "metrics"),
        ("object", "object"),
        ("step_number", "step_number"),
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
        value_3 = self.fine_tuned_model_checkpoint
        if value_3 is None:
            if "fine_tuned_model_checkpoint" in present:
                out["fine_tuned_model_checkpoint"] = None
        else:
            out["fine_tuned_model_checkpoint"] = value_3
        value_4 = self.fine_tuning_job_id
        if value_4 is None:
            if "fine_tuning_job_id" in present:
                out["fine_tuning_job_id"] = None
        else:
            out["fine_tuning_job_id"] = value_4
        value_5 = self.metrics
        if value_5 is None:
            if "metrics" in present:
                out["metrics"] = None
        else:
            out["metrics"] = to_json(value_5)
        value_6 = self.object
        if value_6 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_6
        value_7 = self.step_number
        if value_7 is None:
            if "step_number" in present:
                out["step_number"] = None
        else:
            out["step_number"] = value_7
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
        parsed_obj_.fine_tuned_model_checkpoint = get_("fine_tuned_model_checkpoint")
        parsed_obj_.step_number = get_("step_number")
        metrics = get_("metrics")
        if metrics is not None:
            try:
                metrics = (
                    FineTuningJobCheckpointMetrics._from_dict_(metrics)
                    if metrics.__class__ is dict
                    else FineTuningJobCheckpointMetrics.from_dict(metrics)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.metrics = metrics
        parsed_obj_.fine_tuning_job_id = get_("fine_tuning_job_id")
        parsed_obj_.object = get_("object")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
