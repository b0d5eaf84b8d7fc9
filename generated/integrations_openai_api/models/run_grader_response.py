from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

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


@_attrs_define(repr=False)
class RunGraderResponse(ApiModel):
    reward: float

    metadata: RunGraderResponseMetadata

    sub_rewards: RunGraderResponseSubRewards

    model_grader_token_usage_per_model: RunGraderResponseModelGraderTokenUsagePerModel

    _sdk_name_: ClassVar[str] = "GraderRunResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("metadata", "metadata"),
        ("model_grader_token_usage_per_model", "model_grader_token_usage_per_model"),
        ("reward", "reward"),
        ("sub_rewards", "sub_rewards"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "reward": "float",
        "metadata": "RunGraderResponseMetadata",
        "sub_rewards": "RunGraderResponseSubRewards",
        "model_grader_token_usage_per_model": "RunGraderResponseModelGraderTokenUsagePerModel",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.metadata
        if value_1 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_1)
        value_2 = self.model_grader_token_usage_per_model
        if value_2 is None:
            if "model_grader_token_usage_per_model" in present:
                out["model_grader_token_usage_per_model"] = None
        else:
            out["model_grader_token_usage_per_model"] = to_json(value_2)
        value_3 = self.reward
        if value_3 is None:
            if "reward" in present:
                out["reward"] = None
        else:
            out["reward"] = value_3
        value_4 = self.sub_rewards
        if value_4 is None:
            if "sub_rewards" in present:
                out["sub_rewards"] = None
        else:
            out["sub_rewards"] = to_json(value_4)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        reward = d.pop("reward", None)

        _raw_metadata = d.pop("metadata", None)
        try:
            metadata = RunGraderResponseMetadata.from_dict(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_sub_rewards = d.pop("sub_rewards", None)
        try:
            sub_rewards = RunGraderResponseSubRewards.from_dict(_raw_sub_rewards)

        except LENIENT_ERRORS:
            sub_rewards = _raw_sub_rewards

        _raw_model_grader_token_usage_per_model = d.pop("model_grader_token_usage_per_model", None)
        try:
            model_grader_token_usage_per_model = (
                RunGraderResponseModelGraderTokenUsagePerModel.from_dict(
                    _raw_model_grader_token_usage_per_model
                )
            )

        except LENIENT_ERRORS:
            model_grader_token_usage_per_model = _raw_model_grader_token_usage_per_model

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.reward = reward
        parsed_obj_.metadata = metadata
        parsed_obj_.sub_rewards = sub_rewards
        parsed_obj_.model_grader_token_usage_per_model = model_grader_token_usage_per_model
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
