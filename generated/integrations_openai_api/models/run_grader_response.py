from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_grader_response_metadata import RunGraderResponseMetadata
    from ..models.run_grader_response_model_grader_token_usage_per_model import (
        RunGraderResponseModelGraderTokenUsagePerModel,
    )
    from ..models.run_grader_response_sub_rewards import RunGraderResponseSubRewards

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RunGraderResponseMetadata, \
        RunGraderResponseModelGraderTokenUsagePerModel, \
        RunGraderResponseSubRewards
    from ..models.run_grader_response_metadata import RunGraderResponseMetadata  # noqa: PLC0415
    from ..models.run_grader_response_model_grader_token_usage_per_model import (
        RunGraderResponseModelGraderTokenUsagePerModel,  # noqa: PLC0415
    )
    from ..models.run_grader_response_sub_rewards import RunGraderResponseSubRewards  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RunGraderResponse")


@_attrs_define
class RunGraderResponse:
    reward: float
    metadata: RunGraderResponseMetadata
    sub_rewards: RunGraderResponseSubRewards
    model_grader_token_usage_per_model: RunGraderResponseModelGraderTokenUsagePerModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "reward",
        "metadata",
        "sub_rewards",
        "model_grader_token_usage_per_model",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "reward",
            "metadata",
            "sub_rewards",
            "model_grader_token_usage_per_model",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.reward, Unset):
            field_dict["reward"] = self.reward
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = to_json(self.metadata)
        if not isinstance(self.sub_rewards, Unset):
            field_dict["sub_rewards"] = to_json(self.sub_rewards)
        if not isinstance(self.model_grader_token_usage_per_model, Unset):
            field_dict["model_grader_token_usage_per_model"] = to_json(
                self.model_grader_token_usage_per_model
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunGraderResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        reward = d.pop("reward", UNSET)

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = RunGraderResponseMetadata.from_dict(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_sub_rewards = d.pop("sub_rewards", UNSET)
        try:
            sub_rewards = RunGraderResponseSubRewards.from_dict(_raw_sub_rewards)

        except LENIENT_ERRORS:
            sub_rewards = _raw_sub_rewards

        _raw_model_grader_token_usage_per_model = d.pop("model_grader_token_usage_per_model", UNSET)
        try:
            model_grader_token_usage_per_model = (
                RunGraderResponseModelGraderTokenUsagePerModel.from_dict(
                    _raw_model_grader_token_usage_per_model
                )
            )

        except LENIENT_ERRORS:
            model_grader_token_usage_per_model = _raw_model_grader_token_usage_per_model

        parsed_obj_ = cls(
            reward=reward,
            metadata=metadata,
            sub_rewards=sub_rewards,
            model_grader_token_usage_per_model=model_grader_token_usage_per_model,
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
