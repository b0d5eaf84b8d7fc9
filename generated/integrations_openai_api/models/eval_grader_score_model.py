from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_grader_score_model_sampling_params import EvalGraderScoreModelSamplingParams
    from ..models.eval_item import EvalItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalGraderScoreModelSamplingParams, EvalItem
    from ..models.eval_grader_score_model_sampling_params import EvalGraderScoreModelSamplingParams  # noqa: PLC0415
    from ..models.eval_item import EvalItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="EvalGraderScoreModel")


def _parse_sampling_params(data: object) -> EvalGraderScoreModelSamplingParams | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return EvalGraderScoreModelSamplingParams.from_dict(data)
    return cast("EvalGraderScoreModelSamplingParams | None | Unset", data)


def _parse_range_(data: object) -> list[float] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, (int, float)) for item in data)):
            raise TypeError()
        range_type_0 = cast("list[float]", data)

        return range_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[float] | None | Unset", data)


def _parse_pass_threshold(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


@_attrs_define
class EvalGraderScoreModel:
    """A ScoreModelGrader object that uses a model to assign a score to the input."""

    name: str
    """ The name of the grader. """
    model: str
    """ The model to use for the evaluation. """
    input_: list[EvalItem]
    """ The input messages evaluated by the grader. Supports text, output text, input image, and input audio content
    blocks, and may include template strings.
     """
    type_: Literal["score_model"] = "score_model"
    """ The object type, which is always `score_model`. """
    sampling_params: EvalGraderScoreModelSamplingParams | None | Unset = UNSET
    range_: list[float] | None | Unset = UNSET
    """ The range of the score. Defaults to `[0, 1]`. """
    pass_threshold: float | None | Unset = UNSET
    """ The threshold for the score. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("score_model",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "model",
        "input",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "model",
            "input",
            "sampling_params",
            "range",
            "pass_threshold",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if not isinstance(self.input_, Unset):
            field_dict["input"] = to_json(self.input_)
        if self.sampling_params is not UNSET:
            field_dict["sampling_params"] = to_json(self.sampling_params)
        if self.range_ is not UNSET:
            field_dict["range"] = to_json(self.range_)
        if self.pass_threshold is not UNSET:
            field_dict["pass_threshold"] = to_json(self.pass_threshold)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalGraderScoreModel: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['score_model']", _raw_type_)
            if type_ != "score_model":
                raise ValueError(f"type must match const 'score_model', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", UNSET)

        model = d.pop("model", UNSET)

        _raw_input_ = d.pop("input", UNSET)
        try:
            input_ = []
            _input_ = _raw_input_
            if not isinstance(_input_, list):
                raise TypeError()
            for input_item_data in _input_:
                try:
                    input_item = EvalItem.from_dict(input_item_data)

                except LENIENT_ERRORS:
                    input_item = input_item_data
                input_.append(input_item)

        except LENIENT_ERRORS:
            input_ = _raw_input_

        _raw_sampling_params = d.pop("sampling_params", UNSET)
        try:
            sampling_params = _parse_sampling_params(_raw_sampling_params)

        except LENIENT_ERRORS:
            sampling_params = _raw_sampling_params

        _raw_range_ = d.pop("range", UNSET)
        try:
            range_ = _parse_range_(_raw_range_)

        except LENIENT_ERRORS:
            range_ = _raw_range_

        _raw_pass_threshold = d.pop("pass_threshold", UNSET)
        try:
            pass_threshold = _parse_pass_threshold(_raw_pass_threshold)

        except LENIENT_ERRORS:
            pass_threshold = _raw_pass_threshold

        parsed_obj_ = cls(
            type_=type_,
            name=name,
            model=model,
            input_=input_,
            sampling_params=sampling_params,
            range_=range_,
            pass_threshold=pass_threshold,
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
