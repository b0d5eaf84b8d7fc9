from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RunGraderResponse(ApiModel):
    reward: float

    metadata: RunGraderResponseMetadata

    sub_rewards: RunGraderResponseSubRewards

    model_grader_token_usage_per_model: RunGraderResponseModelGraderTokenUsagePerModel

    _sdk_name_: ClassVar[str] = "GraderRunResponse"
    _sdk_attrs_: ClassVar[dict[str, str]] = {
        "model_grader_token_usage_per_model": "api_model_grader_token_usage_per_model"
    }

    @property
    def api_model_grader_token_usage_per_model(
        self,
    ) -> RunGraderResponseModelGraderTokenUsagePerModel:
        """`model_grader_token_usage_per_model` under the official SDK's name."""
        return self.model_grader_token_usage_per_model

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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.reward = as_float(get_("reward"))
        metadata = get_("metadata")
        if metadata is not None:
            try:
                metadata = (
                    RunGraderResponseMetadata._from_dict_(metadata)
                    if metadata.__class__ is dict
                    else RunGraderResponseMetadata.from_dict(metadata)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.metadata = metadata
        sub_rewards = get_("sub_rewards")
        if sub_rewards is not None:
            try:
                sub_rewards = (
                    RunGraderResponseSubRewards._from_dict_(sub_rewards)
                    if sub_rewards.__class__ is dict
                    else RunGraderResponseSubRewards.from_dict(sub_rewards)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.sub_rewards = sub_rewards
        model_grader_token_usage_per_model = get_("model_grader_token_usage_per_model")
        if model_grader_token_usage_per_model is not None:
            try:
                model_grader_token_usage_per_model = (
                    RunGraderResponseModelGraderTokenUsagePerModel._from_dict_(
                        model_grader_token_usage_per_model
                    )
                    if model_grader_token_usage_per_model.__class__ is dict
                    else RunGraderResponseModelGraderTokenUsagePerModel.from_dict(
                        model_grader_token_usage_per_model
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.model_grader_token_usage_per_model = model_grader_token_usage_per_model
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
