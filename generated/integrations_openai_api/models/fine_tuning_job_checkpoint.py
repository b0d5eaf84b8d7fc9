from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuningJobCheckpointMetrics
    from ..models.fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="FineTuningJobCheckpoint")


@_attrs_define
class FineTuningJobCheckpoint:
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
    object_: Literal["fine_tuning.job.checkpoint"] = "fine_tuning.job.checkpoint"
    """ The object type, which is always "fine_tuning.job.checkpoint". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.fine_tuned_model_checkpoint, Unset):
            field_dict["fine_tuned_model_checkpoint"] = self.fine_tuned_model_checkpoint
        if not isinstance(self.step_number, Unset):
            field_dict["step_number"] = self.step_number
        if not isinstance(self.metrics, Unset):
            field_dict["metrics"] = to_json(self.metrics)
        if not isinstance(self.fine_tuning_job_id, Unset):
            field_dict["fine_tuning_job_id"] = self.fine_tuning_job_id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FineTuningJobCheckpoint: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        fine_tuned_model_checkpoint = d.pop("fine_tuned_model_checkpoint", UNSET)

        step_number = d.pop("step_number", UNSET)

        _raw_metrics = d.pop("metrics", UNSET)
        try:
            metrics = FineTuningJobCheckpointMetrics.from_dict(_raw_metrics)

        except LENIENT_ERRORS:
            metrics = _raw_metrics

        fine_tuning_job_id = d.pop("fine_tuning_job_id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['fine_tuning.job.checkpoint']", _raw_object_)
            if object_ != "fine_tuning.job.checkpoint":
                raise ValueError(
                    f"object must match const 'fine_tuning.job.checkpoint', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        parsed_obj_ = cls(
            id=id,
            created_at=created_at,
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            step_number=step_number,
            metrics=metrics,
            fine_tuning_job_id=fine_tuning_job_id,
            object_=object_,
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
